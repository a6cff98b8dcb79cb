package org.scrutineer.workforce.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionTest {
    @Test
    void countsOfOneToFourAreNotPublished() {
        assertThat(Suppression.count(0)).isEqualTo("0");
        assertThat(Suppression.count(1)).isEqualTo("fewer than 5");
        assertThat(Suppression.count(4)).isEqualTo("fewer than 5");
        assertThat(Suppression.count(5)).isEqualTo("5");
        assertThat(Suppression.count(1234)).isEqualTo("1,234");
        assertThat(Suppression.count(null)).isEqualTo("not provided");
    }

    @Test
    void aLikelihoodRestingOnASmallCountIsWithheld() {
        assertThat(Suppression.withholds(0, 40, 9, 800)).isFalse();
        assertThat(Suppression.withholds(3, 40, 111, 800)).isTrue();
        assertThat(Suppression.withholds(0, 12, 2, 150)).isTrue();
        assertThat(Suppression.withholds(5, 4, 10, 100)).isTrue();
        WorkforceReturn r = new WorkforceReturn(
                "Test",
                "2024/25",
                Workforce.ADULT,
                Map.of(
                        Measure.REGULATED,
                        Breakdown.of(150, 2, 4, 5, 1, 8),
                        Measure.FITNESS_TO_PRACTISE,
                        Breakdown.of(2, 0, 0, 0, 0, 0),
                        Measure.STAFF,
                        Breakdown.of(800, 14, 18, 22, 8, 47)));
        assertThat(IndicatorResult.of(Indicator.FITNESS_TO_PRACTISE, r).withheld())
                .isTrue();
    }
}
