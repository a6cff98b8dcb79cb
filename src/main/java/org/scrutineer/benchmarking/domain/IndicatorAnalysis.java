package org.scrutineer.benchmarking.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out everything derived for one indicator's rows, by the indicator's settings: intervals where the file has
 * none, comparison with England ({@value #ENGLAND}), with the row's region (its parent area) and with the council's
 * peer group (their pooled count over pooled denominator, when every peer has both), the recent trend of each area's
 * series up to each period, and quintiles among areas of the same type. Nothing is stored: changing a setting changes
 * the answer the next time it is asked.
 */
public final class IndicatorAnalysis {
    public static final String ENGLAND = "E92000001";

    private IndicatorAnalysis() {}

    public static List<Benchmarked> analyse(
            Collection<Observation> rows, IndicatorSettings settings, Set<String> peers) {
        Observation[] row = rows.toArray(new Observation[0]);
        int n = row.length;
        Interval[][] intervals = new Interval[n][];
        Map<Observation.Slice, Slice> slices = new HashMap<>();
        Slice[] sliceOf = new Slice[n];
        Map<Observation.Series, Series> series = new HashMap<>();
        Series[] seriesOf = new Series[n];
        for (int i = 0; i < n; i++) {
            Observation o = row[i];
            intervals[i] = intervals(o, settings);
            Slice slice = slices.computeIfAbsent(o.slice(), k -> new Slice());
            slice.areas.put(o.areaCode(), i);
            sliceOf[i] = slice;
            Series own = series.computeIfAbsent(o.series(), k -> new Series());
            own.add(i);
            seriesOf[i] = own;
        }
        int[] quintile = new int[n]; // 0: none
        for (Slice slice : slices.values()) {
            Integer england = slice.areas.get(ENGLAND);
            slice.england = england == null ? null : row[england].value();
            slice.peers = pooled(slice.areas, row, peers, settings);
            quintiles(slice, row, quintile);
        }
        Trend[] trend = new Trend[n];
        boolean proportion = settings.valueType() == ValueType.PROPORTION;
        for (Series s : series.values()) {
            s.trends(row, intervals, proportion, settings.polarity(), trend);
        }
        Polarity polarity = settings.polarity();
        boolean at95 = settings.comparisonLevel() == Level.P95;
        List<Benchmarked> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Observation o = row[i];
            Interval[] ci = intervals[i];
            Interval compared = at95 ? ci[0] : ci[1];
            Slice slice = sliceOf[i];
            Comparison england = o.areaCode().equals(ENGLAND)
                    ? Comparison.NOT_COMPARED
                    : Comparison.of(compared, slice.england, polarity);
            Comparison region;
            if (o.parentCode().isEmpty() || o.parentCode().equals(ENGLAND)) {
                region = Comparison.NOT_COMPARED;
            } else {
                Integer parent = slice.areas.get(o.parentCode());
                region = Comparison.of(compared, parent == null ? null : row[parent].value(), polarity);
            }
            Comparison peer =
                    peers.isEmpty() ? Comparison.NOT_COMPARED : Comparison.of(compared, slice.peers, polarity);
            result.add(new Benchmarked(
                    o,
                    ci[0],
                    ci[1],
                    ci[2] != null,
                    england,
                    region,
                    peer,
                    Comparison.fromFingertips(o.comparedToEnglandInFile()),
                    trend[i],
                    quintile[i] == 0 ? null : quintile[i]));
        }
        return result;
    }

    /** The rows of one period, sex, age and category: each area's row (the last, should the file repeat one). */
    private static final class Slice {
        final Map<String, Integer> areas = new HashMap<>();
        Double england;
        Double peers;
    }

    /** Quintiles among the slice's areas of each type, England aside. */
    private static void quintiles(Slice slice, Observation[] row, int[] quintile) {
        Map<String, List<Integer>> byType = new HashMap<>();
        for (var area : slice.areas.entrySet()) {
            if (!area.getKey().equals(ENGLAND)) {
                byType.computeIfAbsent(row[area.getValue()].areaType(), t -> new ArrayList<>())
                        .add(area.getValue());
            }
        }
        for (List<Integer> same : byType.values()) {
            double[] values = new double[same.size()];
            for (int i = 0; i < values.length; i++) {
                Double v = row[same.get(i)].value();
                values[i] = v == null ? Double.NaN : v;
            }
            int[] q = EnglandRange.quintiles(values);
            for (int i = 0; i < q.length; i++) {
                quintile[same.get(i)] = q[i];
            }
        }
    }

    /** One area's rows of one sex, age and category: its time series. */
    private static final class Series {
        int[] rows = new int[16];
        int size;

        void add(int i) {
            if (size == rows.length) {
                rows = java.util.Arrays.copyOf(rows, size * 2);
            }
            rows[size++] = i;
        }

        /** The recent trend up to each point, oldest first (rows of one period keep the order they came in). */
        void trends(Observation[] row, Interval[][] intervals, boolean proportion, Polarity polarity, Trend[] trend) {
            for (int i = 1; i < size; i++) { // an insertion sort: stable, and a series is short
                int moving = rows[i];
                long period = row[moving].periodSortable();
                int j = i - 1;
                while (j >= 0 && row[rows[j]].periodSortable() > period) {
                    rows[j + 1] = rows[j];
                    j--;
                }
                rows[j + 1] = moving;
            }
            RecentTrend.Points points = new RecentTrend.Points(size);
            for (int k = 0; k < size; k++) {
                Observation o = row[rows[k]];
                Interval ci = intervals[rows[k]][0];
                points.set(
                        k,
                        o.value(),
                        ci == null ? null : ci.lower(),
                        ci == null ? null : ci.upper(),
                        o.count(),
                        o.denominator());
                trend[rows[k]] = k + 1 < RecentTrend.POINTS
                        ? Trend.CANNOT_BE_CALCULATED
                        : points.trendOfFiveFrom(k + 1 - RecentTrend.POINTS, proportion, polarity)
                                .trend();
            }
        }
    }

    /** The file's intervals where it has both limits; else computed from count and denominator (third slot marks computed). */
    static Interval[] intervals(Observation o, IndicatorSettings s) {
        Interval ci95 = pair(o.lower95(), o.upper95());
        Interval ci998 = pair(o.lower998(), o.upper998());
        boolean computed = false;
        if (o.value() != null && (ci95 == null || ci998 == null)) {
            try {
                if (ci95 == null) {
                    ci95 = ConfidenceIntervals.of(
                            s.ciMethod(), o.count(), o.denominator(), o.value(), null, Level.P95, s.multiplier());
                    computed |= ci95 != null;
                }
                if (ci998 == null) {
                    ci998 = ConfidenceIntervals.of(
                            s.ciMethod(), o.count(), o.denominator(), o.value(), null, Level.P998, s.multiplier());
                    computed |= ci998 != null;
                }
            } catch (IllegalArgumentException e) {
                // counts that the method cannot take (more events than people for Wilson): no interval, not compared
            }
        }
        return new Interval[] {ci95, ci998, computed ? ci95 : null};
    }

    private static Interval pair(Double lower, Double upper) {
        return lower == null || upper == null || lower > upper ? null : new Interval(lower, upper);
    }

    private static Double pooled(
            Map<String, Integer> slice, Observation[] row, Set<String> peers, IndicatorSettings s) {
        if (peers.isEmpty()) {
            return null;
        }
        double count = 0;
        double denominator = 0;
        for (String peer : peers) {
            Integer at = slice.get(peer);
            Observation o = at == null ? null : row[at];
            if (o == null || o.count() == null || o.denominator() == null || o.denominator() <= 0) {
                return null;
            }
            count += o.count();
            denominator += o.denominator();
        }
        return count / denominator * s.multiplier();
    }

    /** The England range of a slice's areas of one type (a spine chart's bar), or null when none has a value. */
    public static EnglandRange range(
            Collection<Benchmarked> rows, Observation.Slice slice, String areaType, Polarity polarity) {
        return EnglandRange.of(
                rows.stream()
                        .map(Benchmarked::row)
                        .filter(o -> o.slice().equals(slice)
                                && o.areaType().equals(areaType)
                                && !o.areaCode().equals(ENGLAND))
                        .map(Observation::value)
                        .toList(),
                polarity);
    }
}
