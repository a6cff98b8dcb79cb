package org.scrutineer.benchmarking.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IndicatorAnalysis as it was before it was made faster (issue 14), kept only to show that the faster one gives the
 * same answers ({@code IndicatorAnalysisTest}). Works out everything derived for one indicator's rows, by the indicator's settings: intervals where the file has
 * none, comparison with England ({@value #ENGLAND}), with the row's region (its parent area) and with the council's
 * peer group (their pooled count over pooled denominator, when every peer has both), the recent trend of each area's
 * series up to each period, and quintiles among areas of the same type. Nothing is stored: changing a setting changes
 * the answer the next time it is asked.
 */
final class IndicatorAnalysisAsBefore {
    public static final String ENGLAND = "E92000001";

    private IndicatorAnalysisAsBefore() {}

    public static List<Benchmarked> analyse(
            Collection<Observation> rows, IndicatorSettings settings, Set<String> peers) {
        Map<Observation.Slice, Map<String, Observation>> bySlice = new HashMap<>();
        Map<Observation.Series, List<Observation>> bySeries = new HashMap<>();
        Map<Observation, Interval[]> intervals = new IdentityHashMap<>(rows.size() * 2);
        for (Observation o : rows) {
            bySlice.computeIfAbsent(o.slice(), s -> new HashMap<>()).put(o.areaCode(), o);
            bySeries.computeIfAbsent(o.series(), s -> new ArrayList<>()).add(o);
            intervals.put(o, intervals(o, settings));
        }
        Map<Observation.Slice, Double> peerValue = new HashMap<>();
        Map<Observation, Integer> quintiles = new IdentityHashMap<>(rows.size() * 2);
        for (var slice : bySlice.entrySet()) {
            peerValue.put(slice.getKey(), pooled(slice.getValue(), peers, settings));
            Map<String, List<Observation>> byType = new HashMap<>();
            for (Observation o : slice.getValue().values()) {
                if (!o.areaCode().equals(ENGLAND)) {
                    byType.computeIfAbsent(o.areaType(), t -> new ArrayList<>()).add(o);
                }
            }
            for (List<Observation> same : byType.values()) {
                Double[] values = same.stream().map(Observation::value).toArray(Double[]::new);
                Integer[] q = EnglandRange.quintiles(values);
                for (int i = 0; i < q.length; i++) {
                    quintiles.put(same.get(i), q[i]);
                }
            }
        }
        Map<Observation, Trend> trends = new IdentityHashMap<>(rows.size() * 2);
        boolean proportion = settings.valueType() == ValueType.PROPORTION;
        for (List<Observation> series : bySeries.values()) {
            series.sort(Comparator.comparingLong(Observation::periodSortable));
            List<RecentTrendAsBefore.Point> points = new ArrayList<>(series.size());
            for (Observation o : series) {
                Interval ci = intervals.get(o)[0];
                points.add(new RecentTrendAsBefore.Point(
                        o.value(),
                        ci == null ? null : ci.lower(),
                        ci == null ? null : ci.upper(),
                        o.count(),
                        o.denominator()));
                trends.put(
                        o,
                        RecentTrendAsBefore.of(points, proportion, settings.polarity())
                                .trend());
            }
        }
        List<Benchmarked> result = new ArrayList<>(rows.size());
        for (Observation o : rows) {
            Interval[] ci = intervals.get(o);
            Interval compared = settings.comparisonLevel() == Level.P95 ? ci[0] : ci[1];
            Map<String, Observation> slice = bySlice.get(o.slice());
            Comparison england = o.areaCode().equals(ENGLAND)
                    ? Comparison.NOT_COMPARED
                    : Comparison.of(compared, value(slice.get(ENGLAND)), settings.polarity());
            Comparison region = o.parentCode().isEmpty() || o.parentCode().equals(ENGLAND)
                    ? Comparison.NOT_COMPARED
                    : Comparison.of(compared, value(slice.get(o.parentCode())), settings.polarity());
            Comparison peer = peers.isEmpty()
                    ? Comparison.NOT_COMPARED
                    : Comparison.of(compared, peerValue.get(o.slice()), settings.polarity());
            result.add(new Benchmarked(
                    o,
                    ci[0],
                    ci[1],
                    ci[2] != null,
                    england,
                    region,
                    peer,
                    Comparison.fromFingertips(o.comparedToEnglandInFile()),
                    trends.get(o),
                    quintiles.get(o)));
        }
        return result;
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

    private static Double value(Observation o) {
        return o == null ? null : o.value();
    }

    private static Double pooled(Map<String, Observation> slice, Set<String> peers, IndicatorSettings s) {
        if (peers.isEmpty()) {
            return null;
        }
        double count = 0;
        double denominator = 0;
        for (String peer : peers) {
            Observation o = slice.get(peer);
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
