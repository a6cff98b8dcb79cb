package org.scrutineer.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.benchmarking.BenchmarkImport;
import org.scrutineer.benchmarking.Benchmarks;
import org.scrutineer.benchmarking.domain.IndicatorAnalysis;
import org.scrutineer.benchmarking.domain.Observation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmarking (issue 14), run by {@code bench/benchmarking.sh} (not a test):
 * (a) Scrutineer's import of a generated 1,000,000-row Fingertips download (100 indicators × 1,000 areas × 10 years,
 * half the rows without intervals so that they are computed) against PostgreSQL COPY of the same file into a table of
 * the file's 26 columns with the same key and checks;
 * (b) working out every interval, comparison, trend and quintile for 150 areas × 100 indicators × 10 years, in memory
 * and with the reading from PostgreSQL. Prints Markdown rows for docs/benchmarks.md. Arguments: the number of import
 * runs (3), then {@code import}, {@code recompute} or {@code both} (the default).
 */
public class BenchmarkingBench {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String part = args.length > 1 ? args[1] : "both"; // import, recompute or both
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ScrutineerApplication.class)
                .run(
                        "--scrutineer.data-dir=",
                        "--scrutineer.demo=true",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.scrutineer.benchmarking.BenchmarkImport=INFO")) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    Locale.UK,
                    "Machine: %d cores, %,d MB heap, Java %s, %s%n%n",
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / 1024 / 1024,
                    System.getProperty("java.version"),
                    System.getProperty("os.name")));
            if (!part.equals("recompute")) {
                importVersusCopy(app, runs, out);
            }
            if (!part.equals("import")) {
                recompute(app, out);
            }
            System.out.println("\n" + out);
        }
    }

    static Path generate(int indicators, int areas, int years, int firstId) throws Exception {
        Path file = Files.createTempFile("fingertips-", ".csv");
        Random random = new Random(14);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(
                    "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,"
                            + "Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,"
                            + "Value note,Recent Trend,Compared to England value or percentiles,Compared to Region value or percentiles,"
                            + "Time period Sortable,New data,Compared to goal\r\n");
            for (int i = 0; i < indicators; i++) {
                int id = firstId + i;
                String name = "\"Generated indicator " + id + ", a percentage\"";
                for (int a = 0; a < areas; a++) {
                    String code = a == 0
                            ? "E92000001"
                            : a <= 9 ? String.format("E120000%02d", a) : String.format("E06%06d", a);
                    String parent = a == 0 ? "" : a <= 9 ? "E92000001" : String.format("E120000%02d", 1 + a % 9);
                    String type = a == 0 ? "England" : a <= 9 ? "Regions" : "Counties & UAs (from Apr 2023)";
                    int denominator = a == 0 ? 5_000_000 : a <= 9 ? 500_000 : 2_000 + random.nextInt(50_000);
                    for (int y = 0; y < years; y++) {
                        int count = (int) (denominator * (0.2 + 0.1 * random.nextDouble()));
                        double value = 100.0 * count / denominator;
                        String intervals = (a + y) % 2 == 0
                                ? "" + (value - 1) + "," + (value + 1) + "," + (value - 1.5) + "," + (value + 1.5)
                                : ",,,";
                        w.write(id + "," + name + "," + parent + ",," + code + ",Area " + a + "," + type
                                + ",Persons,18+ yrs,,,"
                                + (2014 + y) + "/" + (15 + y) + "," + value + "," + intervals + "," + count + ","
                                + denominator + ",,,"
                                + (a % 3 == 0 ? "Similar" : "") + ",," + (2014 + y) + "0000,,\r\n");
                    }
                }
            }
        }
        return file;
    }

    static void importVersusCopy(ConfigurableApplicationContext app, int runs, StringBuilder out) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        DataSource dataSource = app.getBean(DataSource.class);
        BenchmarkImport imports = app.getBean(BenchmarkImport.class);
        int firstId = 700_000;
        Path file = generate(100, 1000, 10, firstId);
        long size = Files.size(file);
        jdbc.sql("drop table if exists bench_fingertips").update();
        // the file's 26 columns, typed, with the key and checks of benchmark_value
        jdbc.sql("""
                create table bench_fingertips (
                    indicator_id int not null, indicator_name text not null, parent_code text not null, parent_name text not null,
                    area_code text not null, area_name text not null, area_type text not null, sex text not null, age text not null,
                    category_type text not null, category text not null, period text not null, value double precision,
                    lower_ci95 double precision, upper_ci95 double precision, lower_ci998 double precision, upper_ci998 double precision,
                    count double precision, denominator double precision, value_note text, recent_trend text, compared_england text,
                    compared_region text, period_sortable bigint not null, new_data text, compared_goal text,
                    primary key (indicator_id, area_code, period, sex, age, category_type, category),
                    check (lower_ci95 is null or upper_ci95 is null or lower_ci95 <= upper_ci95),
                    check ((count is null or count >= 0) and (denominator is null or denominator >= 0)))""").update();
        List<Double> copy = new ArrayList<>();
        List<Double> scrutineer = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            jdbc.sql("truncate bench_fingertips").update();
            try (Connection c = dataSource.getConnection();
                    InputStream in = Files.newInputStream(file)) {
                long t = System.nanoTime();
                c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(
                                "copy bench_fingertips from stdin with (format csv, header true,"
                                        + " force_not_null (parent_code, parent_name, category_type, category))",
                                in);
                copy.add((System.nanoTime() - t) / 1e6);
            }
            jdbc.sql("delete from benchmark_value where indicator_id >= :a and indicator_id < :b")
                    .param("a", firstId)
                    .param("b", firstId + 100)
                    .update();
            jdbc.sql("delete from benchmark_indicator where indicator_id >= :a and indicator_id < :b")
                    .param("a", firstId)
                    .param("b", firstId + 100)
                    .update();
            jdbc.sql("vacuum analyze benchmark_value").update();
            try (InputStream in = Files.newInputStream(file)) {
                long t = System.nanoTime();
                BenchmarkImport.BenchmarkImportSummary s = imports.importFile("bench.csv", in);
                scrutineer.add((System.nanoTime() - t) / 1e6);
                if (s.rows() != 1_000_000) {
                    throw new IllegalStateException("imported " + s.rows());
                }
                if (run == 0) {
                    out.append(String.format(
                            Locale.UK,
                            "Import summary: %,d rows, %d indicators, %,d intervals computed, %,d findings%n%n",
                            s.rows(),
                            s.indicators().size(),
                            s.indicators().stream()
                                    .mapToInt(BenchmarkImport.BenchmarkIndicatorImported::intervalsComputed)
                                    .sum(),
                            s.findingCount()));
                }
            }
        }
        double c = median(copy);
        double s = median(scrutineer);
        out.append(String.format(
                Locale.UK,
                "| PostgreSQL `COPY` of the 1,000,000-row download (%,d bytes) into a keyed, checked table of its 26 columns, median of %d | %,.0f ms | runs: %s |%n",
                size,
                runs,
                c,
                list(copy)));
        out.append(String.format(
                Locale.UK,
                "| Scrutineer's import of the same file (checks, COPY into `benchmark_value` on a second thread, then every indicator analysed for the summary), median of %d | %,.0f ms | runs: %s |%n",
                runs,
                s,
                list(scrutineer)));
        out.append(String.format(Locale.UK, "| Ratio import / COPY | **%.2f×** | goal ≤ 1.5× |%n", s / c));
        Files.deleteIfExists(file);
        jdbc.sql("drop table bench_fingertips").update();
    }

    static void recompute(ConfigurableApplicationContext app, StringBuilder out) throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        BenchmarkImport imports = app.getBean(BenchmarkImport.class);
        Benchmarks benchmarks = app.getBean(Benchmarks.class);
        int firstId = 800_000;
        Path file = generate(100, 150, 10, firstId);
        try (InputStream in = Files.newInputStream(file)) {
            imports.importFile("recompute.csv", in);
        }
        jdbc.sql("update benchmark_indicator set public_display = true where indicator_id >= :a")
                .param("a", firstId)
                .update();
        List<Double> memory = new ArrayList<>();
        List<Double> withReading = new ArrayList<>();
        List<List<Observation>> loaded = new ArrayList<>();
        List<Benchmarks.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Benchmarks.Analysis a = benchmarks.analysis(firstId + i);
            indicators.add(a.indicator());
            loaded.add(a.rows().stream()
                    .map(org.scrutineer.benchmarking.domain.Benchmarked::row)
                    .toList());
        }
        List<Double> oneQuery = new ArrayList<>();
        int rows = 0;
        int[] read = {0};
        for (int run = 0; run < 15; run++) {
            long t = System.nanoTime();
            rows = 0;
            for (int i = 0; i < 100; i++) {
                rows += IndicatorAnalysis.analyse(
                                loaded.get(i), indicators.get(i).settings(), Set.of())
                        .size();
            }
            memory.add((System.nanoTime() - t) / 1e6);
            t = System.nanoTime();
            read[0] = 0;
            benchmarks.eachAnalysis(a -> read[0] += a.rows().size());
            oneQuery.add((System.nanoTime() - t) / 1e6);
            if (run < 7) { // one query per indicator, as the pages did before: fewer runs, it is the slow way
                t = System.nanoTime();
                for (int i = 0; i < 100; i++) {
                    benchmarks.analysis(firstId + i);
                }
                withReading.add((System.nanoTime() - t) / 1e6);
            }
        }
        List<Double> warmMemory = memory.subList(5, memory.size());
        List<Double> warmOneQuery = oneQuery.subList(5, oneQuery.size());
        List<Double> warmReading = withReading.subList(2, withReading.size());
        out.append(String.format(
                Locale.UK,
                "| Every interval, comparison (England, region), trend and quintile for 150 areas × 100 indicators × 10 years (%,d rows, half without intervals), in memory, warm, median of 10 | %,.0f ms | runs: %s; goal < 1 s |%n",
                rows,
                median(warmMemory),
                list(warmMemory)));
        out.append(String.format(
                Locale.UK,
                "| The same with reading the rows from PostgreSQL in one query (`Benchmarks.eachAnalysis`, as the pages do: %,d rows, every public indicator), warm, median of 10 | %,.0f ms | runs: %s; goal < 1 s |%n",
                read[0],
                median(warmOneQuery),
                list(warmOneQuery)));
        out.append(String.format(
                Locale.UK,
                "| The same with one query per indicator (`Benchmarks.analysis` for each of the 100), warm, median of 5 | %,.0f ms | runs: %s |%n",
                median(warmReading),
                list(warmReading)));
        Files.deleteIfExists(file);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static String list(List<Double> values) {
        return String.join(
                ", ",
                values.stream().map(v -> String.format(Locale.UK, "%,.0f", v)).toList());
    }
}
