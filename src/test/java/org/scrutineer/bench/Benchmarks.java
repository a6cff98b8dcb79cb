package org.scrutineer.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.performance.FigureImport;
import org.scrutineer.performance.PriorityReports;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmarks, run by bench/run.sh (not a test): (a) the Q1 2025/26 report PDF, warm, median of repeated runs;
 * (b) importing 1,000,000 generated figures from CSV against PostgreSQL COPY of the same file into a bare table
 * on the same embedded server. Prints a Markdown table for docs/benchmarks.md.
 */
public class Benchmarks {
    public static void main(String[] args) throws Exception {
        boolean financeOnly = args.length > 0 && args[0].equals("finance");
        boolean packOnly = args.length > 0 && args[0].equals("pack");
        int rows = args.length > 0 && !financeOnly && !packOnly ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ScrutineerApplication.class)
                .run(
                        "--scrutineer.data-dir=",
                        "--scrutineer.demo=true",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--logging.level.org.scrutineer.performance.FigureImport=INFO")) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    Locale.UK,
                    "Machine: %d cores, Java %s, %s%n%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"),
                    System.getProperty("os.name")));
            if (packOnly) {
                agendaPack(app, out);
                System.out.println("\n" + out);
                return;
            }
            spendingReport(app, out);
            agendaPack(app, out);
            if (!financeOnly) {
                reportPdf(app, out);
                importVersusCopy(app, rows, runs, out);
            }
            System.out.println("\n" + out);
        }
    }

    /** A 336-page pack from 40 generated papers (16 of 9 pages, 24 of 8), assembled warm, as a committee officer would. */
    static void agendaPack(ConfigurableApplicationContext app, StringBuilder out) throws Exception {
        var meetings = app.getBean(org.scrutineer.meetings.Meetings.class);
        var packs = app.getBean(org.scrutineer.meetings.AgendaPacks.class);
        long board = app.getBean(Boards.class).byCode("HSC-PPB").orElseThrow().id();
        long id = meetings.create(new org.scrutineer.meetings.Meetings.NewMeeting(
                "bench-pack",
                board,
                java.time.LocalDate.of(2026, 3, 24),
                java.time.LocalTime.of(18, 30),
                "Council Chamber",
                org.scrutineer.meetings.domain.Meeting.Status.SCHEDULED,
                "2025/26"));
        int total = 0;
        for (int d = 1; d <= 40; d++) {
            int pages = d <= 16 ? 9 : 8;
            long item = meetings.addItem(
                    id,
                    new org.scrutineer.meetings.Meetings.NewItem(
                            d <= 3 ? "" : "Policy issues, part " + ((d - 4) / 10 + 1),
                            "Generated paper " + d,
                            org.scrutineer.meetings.domain.AgendaItem.Part.I,
                            null,
                            "REPORT",
                            true,
                            "",
                            "",
                            "",
                            null,
                            null));
            byte[] pdf = generatedPaper(d, pages);
            meetings.addDocument(
                    item, "Generated paper " + d, "REPORT", "paper-" + d + ".pdf", pdf, pages, "", "bench");
            total += pages;
        }
        var meeting = meetings.byKey("bench-pack").orElseThrow();
        for (int i = 0; i < 3; i++) {
            packs.build(meeting);
        }
        List<Double> times = new ArrayList<>();
        org.scrutineer.meetings.AgendaPacks.Built built = null;
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            built = packs.build(meeting);
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        if (built.pages() - built.frontPages() != total) {
            throw new IllegalStateException(
                    "pack has " + built.pages() + " pages, expected " + total + " plus the front sheet");
        }
        var demo = meetings.byKey("hsc-2025-09-23").orElseThrow();
        List<Double> demoTimes = new ArrayList<>();
        org.scrutineer.meetings.AgendaPacks.Built demoPack = null;
        for (int i = 0; i < 13; i++) {
            long t = System.nanoTime();
            demoPack = packs.build(demo);
            if (i >= 3) {
                demoTimes.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(demoTimes);
        out.append(String.format(
                Locale.UK,
                "| Agenda pack of the demo meeting of 23 September 2025 (%d pages, %d bytes, rendered papers), warm, 10 runs | median %.0f ms | min %.0f, max %.0f ms |%n",
                demoPack.pages(),
                demoPack.pdf().length,
                demoTimes.get(5),
                demoTimes.get(0),
                demoTimes.get(9)));
        out.append(String.format(
                Locale.UK,
                "| Agenda pack: assemble %d papers (%d numbered pages + %d front pages, %d bytes) with page ranges and stamps, warm, 10 runs | median %.0f ms | min %.0f, max %.0f ms |%n",
                40,
                total,
                built.frontPages(),
                built.pdf().length,
                times.get(5),
                times.get(0),
                times.get(9)));
    }

    static byte[] generatedPaper(int number, int pages) throws Exception {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument();
                var bytes = new java.io.ByteArrayOutputStream()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                doc.addPage(page);
                try (var stream = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    stream.beginText();
                    stream.setFont(font, 11);
                    stream.setLeading(14);
                    stream.newLineAtOffset(60, 780);
                    for (int line = 0; line < 45; line++) {
                        stream.showText("Paper " + number + ", page " + p + ", line " + line
                                + ": the board is asked to note the report.");
                        stream.newLine();
                    }
                    stream.endText();
                }
            }
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    static void spendingReport(ConfigurableApplicationContext app, StringBuilder out) {
        org.scrutineer.finance.SpendingReport report = app.getBean(org.scrutineer.finance.SpendingReport.class);
        for (int i = 0; i < 10; i++) {
            report.renderPdf(report.contents());
        }
        List<Double> check = new ArrayList<>();
        List<Double> render = new ArrayList<>();
        int findings = 0;
        int size = 0;
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            org.scrutineer.finance.SpendingReport.Contents contents = report.contents();
            long checked = System.nanoTime();
            size = report.renderPdf(contents).length;
            check.add((checked - t) / 1e6);
            render.add((System.nanoTime() - checked) / 1e6);
            findings = contents.findings();
        }
        Collections.sort(check);
        Collections.sort(render);
        out.append(String.format(
                Locale.UK,
                "| Spending report: read and check every table and statement held (%d findings), warm, 30 runs | median %.1f ms | min %.1f, max %.1f ms |%n",
                findings,
                check.get(15),
                check.get(0),
                check.get(29)));
        out.append(String.format(
                Locale.UK,
                "| Spending report: render the tagged PDF (%d bytes), warm, 30 runs | median %.0f ms | min %.0f, max %.0f ms |%n",
                size,
                render.get(15),
                render.get(0),
                render.get(29)));
    }

    static void reportPdf(ConfigurableApplicationContext app, StringBuilder out) {
        PriorityReports reports = app.getBean(PriorityReports.class);
        Board board = app.getBean(Boards.class).byCode("HSC-PPB").orElseThrow();
        Period q1 = Period.parse("Q1 2025/26");
        for (int i = 0; i < 10; i++) {
            reports.renderPdf(reports.build(board, q1));
        }
        List<Double> ms = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            size = reports.renderPdf(reports.build(board, q1)).length;
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        out.append(String.format(
                Locale.UK,
                "| Q1 2025/26 report: build from the database + render tagged PDF (%d bytes), warm, 30 runs | median %.0f ms | min %.0f ms, max %.0f ms |%n",
                size,
                ms.get(ms.size() / 2),
                ms.get(0),
                ms.get(ms.size() - 1)));
    }

    static void importVersusCopy(ConfigurableApplicationContext app, int rows, int runs, StringBuilder out)
            throws Exception {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        DataSource ds = app.getBean(DataSource.class);
        FigureImport figureImport = app.getBean(FigureImport.class);
        int perIndicator = 100; // Q1 2000/01 .. Q4 2024/25
        int indicators = (rows + perIndicator - 1) / perIndicator;
        jdbc.sql("insert into board (code, name, short_name) values ('BENCH', 'Benchmark board', 'Benchmark')")
                .update();
        jdbc.sql(
                        "insert into service_area (code, name, board_id) select 'BENCH', 'Benchmark', id from board where code = 'BENCH'")
                .update();
        jdbc.sql("""
                insert into indicator (ref, service_area_id, measure, unit, polarity)
                select 'BENCH-' || g, (select id from service_area where code = 'BENCH'), 'Benchmark ' || g, 'COUNT', 'HIGHER_IS_BETTER'
                from generate_series(1, :n) g""").param("n", indicators).update();
        Path file = Files.createTempFile("scrutineer-bench", ".csv");
        int written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("indicator_ref,kind,period,value,status\n");
            outer:
            for (int i = 1; i <= indicators; i++) {
                for (int y = 2000; y < 2025; y++) {
                    for (int q = 1; q <= 4; q++) {
                        if (written == rows) {
                            break outer;
                        }
                        w.write("BENCH-" + i + ",actual,Q" + q + " " + y + "/" + String.format("%02d", (y + 1) % 100)
                                + "," + ((i * 31 + y * 7 + q) % 1000) + "." + (q * 3) + ",final\n");
                        written++;
                    }
                }
            }
        }
        jdbc.sql("create table bench_copy (indicator_ref text, kind text, period text, value text, status text)")
                .update();
        List<Double> copyMs = new ArrayList<>();
        List<Double> importMs = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            jdbc.sql("truncate bench_copy").update();
            jdbc.sql("vacuum analyze bench_copy").update();
            long t = System.nanoTime();
            try (Connection c = ds.getConnection();
                    Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long n = c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy bench_copy from stdin with (format csv, header true)", r);
                if (n != written) {
                    throw new IllegalStateException("COPY loaded " + n + " rows, expected " + written);
                }
            }
            copyMs.add((System.nanoTime() - t) / 1e6);

            jdbc.sql(
                            "delete from indicator_value where indicator_id in (select id from indicator where ref like 'BENCH-%')")
                    .update();
            jdbc.sql("vacuum analyze indicator_value").update();
            t = System.nanoTime();
            FigureImport.Result result;
            try (var in = Files.newInputStream(file)) {
                result = figureImport.importFile("bench.csv", in);
            }
            importMs.add((System.nanoTime() - t) / 1e6);
            if (result.created() != written) {
                throw new IllegalStateException("import created " + result.created() + " rows, expected " + written);
            }
            System.out.printf(
                    Locale.UK, "run %d: COPY %.0f ms, import %.0f ms%n", run + 1, copyMs.get(run), importMs.get(run));
        }
        Collections.sort(copyMs);
        Collections.sort(importMs);
        double copy = copyMs.get(copyMs.size() / 2);
        double imp = importMs.get(importMs.size() / 2);
        out.append(String.format(
                Locale.UK,
                "| COPY of the %,d-row CSV (%,d bytes) into a bare table, median of %d | %.0f ms | %.0f rows/s |%n",
                written,
                Files.size(file),
                runs,
                copy,
                written / (copy / 1000)));
        out.append(String.format(
                Locale.UK,
                "| Scrutineer import of the same file (check every row, COPY to staging, insert with keys, audit), median of %d | %.0f ms | %.0f rows/s |%n",
                runs,
                imp,
                written / (imp / 1000)));
        out.append(String.format(Locale.UK, "| Ratio import / COPY | %.2f× | goal ≤ 2× |%n", imp / copy));
        Files.deleteIfExists(file);
    }
}
