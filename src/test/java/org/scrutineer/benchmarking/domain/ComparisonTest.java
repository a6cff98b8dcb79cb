package org.scrutineer.benchmarking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fingertips' rule on hand-made cases: significant only when the benchmark is outside the area's interval. */
class ComparisonTest {
    private final Interval area = new Interval(20.0, 30.0);

    @Test
    void onTheLimitsIsSimilar() {
        assertThat(Comparison.of(area, 20.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.SIMILAR);
        assertThat(Comparison.of(area, 30.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.SIMILAR);
        assertThat(Comparison.of(area, 25.0, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void justOutsideIsSignificantByPolarity() {
        double below = Math.nextDown(20.0);
        double above = Math.nextUp(30.0);
        // England below the area's interval: the area is higher
        assertThat(Comparison.of(area, below, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.BETTER);
        assertThat(Comparison.of(area, below, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.WORSE);
        assertThat(Comparison.of(area, below, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.HIGHER);
        // England above: the area is lower
        assertThat(Comparison.of(area, above, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.WORSE);
        assertThat(Comparison.of(area, above, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.BETTER);
        assertThat(Comparison.of(area, above, Polarity.NO_JUDGEMENT)).isEqualTo(Comparison.LOWER);
    }

    @Test
    void nothingToCompareIsNotCompared() {
        assertThat(Comparison.of(null, 25.0, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(Comparison.of(area, null, Polarity.HIGH_IS_GOOD)).isEqualTo(Comparison.NOT_COMPARED);
    }

    @Test
    void aZeroWidthIntervalComparesAnyOtherValue() {
        Interval point = new Interval(0, 0);
        assertThat(Comparison.of(point, 0.0, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.SIMILAR);
        assertThat(Comparison.of(point, 0.1, Polarity.LOW_IS_GOOD)).isEqualTo(Comparison.BETTER);
    }

    @Test
    void readsFingertipsOwnWords() {
        assertThat(Comparison.fromFingertips("Better")).isEqualTo(Comparison.BETTER);
        assertThat(Comparison.fromFingertips("Worse")).isEqualTo(Comparison.WORSE);
        assertThat(Comparison.fromFingertips("Similar")).isEqualTo(Comparison.SIMILAR);
        assertThat(Comparison.fromFingertips("Higher")).isEqualTo(Comparison.HIGHER);
        assertThat(Comparison.fromFingertips("Lower")).isEqualTo(Comparison.LOWER);
        assertThat(Comparison.fromFingertips("Not compared")).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(Comparison.fromFingertips("")).isNull();
        assertThat(Comparison.fromFingertips("Highest quintile")).isNull(); // a quintile is not a significance
    }
}
