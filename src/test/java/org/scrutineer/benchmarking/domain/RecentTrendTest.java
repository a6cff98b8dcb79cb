package org.scrutineer.benchmarking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Against the series and χ² values of Fingertips' own tests (the open-source {@code TrendMarkerCalculatorTest} of
 * PHE's fingertips code, PholioVisualisation.AnalysisTest), put oldest first.
 */
class RecentTrendTest {
    private static RecentTrend.Point p(double count, double denominator, double value, double lower, double upper) {
        return new RecentTrend.Point(value, lower, upper, count, denominator);
    }

    /** Fingertips' "Set1", 2014 to 2018. */
    private static final List<RecentTrend.Point> RISING = List.of(
            p(994, 40299, 24.67, 23.16, 26.25),
            p(1023, 41527, 24.6, 23.15, 26.19),
            p(1199, 42811, 28, 26.44, 29.64),
            p(1332, 44064, 30.2, 28.63, 31.9),
            p(1367, 44701, 30.6, 28.98, 32.25));

    @Test
    void weightedRegressionMatchesFingertips() {
        // expected χ² 46.77, significant
        RecentTrend.Result result = RecentTrend.of(RISING, false, Polarity.LOW_IS_GOOD);
        assertThat(result.chiSquare()).isCloseTo(46.77, within(0.005));
        assertThat(result.trend()).isEqualTo(Trend.INCREASING_GETTING_WORSE);
        assertThat(RecentTrend.of(RISING, false, Polarity.HIGH_IS_GOOD).trend().words())
                .isEqualTo("Increasing and getting better");
        assertThat(RecentTrend.of(RISING, false, Polarity.NO_JUDGEMENT).trend().words())
                .isEqualTo("Increasing");
    }

    @Test
    void chiSquareForTrendOfProportionsMatchesFingertips() {
        // expected χ² 47.90, significant
        RecentTrend.Result result = RecentTrend.of(RISING, true, Polarity.HIGH_IS_GOOD);
        assertThat(result.chiSquare()).isCloseTo(47.90, within(0.005));
        assertThat(result.trend()).isEqualTo(Trend.INCREASING_GETTING_BETTER);
    }

    @Test
    void noSignificantChange() {
        // Fingertips' "Set2", 2014 to 2018: not significant
        List<RecentTrend.Point> flat = List.of(
                p(209, 1017, 20.5506, 18.1803, 23.1427),
                p(213, 1087, 19.5952, 17.3444, 22.0602),
                p(213, 1119, 19.0349, 16.8421, 21.4394),
                p(239, 1117, 21.3966, 19.0918, 23.8975),
                p(210, 1139, 18.4372, 16.2925, 20.7941));
        assertThat(RecentTrend.of(flat, false, Polarity.HIGH_IS_GOOD).trend().words())
                .isEqualTo("No significant change");
    }

    @Test
    void cannotBeCalculated() {
        // Fingertips' proportions "Set2": a point of 5 out of 5 (the log-odds are infinite)
        List<RecentTrend.Point> all =
                List.of(p(5, 5, 100, 0, 0), p(3, 5, 60, 0, 0), p(1, 5, 20, 0, 0), p(1, 4, 25, 0, 0), p(2, 4, 50, 0, 0));
        assertThat(RecentTrend.of(all, true, Polarity.HIGH_IS_GOOD).trend().words())
                .isEqualTo("Cannot be calculated");
        // fewer than five points, and a point without an interval
        assertThat(RecentTrend.of(RISING.subList(0, 4), false, Polarity.HIGH_IS_GOOD)
                        .trend())
                .isEqualTo(Trend.CANNOT_BE_CALCULATED);
        List<RecentTrend.Point> gap = new java.util.ArrayList<>(RISING);
        gap.set(2, new RecentTrend.Point(28.0, null, null, null, null));
        assertThat(RecentTrend.of(gap, false, Polarity.HIGH_IS_GOOD).trend()).isEqualTo(Trend.CANNOT_BE_CALCULATED);
    }

    @Test
    void usesOnlyTheLastFivePoints() {
        List<RecentTrend.Point> longer = new java.util.ArrayList<>();
        longer.add(p(1, 40000, 99, 1, 200));
        longer.addAll(RISING);
        assertThat(RecentTrend.of(longer, false, Polarity.LOW_IS_GOOD).chiSquare())
                .isCloseTo(46.77, within(0.005));
    }
}
