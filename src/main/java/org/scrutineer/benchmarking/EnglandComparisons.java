package org.scrutineer.benchmarking;

import java.util.List;
import java.util.Optional;
import org.scrutineer.benchmarking.domain.Benchmarked;
import org.scrutineer.benchmarking.domain.Comparison;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of benchmarking: the council against England by the one rule of this module (Fingertips'), for
 * the Priority Based Report's England column and the assurance pages' cited metrics. Benchmarking depends on neither:
 * they call this, and get back plain words and numbers as printed.
 */
@Service
public class EnglandComparisons {
    private final Benchmarks benchmarks;
    private final JdbcClient jdbc;

    public EnglandComparisons(Benchmarks benchmarks, JdbcClient jdbc) {
        this.benchmarks = benchmarks;
        this.jdbc = jdbc;
    }

    /**
     * The council's latest figure of a benchmarked indicator beside England's. {@code comparison} is the code
     * ({@code better}, {@code similar}, {@code worse}, {@code higher}, {@code lower}, {@code not-compared}) and
     * {@code words} the word as printed; {@code note} says why there is no figure when there is none.
     */
    public record EnglandFigure(
            int indicatorId,
            String indicatorName,
            String period,
            String councilValue,
            String englandValue,
            String comparison,
            String words,
            String level,
            String note) {
        public boolean shown() {
            return note.isEmpty();
        }
    }

    /** A Fingertips indicator's name, if one with that ID has been imported (for an officer linking to it). */
    @Transactional(readOnly = true)
    public Optional<String> indicatorName(int indicatorId) {
        return jdbc.sql("select name from benchmark_indicator where indicator_id = :id")
                .param("id", indicatorId)
                .query(String.class)
                .optional();
    }

    /**
     * The council's latest whole-population figure and England's for the same period, compared by the indicator's
     * settings. Figures not yet approved for public display are not given out (they may be printed in a published
     * report): the note says so.
     */
    @Transactional(readOnly = true)
    public EnglandFigure latest(int indicatorId) {
        if (indicatorName(indicatorId).isEmpty()) {
            return empty(indicatorId, "", "no Fingertips indicator " + indicatorId + " imported");
        }
        Benchmarks.Analysis a = benchmarks.analysisForImport(indicatorId);
        Benchmarks.Indicator indicator = a.indicator();
        if (!indicator.publicDisplay()) {
            return empty(indicatorId, indicator.name(), "figures not yet approved for display");
        }
        List<Benchmarked> series = BenchmarkPages.councilSeries(a);
        if (series.isEmpty()) {
            return empty(indicatorId, indicator.name(), "no figure for the council's area");
        }
        Benchmarked last = series.get(series.size() - 1);
        Double england = a.englandValues().get(last.row().slice());
        Comparison c = last.comparedToEngland();
        return new EnglandFigure(
                indicatorId,
                indicator.name(),
                last.row().period(),
                BenchmarkCharts.number(last.row().value()),
                BenchmarkCharts.number(england),
                c.code(),
                c.words(),
                indicator.settings().comparisonLevel().code(),
                "");
    }

    private static EnglandFigure empty(int id, String name, String note) {
        return new EnglandFigure(id, name, "", "", "", Comparison.NOT_COMPARED.code(), "", "", note);
    }
}
