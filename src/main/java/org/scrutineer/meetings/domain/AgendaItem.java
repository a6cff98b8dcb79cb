package org.scrutineer.meetings.domain;

import java.util.List;

/**
 * An item on a meeting's agenda: its place, heading and title; Part I (in public) or Part II (exempt under a paragraph
 * of Schedule 12A to the Local Government Act 1972); the report's header; its documents; and, once held, its minutes.
 */
public record AgendaItem(long id, int position, String heading, String title, Part part, Integer exemptionParagraph, String kind,
                         boolean minuted, String minuteNumber, String reportingOfficer, String portfolio, String wards, String link,
                         String minutes, List<String> resolutions, String printedPages, List<Document> documents) {

    public enum Part {
        I, II;

        /** The one rule for what the public may see: Part II items are exempt and are never published. */
        public boolean isPublic() {
            return this == I;
        }
    }

    /** A document attached to an item (its bytes are read only when downloaded or assembled). */
    public record Document(long id, String title, String kind, String fileName, int pages, long size) {
        /** "PDF 228 KB", as the council's website shows documents. */
        public String sizeWords() {
            return "PDF " + Math.max(1, Math.round(size / 1024.0)) + " KB";
        }
    }

    public AgendaItem {
        resolutions = List.copyOf(resolutions);
        documents = List.copyOf(documents);
        if (part == Part.II && exemptionParagraph == null) {
            throw new IllegalArgumentException("A Part II item must name its exemption paragraph of Schedule 12A");
        }
    }

    public boolean isPublic() {
        return part.isPublic();
    }

    public int pages() {
        return documents.stream().mapToInt(Document::pages).sum();
    }
}
