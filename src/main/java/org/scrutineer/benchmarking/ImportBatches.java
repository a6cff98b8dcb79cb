package org.scrutineer.benchmarking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scrutineer.benchmarking.domain.Benchmarked;
import org.scrutineer.platform.audit.AuditAction;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.LondonTime;
import org.scrutineer.platform.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each Fingertips import is a batch (the row {@link BenchmarkImport} keeps in {@code benchmark_import}): who, when,
 * which file, how many rows and indicators. From a batch an officer approves its indicators' figures for public
 * display; until then they are drafts, read by councillors and officers only. Approving is audited, per indicator (as
 * a change of its settings) and for the batch.
 */
@Service
public class ImportBatches {
    private final JdbcClient jdbc;
    private final Benchmarks benchmarks;
    private final AuditTrail audit;
    private final Clock clock;

    public ImportBatches(JdbcClient jdbc, Benchmarks benchmarks, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.benchmarks = benchmarks;
        this.audit = audit;
        this.clock = clock;
    }

    public record Batch(
            long id,
            Instant importedAt,
            String actor,
            String fileName,
            int rows,
            int indicators,
            @Nullable Instant approvedAt,
            @Nullable String approvedBy) {
        public String importedOn() {
            return LondonTime.dateTime(importedAt);
        }

        public String approvedOn() {
            return approvedAt == null ? "" : LondonTime.dateTime(approvedAt);
        }

        public boolean approved() {
            return approvedAt != null;
        }
    }

    /** One of the batch's indicators: its rows from this file, and the findings (file's word against the rule). */
    public record BatchIndicator(int id, String name, int rows, int findings, boolean publicDisplay) {}

    public record BatchPage(Batch batch, List<BatchIndicator> indicators, int findings) {
        public boolean anyDraft() {
            return indicators.stream().anyMatch(i -> !i.publicDisplay());
        }
    }

    /** Every import, latest first. */
    @Transactional(readOnly = true)
    public List<Batch> all() {
        return jdbc.sql("select * from benchmark_import order by imported_at desc, id desc")
                .query(ImportBatches::batch)
                .list();
    }

    @Transactional(readOnly = true)
    public BatchPage page(long id) {
        Batch batch = jdbc.sql("select * from benchmark_import where id = :id")
                .param("id", id)
                .query(ImportBatches::batch)
                .optional()
                .orElseThrow(() -> new NotFound("No Fingertips import " + id));
        List<BatchIndicator> indicators = new ArrayList<>();
        int findings = 0;
        for (var e : rowsByIndicator(id).entrySet()) {
            Benchmarks.Analysis a = benchmarks.analysisForImport(e.getKey());
            int disagree =
                    (int) a.rows().stream().filter(Benchmarked::disagrees).count();
            findings += disagree;
            indicators.add(new BatchIndicator(
                    e.getKey(),
                    a.indicator().name(),
                    e.getValue(),
                    disagree,
                    a.indicator().publicDisplay()));
        }
        return new BatchPage(batch, indicators, findings);
    }

    /** Approves the figures of every indicator of the batch for public display. */
    @Transactional
    public int approve(long id) {
        BatchPage page = page(id);
        int approved = 0;
        for (BatchIndicator i : page.indicators()) {
            if (!i.publicDisplay()) {
                benchmarks.change(i.id(), new Benchmarks.Change(null, null, null, null, null, true));
                approved++;
            }
        }
        Instant now = clock.instant();
        jdbc.sql("update benchmark_import set approved_at = :at, approved_by = :by where id = :id")
                .param("at", java.sql.Timestamp.from(now))
                .param("by", CurrentUser.name())
                .param("id", id)
                .update();
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("file", page.batch().fileName());
        value.put(
                "indicators", page.indicators().stream().map(BatchIndicator::id).toList());
        value.put("approvedNow", approved);
        audit.record(
                "benchmark-import:" + id,
                AuditAction.UPDATE,
                "benchmark_import",
                String.valueOf(id),
                null,
                value,
                "figures approved for public display");
        return approved;
    }

    /** The indicators whose rows this import brought (rows a later import replaced count there). */
    private Map<Integer, Integer> rowsByIndicator(long id) {
        Map<Integer, Integer> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select i.indicator_id, (select count(*) from benchmark_value v where v.indicator_id = i.indicator_id and v.import_id = :id)
                        from benchmark_indicator i
                        where i.import_id = :id or exists (select 1 from benchmark_value v where v.indicator_id = i.indicator_id and v.import_id = :id)
                        order by i.name, i.indicator_id""").param("id", id).query(rs -> {
            rows.put(rs.getInt(1), rs.getInt(2));
        });
        return rows;
    }

    private static Batch batch(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp approved = rs.getTimestamp("approved_at");
        return new Batch(
                rs.getLong("id"),
                rs.getTimestamp("imported_at").toInstant(),
                rs.getString("actor"),
                rs.getString("file_name"),
                rs.getInt("rows_total"),
                rs.getInt("indicators"),
                approved == null ? null : approved.toInstant(),
                rs.getString("approved_by"));
    }
}
