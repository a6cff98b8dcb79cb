package org.scrutineer.meetings;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.meetings.domain.BoardReport;
import org.scrutineer.platform.demo.DemoFile;

/**
 * Reads board reports from two CSV files: {@code report,subject,report_to,report_date,reporting_officer,portfolio,wards,
 * source_line,tables} and {@code report,number,text,source_line}. The tables column names, "|"-separated, the finance
 * tables the report prints.
 */
public final class BoardReportFile {
    private BoardReportFile() {}

    /** A report read from file and the ids of the tables it prints. */
    public record Entry(BoardReport report, List<String> tables) {}

    public static List<Entry> read(InputStream reports, InputStream paragraphs) {
        Map<String, List<BoardReport.Paragraph>> bySlug = new LinkedHashMap<>();
        for (CSVRecord r : DemoFile.records(paragraphs)) {
            bySlug.computeIfAbsent(r.get("report"), k -> new ArrayList<>())
                    .add(new BoardReport.Paragraph(r.get("number"), r.get("text"), integer(r.get("source_line"))));
        }
        List<Entry> result = new ArrayList<>();
        for (CSVRecord r : DemoFile.records(reports)) {
            String slug = r.get("report");
            BoardReport report = new BoardReport(
                    slug,
                    r.get("subject"),
                    r.get("report_to"),
                    r.get("report_date").isBlank() ? null : LocalDate.parse(r.get("report_date")),
                    r.get("reporting_officer"),
                    r.get("portfolio"),
                    r.get("wards"),
                    integer(r.get("source_line")),
                    bySlug.getOrDefault(slug, List.of()));
            List<String> tables = r.get("tables").isBlank()
                    ? List.of()
                    : List.of(r.get("tables").split("\\|"));
            result.add(new Entry(report, tables));
        }
        return result;
    }

    private static Integer integer(String v) {
        return v == null || v.isBlank() ? null : Integer.valueOf(v);
    }
}
