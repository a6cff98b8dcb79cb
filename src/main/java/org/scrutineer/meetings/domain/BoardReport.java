package org.scrutineer.meetings.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report to a board in the council's standard template: its header block and its numbered paragraphs. */
public record BoardReport(
        String slug,
        String subject,
        String reportTo,
        LocalDate date,
        String reportingOfficer,
        String portfolio,
        String wards,
        Integer sourceLine,
        List<Paragraph> paragraphs) {

    /** A numbered paragraph ("3.10") as written. */
    public record Paragraph(String number, String text, Integer sourceLine) {}

    public BoardReport {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Paragraph number to text, in the report's order. */
    public Map<String, String> paragraphTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        paragraphs.forEach(p -> texts.put(p.number(), p.text()));
        return texts;
    }
}
