package org.scrutineer.assurance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scrutineer.assurance.domain.Comparison.Direction;
import org.scrutineer.assurance.domain.Comparison.Polarity;

class ComparisonTest {
    private static Comparison.Word compare(String council, String england, Polarity p) {
        return Comparison.compare(new BigDecimal(council), new BigDecimal(england), p, null, null);
    }

    @Test
    void withoutAnIntervalTwoPointsDecideSimilarAndPolarityDecidesTheRest() {
        assertThat(compare("57.02", "70.28", Polarity.HIGHER_IS_BETTER).words()).isEqualTo("worse");
        assertThat(compare("64.60", "62.72", Polarity.HIGHER_IS_BETTER).words()).isEqualTo("similar");
        assertThat(compare("62.72", "64.72", Polarity.HIGHER_IS_BETTER).words()).isEqualTo("worse"); // exactly 2 points
        assertThat(compare("10", "20", Polarity.LOWER_IS_BETTER).words()).isEqualTo("better");
    }

    @Test
    void anIntervalDecidesSignificance() {
        var inside = Comparison.compare(
                new BigDecimal("20.00"),
                new BigDecimal("16.14"),
                Polarity.HIGHER_IS_BETTER,
                new BigDecimal("12.5"),
                new BigDecimal("27.5"));
        assertThat(inside.words()).isEqualTo("similar");
        var outside = Comparison.compare(
                new BigDecimal("40.95"),
                new BigDecimal("25.48"),
                Polarity.HIGHER_IS_BETTER,
                new BigDecimal("36.0"),
                new BigDecimal("45.9"));
        assertThat(outside.words()).isEqualTo("significantly better");
    }

    @Test
    void reportWordsAreReadForTheirDirection() {
        assertThat(Comparison.directionOf("significantly worse", Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Direction.WORSE);
        assertThat(Comparison.directionOf("somewhat better", Polarity.HIGHER_IS_BETTER))
                .isEqualTo(Direction.BETTER);
        assertThat(Comparison.directionOf("lower", Polarity.HIGHER_IS_BETTER)).isEqualTo(Direction.WORSE);
        assertThat(Comparison.directionOf("lower", Polarity.LOWER_IS_BETTER)).isEqualTo(Direction.BETTER);
        assertThat(Comparison.directionOf("similar", Polarity.LOWER_IS_BETTER)).isEqualTo(Direction.SIMILAR);
        assertThat(Comparison.directionOf("", Polarity.LOWER_IS_BETTER)).isNull();
    }
}
