package org.scrutineer.benchmarking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Everything derived for one indicator, on hand-made rows: intervals, the three comparisons, the trend, quintiles. */
class IndicatorAnalysisTest {
    private static Observation row(
            String code,
            String type,
            String parent,
            int year,
            Double value,
            Double lower,
            Double upper,
            Double count,
            Double denominator,
            String said) {
        return new Observation(
                code,
                code,
                type,
                parent,
                year + "/" + (year + 1 - 2000),
                year * 10000L,
                "Persons",
                "All ages",
                "",
                "",
                value,
                lower,
                upper,
                lower == null ? null : lower - 1,
                upper == null ? null : upper + 1,
                count,
                denominator,
                "",
                "",
                said,
                "");
    }

    private final IndicatorSettings percent =
            new IndicatorSettings(Polarity.HIGH_IS_GOOD, ValueType.PROPORTION, 100, CiMethod.WILSON, Level.P95);

    @Test
    void comparesWithEnglandTheRegionAndThePooledPeers() {
        List<Observation> rows = List.of(
                row("E92000001", "England", "", 2023, 40.0, 39.9, 40.1, 400000.0, 1000000.0, ""),
                row("E12000002", "Regions", "E92000001", 2023, 31.0, 30.5, 31.5, 3100.0, 10000.0, ""),
                row("E06000006", "UA", "E12000002", 2023, 30.0, null, null, 30.0, 100.0, "Better"),
                row("E06000001", "UA", "E12000002", 2023, 20.0, 19.0, 21.0, 200.0, 1000.0, ""),
                row("E06000002", "UA", "E12000002", 2023, 20.0, 19.0, 21.0, 100.0, 1000.0, ""));
        List<Benchmarked> out = IndicatorAnalysis.analyse(rows, percent, Set.of("E06000001", "E06000002"));
        Benchmarked halton = out.get(2);
        assertThat(halton.intervalsComputed()).isTrue();
        assertThat(halton.ci95()).isEqualTo(ConfidenceIntervals.wilson(30, 100, Level.P95, 100));
        assertThat(halton.comparedToEngland()).isEqualTo(Comparison.WORSE); // 40 above 21.9 to 39.6
        assertThat(halton.comparedToRegion()).isEqualTo(Comparison.SIMILAR); // 31 inside
        // peers pooled: (200 + 100) / (1000 + 1000) = 15%, below Halton's interval
        assertThat(halton.comparedToPeers()).isEqualTo(Comparison.BETTER);
        assertThat(halton.comparedToEnglandInFile()).isEqualTo(Comparison.BETTER);
        assertThat(halton.disagrees()).isTrue();
        assertThat(out.get(0).comparedToEngland()).isEqualTo(Comparison.NOT_COMPARED); // England with itself
        assertThat(out.get(1).comparedToRegion()).isEqualTo(Comparison.NOT_COMPARED); // a region's parent is England
        assertThat(out.get(3).intervalsComputed()).isFalse();
        // 3 areas of one type: too few for quintiles
        assertThat(halton.quintile()).isNull();
    }

    @Test
    void settingsChangeEveryDerivedFigure() {
        List<Observation> rows = new ArrayList<>();
        for (int y = 0; y < 5; y++) {
            rows.add(row("E92000001", "England", "", 2019 + y, 40.0, 39.9, 40.1, 400000.0, 1000000.0, ""));
            rows.add(row("E06000006", "UA", "E12000002", 2019 + y, 50.0 - 5 * y, null, null, 50.0 - 5 * y, 100.0, ""));
        }
        Benchmarked last = IndicatorAnalysis.analyse(rows, percent, Set.of()).stream()
                .filter(b -> b.row().areaCode().equals("E06000006") && b.row().periodSortable() == 20230000L)
                .findFirst()
                .orElseThrow();
        assertThat(last.recentTrend()).isEqualTo(Trend.DECREASING_GETTING_WORSE);
        assertThat(last.comparedToEngland()).isEqualTo(Comparison.WORSE);
        IndicatorSettings lowGood998 =
                new IndicatorSettings(Polarity.LOW_IS_GOOD, ValueType.PROPORTION, 100, CiMethod.WILSON, Level.P998);
        Benchmarked again = IndicatorAnalysis.analyse(rows, lowGood998, Set.of()).stream()
                .filter(b -> b.row().areaCode().equals("E06000006") && b.row().periodSortable() == 20230000L)
                .findFirst()
                .orElseThrow();
        assertThat(again.recentTrend()).isEqualTo(Trend.DECREASING_GETTING_BETTER);
        assertThat(again.comparedToEngland()).isEqualTo(Comparison.SIMILAR); // 99.8%: 19.0 to 43.2 holds 40
        // as a crude rate by Byar's (exact under 10 events) the interval differs from Wilson's
        IndicatorSettings rate =
                new IndicatorSettings(Polarity.LOW_IS_GOOD, ValueType.CRUDE_RATE, 100, CiMethod.BYAR, Level.P95);
        Benchmarked asRate = IndicatorAnalysis.analyse(rows, rate, Set.of()).stream()
                .filter(b -> b.row().areaCode().equals("E06000006") && b.row().periodSortable() == 20230000L)
                .findFirst()
                .orElseThrow();
        assertThat(asRate.ci95()).isEqualTo(ConfidenceIntervals.byar(30, 100, Level.P95, 100));
    }

    @Test
    void aValueTypeIsGuessedFromARow() {
        assertThat(IndicatorSettings.guess(30.0, 30.0, 100.0))
                .extracting(IndicatorSettings::valueType, IndicatorSettings::multiplier)
                .containsExactly(ValueType.PROPORTION, 100.0);
        assertThat(IndicatorSettings.guess(1234.5, 12.345, 1000.0))
                .extracting(IndicatorSettings::valueType, IndicatorSettings::multiplier)
                .containsExactly(ValueType.CRUDE_RATE, 100_000.0);
        assertThat(IndicatorSettings.guess(987.0, 50.0, 10000.0).valueType())
                .isEqualTo(ValueType.DIRECTLY_STANDARDISED_RATE);
    }
}
