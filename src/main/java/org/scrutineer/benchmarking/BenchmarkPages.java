package org.scrutineer.benchmarking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.benchmarking.domain.Benchmarked;
import org.scrutineer.benchmarking.domain.Comparison;
import org.scrutineer.benchmarking.domain.EnglandRange;
import org.scrutineer.benchmarking.domain.IndicatorAnalysis;
import org.scrutineer.benchmarking.domain.Observation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the benchmarking pages show, worked out in one place from {@link Benchmarks}: tables and the charts drawn from them. */
@Service
public class BenchmarkPages {
    private final Benchmarks benchmarks;

    public BenchmarkPages(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    /** A row of a page's table, numbers as printed. */
    public record Line(
            String area,
            String areaCode,
            String period,
            String value,
            String lower95,
            String upper95,
            String count,
            String denominator,
            String england,
            String comparedToEngland,
            String comparedToEnglandInFile,
            String comparedToRegion,
            String comparedToPeers,
            String trend,
            String note,
            boolean computed,
            boolean council) {
        static Line of(Benchmarked b, Double england, String councilCode) {
            Observation o = b.row();
            return new Line(
                    o.areaName(),
                    o.areaCode(),
                    o.period(),
                    BenchmarkCharts.number(o.value()),
                    b.ci95() == null ? "" : BenchmarkCharts.number(b.ci95().lower()),
                    b.ci95() == null ? "" : BenchmarkCharts.number(b.ci95().upper()),
                    o.count() == null ? "" : BenchmarkCharts.number(o.count()),
                    o.denominator() == null ? "" : BenchmarkCharts.number(o.denominator()),
                    BenchmarkCharts.number(england),
                    b.comparedToEngland().words(),
                    o.comparedToEnglandInFile(),
                    b.comparedToRegion().words(),
                    b.comparedToPeers().words(),
                    b.recentTrend().words(),
                    o.valueNote(),
                    b.intervalsComputed(),
                    o.areaCode().equals(councilCode));
        }
    }

    public record Summary(Benchmarks.Indicator indicator, Line latest) {}

    public record IndicatorPage(
            Benchmarks.Indicator indicator,
            Benchmarks.Council council,
            String series,
            Line latest,
            List<Line> trend,
            String trendChart,
            String comparePeriod,
            List<Line> compared,
            String compareChart,
            EnglandRange range,
            List<Line> findings,
            int rows) {
        /** The England range in words, as the page prints it. */
        public String rangeText() {
            return range == null
                    ? ""
                    : "worst " + BenchmarkCharts.number(range.worst()) + ", 25th percentile "
                            + BenchmarkCharts.number(range.q25())
                            + ", median " + BenchmarkCharts.number(range.median()) + ", 75th percentile "
                            + BenchmarkCharts.number(range.q75())
                            + ", best " + BenchmarkCharts.number(range.best()) + " (" + range.areas() + " areas)";
        }
    }

    public record Spine(Benchmarks.Council council, List<SpineRow> rows, String chart) {}

    public record SpineRow(
            int indicatorId,
            String name,
            String period,
            String value,
            String england,
            String worst,
            String q25,
            String median,
            String q75,
            String best,
            String comparedToEngland) {}

    @Transactional(readOnly = true)
    public List<Summary> summaries() {
        Map<Integer, Line> latest = new HashMap<>();
        benchmarks.eachAnalysis(a -> {
            Map<Observation.Slice, Double> eng = a.englandValues();
            List<Benchmarked> series = councilSeries(a);
            Benchmarked last = series.isEmpty() ? null : series.get(series.size() - 1);
            if (last != null) {
                latest.put(
                        a.indicator().id(),
                        Line.of(last, englandValue(eng, last), a.council().areaCode()));
            }
        });
        List<Summary> list = new ArrayList<>();
        for (Benchmarks.Indicator i : benchmarks.indicators()) {
            list.add(new Summary(i, latest.get(i.id())));
        }
        return list;
    }

    @Transactional(readOnly = true)
    public IndicatorPage page(int id) {
        Benchmarks.Analysis a = benchmarks.analysis(id);
        Map<Observation.Slice, Double> eng = a.englandValues();
        String council = a.council().areaCode();
        List<Benchmarked> series = councilSeries(a);
        List<Line> trend = new ArrayList<>();
        List<BenchmarkCharts.TrendPoint> points = new ArrayList<>();
        for (Benchmarked b : series) {
            Double england = englandValue(eng, b);
            trend.add(Line.of(b, england, council));
            points.add(new BenchmarkCharts.TrendPoint(
                    b.row().period(), b.row().value(), b.ci95(), england, b.comparedToEngland()));
        }
        Benchmarked last = series.isEmpty() ? null : series.get(series.size() - 1);
        String name =
                a.council().areaName().isEmpty() ? "the council" : a.council().areaName();
        String trendChart = series.isEmpty()
                ? null
                : BenchmarkCharts.trend(
                        "trend-" + id,
                        a.indicator().name() + ": " + name + " and England",
                        name + "'s values from " + series.get(0).row().period() + " to "
                                + last.row().period()
                                + " with England's; the figures are in the table below the chart.",
                        points);
        List<Line> compared = new ArrayList<>();
        String compareChart = null;
        EnglandRange range = null;
        if (last != null) {
            Observation.Slice slice = last.row().slice();
            String parent = last.row().parentCode();
            List<Benchmarked> others = a.rows().stream()
                    .filter(b -> b.row().slice().equals(slice)
                            && !b.row().areaCode().equals(IndicatorAnalysis.ENGLAND)
                            && (b.row().areaCode().equals(council)
                                    || !parent.isEmpty() && b.row().parentCode().equals(parent)
                                    || a.council().peers().contains(b.row().areaCode())))
                    .sorted(Comparator.comparing(
                            (Benchmarked b) -> b.row().value(), Comparator.nullsLast(Comparator.reverseOrder())))
                    .toList();
            Double england = englandValue(eng, last);
            List<BenchmarkCharts.AreaBar> bars = new ArrayList<>();
            for (Benchmarked b : others) {
                compared.add(Line.of(b, england, council));
                bars.add(new BenchmarkCharts.AreaBar(
                        b.row().areaName(),
                        b.row().value(),
                        b.ci95(),
                        b.comparedToEngland(),
                        b.row().areaCode().equals(council)));
            }
            compareChart = BenchmarkCharts.areas(
                    "areas-" + id,
                    a.indicator().name() + ", " + last.row().period() + ": " + name
                            + " among its region's areas and peers",
                    others.size() + " areas' values for " + last.row().period()
                            + ", highest first, each coloured by its comparison with England; the figures are in the table below the chart.",
                    bars,
                    england);
            range = IndicatorAnalysis.range(
                    a.rows(),
                    slice,
                    last.row().areaType(),
                    a.indicator().settings().polarity());
        }
        List<Line> findings = a.rows().stream()
                .filter(Benchmarked::disagrees)
                .limit(200)
                .map(b -> Line.of(b, englandValue(eng, b), council))
                .toList();
        String seriesName =
                last == null ? "" : last.row().sex() + ", " + last.row().age();
        return new IndicatorPage(
                a.indicator(),
                a.council(),
                seriesName,
                last == null ? null : Line.of(last, englandValue(eng, last), council),
                trend,
                trendChart,
                last == null ? null : last.row().period(),
                compared,
                compareChart,
                range,
                findings,
                a.rows().size());
    }

    @Transactional(readOnly = true)
    public Spine spine() {
        Benchmarks.Council council = benchmarks.council();
        Map<Integer, SpineRow> rowOf = new HashMap<>();
        Map<Integer, BenchmarkCharts.SpineLine> lineOf = new HashMap<>();
        benchmarks.eachAnalysis(a -> {
            Benchmarks.Indicator i = a.indicator();
            Map<Observation.Slice, Double> eng = a.englandValues();
            List<Benchmarked> series = councilSeries(a);
            if (series.isEmpty()) {
                return;
            }
            Benchmarked last = series.get(series.size() - 1);
            EnglandRange r = IndicatorAnalysis.range(
                    a.rows(),
                    last.row().slice(),
                    last.row().areaType(),
                    i.settings().polarity());
            Double england = englandValue(eng, last);
            rowOf.put(
                    i.id(),
                    new SpineRow(
                            i.id(),
                            i.name(),
                            last.row().period(),
                            BenchmarkCharts.number(last.row().value()),
                            BenchmarkCharts.number(england),
                            r == null ? "" : BenchmarkCharts.number(r.worst()),
                            r == null ? "" : BenchmarkCharts.number(r.q25()),
                            r == null ? "" : BenchmarkCharts.number(r.median()),
                            r == null ? "" : BenchmarkCharts.number(r.q75()),
                            r == null ? "" : BenchmarkCharts.number(r.best()),
                            last.comparedToEngland().words()));
            lineOf.put(
                    i.id(),
                    new BenchmarkCharts.SpineLine(i.name(), last.row().value(), england, r, last.comparedToEngland()));
        });
        List<SpineRow> rows = new ArrayList<>();
        List<BenchmarkCharts.SpineLine> lines = new ArrayList<>();
        for (Benchmarks.Indicator i : benchmarks.indicators()) { // by name, as before
            if (rowOf.containsKey(i.id())) {
                rows.add(rowOf.get(i.id()));
                lines.add(lineOf.get(i.id()));
            }
        }
        String name = council.areaName().isEmpty() ? "The council" : council.areaName();
        String chart = lines.isEmpty()
                ? null
                : BenchmarkCharts.spine(
                        "spine",
                        name + " against England's range",
                        name + "'s latest value of each of " + lines.size()
                                + " indicators placed on the range of England's areas of its type, worst to best; the figures are in the table below the chart.",
                        lines);
        return new Spine(council, rows, chart);
    }

    /**
     * The council's own series for the indicator's page: its whole-population rows (no category) of the sex and age it
     * has most periods for.
     */
    static List<Benchmarked> councilSeries(Benchmarks.Analysis a) {
        String council = a.council().areaCode();
        Map<String, List<Benchmarked>> bySeries = new LinkedHashMap<>();
        for (Benchmarked b : a.rows()) {
            Observation o = b.row();
            if (o.areaCode().equals(council) && o.categoryType().isEmpty()) {
                bySeries.computeIfAbsent(o.sex() + "\u0001" + o.age(), k -> new ArrayList<>())
                        .add(b);
            }
        }
        return bySeries.values().stream()
                .max(Comparator.comparingInt(List::size))
                .map(l -> l.stream()
                        .sorted(Comparator.comparingLong(b -> b.row().periodSortable()))
                        .toList())
                .orElse(List.of());
    }

    private static Double englandValue(Map<Observation.Slice, Double> england, Benchmarked row) {
        return england.get(row.row().slice());
    }

    static String words(Comparison c) {
        return c.words();
    }
}
