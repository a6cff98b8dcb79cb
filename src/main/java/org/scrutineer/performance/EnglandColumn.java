package org.scrutineer.performance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.benchmarking.EnglandComparisons;
import org.scrutineer.benchmarking.EnglandComparisons.EnglandFigure;
import org.scrutineer.performance.PriorityBasedReport.England;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Board;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Priority Based Report's England column: whether a board's report shows it (the board's choice, switched by an
 * officer or admin), and which Fingertips indicator each performance indicator is benchmarked by (set by an officer).
 * The figures and the comparison word come from the benchmarking module, by its one rule; both changes are audited.
 */
@Service
public class EnglandColumn {
    static final String NOT_BENCHMARKED = "not benchmarked";
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final EnglandComparisons comparisons;

    public EnglandColumn(JdbcClient jdbc, AuditTrail audit, EnglandComparisons comparisons) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.comparisons = comparisons;
    }

    public boolean shown(long boardId) {
        return jdbc.sql("select england_column from report_option where board_id = :b")
                .param("b", boardId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Switches the column on or off for the board's report (drafts and later publications; published copies stay). */
    @Transactional
    public void show(Board board, boolean on) {
        boolean before = shown(board.id());
        jdbc.sql("""
                insert into report_option (board_id, england_column) values (:b, :on)
                on conflict (board_id) do update set england_column = excluded.england_column""").param("b", board.id()).param("on", on).update();
        if (before != on) {
            audit.updated(
                    "board:" + board.code(),
                    "report_option",
                    board.code(),
                    Map.of("englandColumn", before),
                    Map.of("englandColumn", on));
        }
    }

    /** The Fingertips indicator an indicator is benchmarked by, if any. */
    public Optional<Integer> link(Indicator indicator) {
        return Optional.ofNullable(links(List.of(indicator.id())).get(indicator.id()));
    }

    public Optional<String> benchmarkName(int benchmarkIndicatorId) {
        return comparisons.indicatorName(benchmarkIndicatorId);
    }

    /** Links the indicator to a Fingertips indicator already imported, or unlinks it (null). Audited. */
    @Transactional
    public void link(Indicator indicator, Integer benchmarkIndicatorId) {
        if (benchmarkIndicatorId != null
                && comparisons.indicatorName(benchmarkIndicatorId).isEmpty()) {
            throw new IllegalArgumentException("No Fingertips indicator " + benchmarkIndicatorId
                    + " has been imported: import its download at /benchmark/import first");
        }
        Integer before = link(indicator).orElse(null);
        jdbc.sql("update indicator set benchmark_indicator_id = :l where id = :id")
                .param("l", benchmarkIndicatorId)
                .param("id", indicator.id())
                .update();
        if (!java.util.Objects.equals(before, benchmarkIndicatorId)) {
            Map<String, Object> old = new HashMap<>();
            old.put("benchmarkIndicatorId", before);
            Map<String, Object> now = new HashMap<>();
            now.put("benchmarkIndicatorId", benchmarkIndicatorId);
            audit.updated(Figures.scope(indicator), "indicator", indicator.ref(), old, now);
        }
    }

    Map<Long, Integer> links(List<Long> indicatorIds) {
        Map<Long, Integer> links = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return links;
        }
        jdbc.sql(
                        "select id, benchmark_indicator_id from indicator where id in (:ids) and benchmark_indicator_id is not null")
                .param("ids", indicatorIds)
                .query(rs -> {
                    links.put(rs.getLong(1), rs.getInt(2));
                });
        return links;
    }

    /** England's figure for the cell of one KPI row, as printed. */
    England cell(Integer benchmarkIndicatorId, Map<Integer, EnglandFigure> seen) {
        if (benchmarkIndicatorId == null) {
            return new England(null, "", "", "not-compared", "", NOT_BENCHMARKED);
        }
        EnglandFigure f = seen.computeIfAbsent(benchmarkIndicatorId, comparisons::latest);
        return new England(benchmarkIndicatorId, f.englandValue(), f.period(), f.comparison(), f.words(), f.note());
    }
}
