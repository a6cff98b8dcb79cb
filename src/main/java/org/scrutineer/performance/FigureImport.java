package org.scrutineer.performance;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.scrutineer.performance.domain.FigureValue;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.PeriodFormatException;
import org.scrutineer.performance.domain.ValueStatus;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.imports.RowError;
import org.scrutineer.platform.imports.RowErrors;
import org.scrutineer.platform.imports.TabularFile;
import org.scrutineer.platform.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports indicator figures (actuals) and targets from CSV or XLSX in the layout of docs/import-format.md:
 * {@code indicator_ref,kind,period,value,status}. The whole file is checked first and every bad row listed;
 * only a clean file is written, in one transaction, streamed to PostgreSQL with COPY.
 * New figures point at their import batch (who, when, which file); corrected figures are audited one by one.
 */
@Service
public class FigureImport {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FigureImport.class);
    public static final List<String> COLUMNS = List.of("indicator_ref", "kind", "period", "value", "status");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PerformanceRepository repository;

    public FigureImport(JdbcClient jdbc, DataSource dataSource, PerformanceRepository repository) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.repository = repository;
    }

    public record Result(long importId, int rows, int created, int updated) {}

    /**
     * Checks the file row by row while streaming the good rows to PostgreSQL (COPY into a temporary table), so the
     * server loads while the file is still being read. If any row is wrong, the copy is abandoned, the transaction
     * rolls back and every error is reported: nothing lands.
     */
    @Transactional
    public Result importFile(String fileName, InputStream input) {
        long started = System.nanoTime();
        jdbc.sql("""
                create temp table staged_figure (indicator_id bigint, kind text, period text, period_start date,
                    period_end date, value numeric, status text) on commit drop""").update();
        int rows;
        Map<String, Long> ids =
                repository.indicatorIds(); // before the copy starts: the connection is busy while copying
        try (StagedCopy copy = new StagedCopy()) {
            rows = check(fileName, input, ids, copy::add);
            copy.finish();
        }
        long checked = System.nanoTime();
        Result result = write(fileName, rows);
        log.info(
                "Imported {}: {} rows checked and copied in {} ms, written in {} ms",
                fileName,
                result.rows(),
                (checked - started) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        return result;
    }

    /** What makes two rows of one file the same figure. */
    private record RowKey(String ref, String kind, Period period) {}

    /** A checked row, ready for COPY. */
    record Row(long indicatorId, String kind, Period period, BigDecimal value, ValueStatus status) {}

    /** Checks every row, handing each good one to {@code sink}; throws with every error found. Returns the row count. */
    int check(String fileName, InputStream input, Map<String, Long> ids, java.util.function.Consumer<Row> sink) {
        Map<String, Period> periods = new HashMap<>();
        Map<RowKey, Integer> seen = new HashMap<>(1 << 16);
        RowErrors errors = new RowErrors();
        int[] rows = {0};
        TabularFile.readRows(fileName, input, COLUMNS, errors, (line, cells) -> {
            int before = errors.size();
            String ref = cells.get("indicator_ref");
            String kind = cells.get("kind").toLowerCase(Locale.ROOT);
            String periodText = cells.get("period");
            String valueText = cells.get("value");
            String statusText = cells.get("status");

            Long id = ids.get(ref);
            if (ref.isEmpty()) {
                errors.add(new RowError(line, "indicator_ref", "The indicator ref is empty"));
            } else if (id == null) {
                errors.add(new RowError(line, "indicator_ref", "There is no indicator '" + ref + "'"));
            }
            if (!kind.equals("actual") && !kind.equals("target")) {
                errors.add(new RowError(
                        line, "kind", "'" + cells.get("kind") + "' is not a kind: expected actual or target"));
            }
            Period period = periods.get(periodText);
            if (period == null) {
                try {
                    period = Period.parse(periodText);
                    periods.put(periodText, period);
                } catch (PeriodFormatException e) {
                    errors.add(new RowError(line, "period", e.getMessage()));
                }
            }
            if (period != null && period.isStanding() && kind.equals("actual")) {
                errors.add(
                        new RowError(line, "period", "An actual figure needs a period; only a target can be standing"));
            }
            ValueStatus status = ValueStatus.FINAL;
            if (kind.equals("target")) {
                if (!statusText.isEmpty() && !statusText.equalsIgnoreCase("final")) {
                    errors.add(new RowError(line, "status", "A target has no status: leave it empty or write final"));
                }
            } else if (!statusText.isEmpty()) {
                try {
                    status = ValueStatus.fromCode(statusText);
                } catch (IllegalArgumentException e) {
                    errors.add(new RowError(line, "status", e.getMessage()));
                }
            }
            BigDecimal value = null;
            if (valueText.isEmpty()) {
                if (status != ValueStatus.NOT_AVAILABLE) {
                    errors.add(new RowError(
                            line, "value", "The value is empty; write the figure, or status not_available"));
                }
            } else if (!FigureValue.isPlainNumber(valueText)) {
                errors.add(new RowError(
                        line,
                        "value",
                        "'" + valueText + "' is not a number (write e.g. 2206 or 62.2, without commas or %)"));
            } else if (!FigureValue.fits(new BigDecimal(valueText))) {
                errors.add(new RowError(
                        line, "value", "'" + valueText + "' has more digits than a figure may: " + FigureValue.DIGITS));
            } else if (status == ValueStatus.NOT_AVAILABLE) {
                errors.add(new RowError(line, "value", "A figure that is not yet available has no value"));
            } else {
                value = new BigDecimal(valueText);
            }
            if (period != null && !ref.isEmpty()) {
                Integer earlier = seen.putIfAbsent(new RowKey(ref, kind, period), line);
                if (earlier != null) {
                    errors.add(new RowError(
                            line,
                            "",
                            "Duplicate row: " + ref + " " + kind + " " + period.label() + " is already on line "
                                    + earlier));
                }
            }
            if (errors.size() == before && errors.isEmpty()) {
                sink.accept(new Row(id, kind, period, value, status));
            }
            if (errors.size() == before) {
                rows[0]++;
            }
        });
        if (seen.isEmpty() && errors.isEmpty() && rows[0] == 0) {
            errors.add(new RowError(2, "", "The file has a header but no data rows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(fileName, errors);
        }
        return rows[0];
    }

    private Result write(String fileName, int rows) {
        String actor = CurrentUser.name();
        long importId = jdbc.sql(
                        "insert into import_batch (actor, file_name, rows_total, created, updated) values (:a, :f, :n, 0, 0) returning id")
                .param("a", actor)
                .param("f", fileName)
                .param("n", rows)
                .query(Long.class)
                .single();
        jdbc.sql("analyze staged_figure").update();
        // take the rows of the indicators the file refers to, as a single save takes its indicator's (in id order, so
        // two imports cannot deadlock): a save in progress finishes first, and each audit row's old value is the one
        // that save left, not the one before it
        jdbc.sql("""
                        select i.id from indicator i
                        where i.id in (select distinct indicator_id from staged_figure) order by i.id for no key update""").query(Long.class).list();
        String note = "import " + importId + " (" + fileName + ")";
        int updated = correct(ACTUALS, actor, importId, note) + correct(TARGETS, actor, importId, note);
        int created = create(ACTUALS, actor, importId, note) + create(TARGETS, actor, importId, note);
        jdbc.sql("update import_batch set created = :c, updated = :u where id = :id")
                .param("c", created)
                .param("u", updated)
                .param("id", importId)
                .update();
        return new Result(importId, rows, created, updated);
    }

    /** Where actual figures and targets differ: their table, their kind in the file, what counts as a change. */
    private record Kind(
            String table,
            String kind,
            String entity,
            String changed,
            String oldJson,
            String newJson,
            String columns,
            String values,
            String set) {}

    private static final Kind ACTUALS = new Kind(
            "indicator_value",
            "actual",
            "indicator_value",
            "t.value is distinct from s.value or t.status <> s.status",
            "jsonb_build_object('period', t.period, 'value', t.value, 'status', t.status)",
            "jsonb_build_object('period', s.period, 'value', s.value, 'status', s.status)",
            "indicator_id, period, period_start, period_end, value, status, import_id",
            "s.indicator_id, s.period, s.period_start, s.period_end, s.value, s.status",
            "value = s.value, status = s.status, version = t.version + 1");
    private static final Kind TARGETS = new Kind(
            "indicator_target",
            "target",
            "indicator_target",
            "t.value is distinct from s.value",
            "jsonb_build_object('period', t.period, 'value', t.value)",
            "jsonb_build_object('period', s.period, 'value', s.value)",
            "indicator_id, period, period_start, period_end, value, import_id",
            "s.indicator_id, s.period, s.period_start, s.period_end, s.value",
            "value = s.value, version = t.version + 1");

    /** Corrects figures that exist with another value, auditing each with its old and new value. */
    private int correct(Kind k, String actor, long importId, String note) {
        jdbc.sql("""
                insert into audit_event (actor, action, entity_type, entity_key, scope, old_value, new_value, note)
                select :actor, 'update', '%s', i.ref || ' ' || s.period, 'indicator:' || i.ref, %s, %s, :note
                from staged_figure s
                join %s t on t.indicator_id = s.indicator_id and t.period = s.period
                join indicator i on i.id = s.indicator_id
                where s.kind = '%s' and (%s)""".formatted(k.entity(), k.oldJson(), k.newJson(), k.table(), k.kind(), k.changed()))
                .param("actor", actor)
                .param("note", note)
                .update();
        return jdbc.sql("""
                update %s t set %s, import_id = :importId from staged_figure s
                where t.indicator_id = s.indicator_id and t.period = s.period and s.kind = '%s' and (%s)""".formatted(k.table(), k.set(), k.kind(), k.changed()))
                .param("importId", importId)
                .update();
    }

    /** Inserts figures that are new, with one audit row per indicator saying how many this import created. */
    private int create(Kind k, String actor, long importId, String note) {
        return jdbc.sql("""
                with created as (
                    insert into %1$s (%2$s)
                    select %3$s, :importId from staged_figure s
                    where s.kind = '%4$s'
                      and not exists (select 1 from %1$s t where t.indicator_id = s.indicator_id and t.period = s.period)
                    returning indicator_id, period_start, period_end),
                audited as (
                    insert into audit_event (actor, action, entity_type, entity_key, scope, new_value, note)
                    select :actor, 'import', '%5$s', i.ref, 'indicator:' || i.ref,
                           jsonb_build_object('created', count(*), 'from', min(c.period_start), 'to', max(c.period_end), 'import', :importId),
                           :note || ' created ' || count(*) || ' ' || '%4$s' || case when count(*) = 1 then '' else 's' end
                    from created c join indicator i on i.id = c.indicator_id group by i.ref
                    returning (new_value ->> 'created')::int as n)
                select coalesce(sum(n), 0)::int from audited""".formatted(k.table(), k.columns(), k.values(), k.kind(), k.entity()))
                .param("importId", importId)
                .param("actor", actor)
                .param("note", note)
                .query(Integer.class)
                .single();
    }

    /** COPY into the staging table on the transaction's connection, fed in 1 MB chunks as rows pass their checks. */
    private final class StagedCopy implements AutoCloseable {
        private final Connection connection = DataSourceUtils.getConnection(dataSource);
        private final StringBuilder chunk = new StringBuilder(1 << 20);
        private final CopyIn in;
        private boolean done;

        StagedCopy() {
            try {
                in = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy staged_figure from stdin with (format text)");
            } catch (SQLException e) {
                DataSourceUtils.releaseConnection(connection, dataSource);
                throw new IllegalStateException("Could not start copying rows into PostgreSQL", e);
            }
        }

        void add(Row r) {
            chunk.append(r.indicatorId())
                    .append('\t')
                    .append(r.kind())
                    .append('\t')
                    .append(r.period().label())
                    .append('\t')
                    .append(
                            r.period().start() == null
                                    ? "\\N"
                                    : r.period().start().toString())
                    .append('\t')
                    .append(r.period().end() == null ? "\\N" : r.period().end().toString())
                    .append('\t')
                    .append(r.value() == null ? "\\N" : r.value().toPlainString())
                    .append('\t')
                    .append(r.status().name())
                    .append('\n');
            if (chunk.length() > (1 << 20) - 256) {
                flush();
            }
        }

        void finish() {
            flush();
            try {
                in.endCopy();
                done = true;
            } catch (SQLException e) {
                throw new IllegalStateException("Copying the checked rows into PostgreSQL failed", e);
            }
        }

        private void flush() {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            chunk.setLength(0);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("Copying the checked rows into PostgreSQL failed", e);
            }
        }

        @Override
        public void close() {
            try {
                if (!done && in.isActive()) {
                    in.cancelCopy();
                }
            } catch (SQLException e) {
                log.debug("Cancelling the copy of a rejected file", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }
}
