package org.scrutineer.benchmarking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglandRangeTest {
    @Test
    void rangeFollowsPolarity() {
        List<Double> values = List.of(10.0, 20.0, 30.0, 40.0, 50.0);
        EnglandRange high = EnglandRange.of(values, Polarity.HIGH_IS_GOOD);
        assertThat(high).isEqualTo(new EnglandRange(10, 20, 30, 40, 50, 5));
        EnglandRange low = EnglandRange.of(values, Polarity.LOW_IS_GOOD);
        assertThat(low).isEqualTo(new EnglandRange(50, 40, 30, 20, 10, 5));
        // R: quantile(c(1, 2, 4, 8), 0.25) = 1.75 (type 7)
        assertThat(EnglandRange.of(List.of(8.0, 1.0, 4.0, 2.0), Polarity.NO_JUDGEMENT)
                        .q25())
                .isEqualTo(1.75);
        assertThat(EnglandRange.of(List.of(), Polarity.NO_JUDGEMENT)).isNull();
    }

    @Test
    void quintilesByPheMethod() {
        // ten values: two to a quintile; ties share the lower quintile; a missing value has none
        Double[] values = {1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, null};
        assertThat(Arrays.asList(EnglandRange.quintiles(values))).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5, null);
        assertThat(Arrays.asList(EnglandRange.quintiles(new Double[] {1.0, 1.0, 1.0, 1.0, 2.0})))
                .containsExactly(1, 1, 1, 1, 5);
        assertThat(Arrays.asList(EnglandRange.quintiles(new Double[] {1.0, 2.0, 3.0, 4.0})))
                .containsOnlyNulls();
    }
}
