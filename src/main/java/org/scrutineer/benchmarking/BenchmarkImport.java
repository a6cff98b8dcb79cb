package org.scrutineer.benchmarking;

import java.io.InputStream;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.scrutineer.benchmarking.domain.Benchmarked;
import org.scrutineer.benchmarking.domain.IndicatorAnalysis;
import org.scrutineer.benchmarking.domain.IndicatorSettings;
import org.scrutineer.benchmarking.domain.Observation;
import org.scrutineer.platform.audit.AuditAction;
import org.scrutineer.platform.audit.AuditTrail;
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
 * Imports Fingertips' standard download (CSV or XLSX) whole or not at all, every bad row listed. Rows of indicators
 * Scrutineer does not hold yet are copied straight into the keyed table ({@code benchmark_value}) while the file is
 * still being read, on a second thread: nothing of theirs needs auditing row by row, and a rejected file cancels the
 * copy. Rows of indicators already held replace the rows with the same key, through a staging table, and each
 * indicator's replacement is audited with its counts. Nothing derived is stored (see
 * {@link org.scrutineer.benchmarking.domain.IndicatorAnalysis}); the summary lists what the analysis finds, worked out
 * from the rows as they are read (see {@link Analyser}).
 */
@Service
public class BenchmarkImport {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BenchmarkImport.class);
    static final String VALUE_COLUMNS =
            "indicator_id, area_code, period, sex, age, category_type, category, area_name, area_type,"
                    + " parent_code, parent_name, period_sortable, value, lower_ci95, upper_ci95, lower_ci998, upper_ci998, count, denominator,"
                    + " value_note, recent_trend, compared_england, compared_region, new_data, compared_goal, import_id";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AuditTrail audit;
    private final Benchmarks benchmarks;

    public BenchmarkImport(JdbcClient jdbc, DataSource dataSource, AuditTrail audit, Benchmarks benchmarks) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
        this.benchmarks = benchmarks;
    }

    /** What one indicator of the file brought. */
    public record BenchmarkIndicatorImported(
            int indicatorId, String name, int rows, boolean isNew, int intervalsComputed, int disagreements) {}

    /** A row where the file's own comparison with England is not what Fingertips' rule gives on its figures. */
    public record BenchmarkFinding(
            int indicatorId,
            String areaCode,
            String period,
            String sex,
            String age,
            String category,
            String comparedToEnglandInFile,
            String comparedToEngland) {}

    public record BenchmarkImportSummary(
            long importId,
            String fileName,
            int rows,
            List<BenchmarkIndicatorImported> indicators,
            int findingCount,
            List<BenchmarkFinding> findings) {}

    private static final class Seen {
        String name;
        int rows;
        Observation sample;
        /** A new indicator's rows while they keep coming, analysed for the summary once the next indicator starts. */
        List<Observation> kept;
        /** Its rows are not together in the file: analysed from the table once they are all in. */
        boolean scattered;

        Future<Found> found;

        Seen(boolean isNew) {
            kept = isNew ? new ArrayList<>() : null;
        }

        IndicatorSettings guess() {
            return sample == null
                    ? IndicatorSettings.guess(null, null, null)
                    : IndicatorSettings.guess(sample.value(), sample.count(), sample.denominator());
        }
    }

    /** What the analysis of one indicator found for the summary: its rows that disagree with the file, in order. */
    private record Found(int computed, int disagreeing, List<Benchmarked> listed) {
        static Found of(List<Benchmarked> analysed) {
            int computed = 0;
            List<Benchmarked> disagree = new ArrayList<>();
            for (Benchmarked b : analysed) {
                computed += b.intervalsComputed() ? 1 : 0;
                if (b.disagrees()) {
                    disagree.add(b);
                }
            }
            disagree.sort(Benchmarks.IN_ORDER);
            return new Found(
                    computed,
                    disagree.size(),
                    List.copyOf(disagree.subList(0, Math.min(disagree.size(), RowErrors.LISTED))));
        }
    }

    /**
     * Analyses each new indicator's rows for the summary on a thread of its own while the file is still being read, as
     * soon as the file moves on to the next indicator, so that the summary does not read a million rows back. At most
     * two indicators wait, so that a slow analysis holds back the reading rather than filling the memory.
     */
    private static final class Analyser implements AutoCloseable {
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "benchmark-analysis");
            t.setDaemon(true);
            return t;
        });
        private final Deque<Future<Found>> waiting = new ArrayDeque<>();
        private final Set<String> peers;

        Analyser(Set<String> peers) {
            this.peers = peers;
        }

        void analyse(Seen seen) {
            List<Observation> rows = seen.kept;
            seen.kept = null;
            IndicatorSettings settings = seen.guess();
            waiting.removeIf(Future::isDone);
            if (waiting.size() >= 2) {
                result(waiting.peekFirst());
            }
            seen.found = thread.submit(() -> Found.of(IndicatorAnalysis.analyse(rows, settings, peers)));
            waiting.addLast(seen.found);
        }

        static Found result(Future<Found> found) {
            try {
                return found.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while analysing the imported rows", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Analysing the imported rows failed: " + e.getCause(), e.getCause());
            }
        }

        /**
         * Lets the analyses already handed over finish, then ends the thread. Not shutdownNow: the summary reads their
         * results after the file is closed, and an analysis still queued would be dropped with its future never done,
         * leaving the import waiting for ever (it happened on a slow run).
         */
        @Override
        public void close() {
            thread.shutdown();
        }
    }

    @Transactional
    public BenchmarkImportSummary importFile(String fileName, InputStream input) {
        long started = System.nanoTime();
        Set<Integer> held = new HashSet<>(jdbc.sql("select indicator_id from benchmark_indicator")
                .query(Integer.class)
                .list());
        long importId = jdbc.sql(
                        "insert into benchmark_import (actor, file_name, rows_total, indicators) values (:a, :f, 0, 0) returning id")
                .param("a", CurrentUser.name())
                .param("f", fileName == null ? "" : fileName)
                .query(Long.class)
                .single();
        jdbc.sql("create temp table staged_benchmark (like benchmark_value including defaults) on commit drop")
                .update();
        Map<Integer, Seen> indicators = new LinkedHashMap<>();
        RowErrors errors = new RowErrors();
        KeysSeen keys = new KeysSeen();
        int rows;
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Analyser analyser = new Analyser(benchmarks.council().peers())) {
            StringBuilder replacing = new StringBuilder();
            int[] replaced = {0};
            Seen[] current = {null};
            try (CopyWriter copy = new CopyWriter(
                    connection, "copy benchmark_value (" + VALUE_COLUMNS + ") from stdin with (format text)")) {
                rows = TabularFile.readRows(fileName, input, FingertipsRow.COLUMNS, errors, (line, cells) -> {
                    FingertipsRow row = FingertipsRow.check(line, cells, errors);
                    if (row == null) {
                        return;
                    }
                    Observation o = row.observation();
                    int earlier = keys.add(
                            row.indicatorId(),
                            line,
                            o.areaCode(),
                            o.period(),
                            o.sex(),
                            o.age(),
                            o.categoryType(),
                            o.category());
                    if (earlier != 0) {
                        errors.add(new RowError(
                                line,
                                "",
                                "Duplicate row: indicator " + row.indicatorId() + ", " + o.areaCode() + ", "
                                        + o.period() + ", " + o.sex() + ", " + o.age()
                                        + (o.category().isEmpty() ? "" : ", " + o.category()) + " is already on line "
                                        + earlier));
                        return;
                    }
                    Seen seen = indicators.computeIfAbsent(row.indicatorId(), k -> new Seen(!held.contains(k)));
                    if (seen.name == null) {
                        seen.name = row.indicatorName();
                    }
                    seen.rows++;
                    if (seen.sample == null && o.value() != null && o.count() != null && o.denominator() != null) {
                        seen.sample = o;
                    }
                    if (!errors.isEmpty()) {
                        return; // the file will be refused: stop sending and analysing rows, keep checking
                    }
                    if (seen != current[0]) {
                        if (current[0] != null && current[0].kept != null) {
                            analyser.analyse(current[0]);
                        }
                        if (seen.rows > 1) { // seen before another indicator's rows: analysed from the table
                            seen.scattered = true;
                            seen.kept = null;
                            seen.found = null;
                        }
                        current[0] = seen;
                    }
                    if (seen.kept != null) {
                        seen.kept.add(o);
                    }
                    if (held.contains(row.indicatorId())) {
                        encode(replacing, row, importId);
                        replacing.append('\n');
                        replaced[0]++;
                    } else {
                        encode(copy.row(), row, importId);
                        copy.endRow();
                    }
                });
                if (rows == 0 && errors.isEmpty()) {
                    errors.add(new RowError(2, "", "The file has a header but no data rows"));
                }
                if (!errors.isEmpty()) {
                    throw new ImportRejected(fileName, errors);
                }
                if (current[0] != null && current[0].kept != null) {
                    analyser.analyse(current[0]);
                }
                copy.finish();
            }
            if (replaced[0] > 0) {
                try (CopyWriter staged = new CopyWriter(
                        connection, "copy staged_benchmark (" + VALUE_COLUMNS + ") from stdin with (format text)")) {
                    staged.row().append(replacing, 0, replacing.length() - 1);
                    staged.endRow();
                    staged.finish();
                }
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        long copied = System.nanoTime();
        List<BenchmarkIndicatorImported> imported = new ArrayList<>();
        Map<Integer, Integer> replacedRows = replace();
        for (var e : indicators.entrySet()) {
            int id = e.getKey();
            Seen seen = e.getValue();
            boolean isNew = !held.contains(id);
            if (isNew) {
                benchmarks.create(id, seen.name, seen.guess(), importId);
                audit.record(
                        "benchmark:" + id,
                        AuditAction.IMPORT,
                        "benchmark_value",
                        String.valueOf(id),
                        null,
                        Map.of("created", seen.rows, "import", importId),
                        "import " + importId + " (" + fileName + ") created " + seen.rows + " rows");
            } else {
                benchmarks.renamed(id, seen.name, importId);
                audit.record(
                        "benchmark:" + id,
                        AuditAction.IMPORT,
                        "benchmark_value",
                        String.valueOf(id),
                        null,
                        Map.of("rows", seen.rows, "replaced", replacedRows.getOrDefault(id, 0), "import", importId),
                        "import " + importId + " (" + fileName + ") brought " + seen.rows + " rows, replacing "
                                + replacedRows.getOrDefault(id, 0));
            }
        }
        jdbc.sql("update benchmark_import set rows_total = :r, indicators = :n where id = :id")
                .param("r", rows)
                .param("n", indicators.size())
                .param("id", importId)
                .update();
        List<BenchmarkFinding> findings = new ArrayList<>();
        int findingCount = 0;
        for (var e : indicators.entrySet()) {
            Seen seen = e.getValue();
            Found found = seen.found != null
                    ? Analyser.result(seen.found)
                    : Found.of(benchmarks.analysisForImport(e.getKey()).rows());
            for (Benchmarked b : found.listed()) {
                if (findings.size() >= RowErrors.LISTED) {
                    break;
                }
                Observation o = b.row();
                findings.add(new BenchmarkFinding(
                        e.getKey(),
                        o.areaCode(),
                        o.period(),
                        o.sex(),
                        o.age(),
                        o.category(),
                        b.comparedToEnglandInFile().code(),
                        b.comparedToEngland().code()));
            }
            findingCount += found.disagreeing();
            imported.add(new BenchmarkIndicatorImported(
                    e.getKey(),
                    seen.name,
                    seen.rows,
                    !held.contains(e.getKey()),
                    found.computed(),
                    found.disagreeing()));
        }
        log.info(
                "Imported {}: {} rows checked, copied and analysed in {} ms; the summary was complete {} ms later",
                fileName,
                rows,
                (copied - started) / 1_000_000,
                (System.nanoTime() - copied) / 1_000_000);
        return new BenchmarkImportSummary(importId, fileName, rows, imported, findingCount, findings);
    }

    /** Replaces held rows by the staged rows with the same key; returns how many were replaced, by indicator. */
    private Map<Integer, Integer> replace() {
        Map<Integer, Integer> replaced = new HashMap<>();
        jdbc.sql("""
                with gone as (
                    delete from benchmark_value v using staged_benchmark s
                    where v.indicator_id = s.indicator_id and v.area_code = s.area_code and v.period = s.period and v.sex = s.sex
                      and v.age = s.age and v.category_type = s.category_type and v.category = s.category
                    returning v.indicator_id)
                select indicator_id, count(*)::int as n from gone group by indicator_id""")
                .query((rs, n) -> replaced.put(rs.getInt("indicator_id"), rs.getInt("n")))
                .list();
        jdbc.sql("insert into benchmark_value (" + VALUE_COLUMNS + ") select " + VALUE_COLUMNS
                        + " from staged_benchmark")
                .update();
        return replaced;
    }

    static void encode(StringBuilder out, FingertipsRow row, long importId) {
        Observation o = row.observation();
        out.append(row.indicatorId()).append('\t');
        CopyWriter.text(out, o.areaCode());
        out.append('\t');
        CopyWriter.text(out, o.period());
        out.append('\t');
        CopyWriter.text(out, o.sex());
        out.append('\t');
        CopyWriter.text(out, o.age());
        out.append('\t');
        CopyWriter.text(out, o.categoryType());
        out.append('\t');
        CopyWriter.text(out, o.category());
        out.append('\t');
        CopyWriter.text(out, o.areaName());
        out.append('\t');
        CopyWriter.text(out, o.areaType());
        out.append('\t');
        CopyWriter.text(out, o.parentCode());
        out.append('\t');
        CopyWriter.text(out, row.parentName());
        out.append('\t').append(o.periodSortable()).append('\t');
        CopyWriter.number(out, o.value(), row.number(0));
        out.append('\t');
        CopyWriter.number(out, o.lower95(), row.number(1));
        out.append('\t');
        CopyWriter.number(out, o.upper95(), row.number(2));
        out.append('\t');
        CopyWriter.number(out, o.lower998(), row.number(3));
        out.append('\t');
        CopyWriter.number(out, o.upper998(), row.number(4));
        out.append('\t');
        CopyWriter.number(out, o.count(), row.number(5));
        out.append('\t');
        CopyWriter.number(out, o.denominator(), row.number(6));
        out.append('\t');
        CopyWriter.text(out, o.valueNote());
        out.append('\t');
        CopyWriter.text(out, o.recentTrendInFile());
        out.append('\t');
        CopyWriter.text(out, o.comparedToEnglandInFile());
        out.append('\t');
        CopyWriter.text(out, o.comparedToRegionInFile());
        out.append('\t');
        CopyWriter.text(out, row.newData());
        out.append('\t');
        CopyWriter.text(out, row.comparedToGoal());
        out.append('\t').append(importId);
    }
}
