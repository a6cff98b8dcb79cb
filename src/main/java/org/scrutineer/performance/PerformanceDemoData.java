package org.scrutineer.performance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Symbol;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.demo.DemoData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Halton's Q1 2025/26 Public Health performance data, transcribed from the board's agenda pack
 * (src/main/resources/demo/halton/performance). Figures go through the same import as an officer's upload,
 * and the Q1 2025/26 report is published, as it was to the board, on the date it went out with the agenda.
 */
@Component
class PerformanceDemoData implements DemoData {
    private static final String FOLDER = "/demo/halton/performance/";

    private final JdbcClient jdbc;
    private final IndicatorImport indicators;
    private final FigureImport figures;
    private final PriorityReports reports;
    private final Boards boards;

    public PerformanceDemoData(
            JdbcClient jdbc, IndicatorImport indicators, FigureImport figures, PriorityReports reports, Boards boards) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.figures = figures;
        this.reports = reports;
        this.boards = boards;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        int[] position = {0};
        rows(
                "service-areas.csv",
                r -> jdbc.sql("""
                        insert into service_area (code, name, board_id, position)
                        select :code, :name, id, :pos from board where code = :board""")
                        .param("code", r.get("code"))
                        .param("name", r.get("name"))
                        .param("board", r.get("board_code"))
                        .param("pos", ++position[0])
                        .update());
        indicators.importFile("indicators.csv", open("indicators.csv"));
        figures.importFile("values.csv", open("values.csv"));
        rows(
                "objectives.csv",
                r -> jdbc.sql("""
                        insert into objective (ref, service_area_id, title, milestone, position)
                        select :ref, id, :title, :milestone, :pos from service_area where code = :area""")
                        .param("ref", r.get("ref"))
                        .param("title", r.get("title"))
                        .param("milestone", r.get("milestone"))
                        .param("area", r.get("service_area"))
                        .param("pos", ++position[0])
                        .update());
        rows(
                "milestone-progress.csv",
                r -> jdbc.sql("""
                        insert into milestone_progress (objective_id, quarter, progress, commentary)
                        select id, :q, :p, :c from objective where ref = :ref""")
                        .param("ref", r.get("ref"))
                        .param("q", Period.parse(r.get("quarter")).label())
                        .param("p", Symbol.fromCode(r.get("progress")).name())
                        .param("c", r.get("commentary"))
                        .update());
        rows(
                "indicator-commentary.csv",
                r -> jdbc.sql("""
                        insert into indicator_commentary (indicator_id, quarter, commentary)
                        select id, :q, :c from indicator where ref = :ref""")
                        .param("ref", r.get("ref"))
                        .param("q", Period.parse(r.get("quarter")).label())
                        .param("c", r.get("commentary"))
                        .update());
        rows(
                "narrative.csv",
                r -> jdbc.sql("""
                        insert into report_narrative (board_id, quarter, service_area_id, section, position, heading, text)
                        select a.board_id, :q, a.id, :s, :pos, :h, :t from service_area a where a.code = :area""")
                        .param("q", Period.parse(r.get("quarter")).label())
                        .param("s", r.get("section").toUpperCase())
                        .param("pos", ++position[0])
                        .param("h", r.get("heading"))
                        .param("t", r.get("text"))
                        .param("area", r.get("service_area"))
                        .update());
        // the report went out with the board's agenda, on the date publication.csv gives, not the day the demo loads
        rows(
                "publication.csv",
                r -> reports.publish(
                        boards.byCode(r.get("board")).orElseThrow(),
                        Period.parse(r.get("quarter")),
                        r.get("checks_reason"),
                        java.time.LocalDate.parse(r.get("published_on"))
                                .atTime(java.time.LocalTime.parse(r.get("published_time")))
                                .atZone(org.scrutineer.platform.web.LondonTime.LONDON)
                                .toInstant()));
    }

    private static InputStream open(String file) {
        InputStream in = PerformanceDemoData.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("Demo file missing: " + FOLDER + file);
        }
        return in;
    }

    private static void rows(String file, Consumer<CSVRecord> each) {
        try (InputStream in = open(file);
                CSVParser parser = CSVParser.parse(
                        new InputStreamReader(in, StandardCharsets.UTF_8),
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            List<CSVRecord> records = parser.getRecords();
            records.forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
