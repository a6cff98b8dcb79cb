package org.scrutineer.meetings.domain;

import java.util.List;

/**
 * An item on a meeting's agenda: its place, heading and title; Part I (in public) or Part II (exempt under a paragraph
 * of Schedule 12A to the Local Government Act 1972); the report's header; its documents; the agenda's own text under it
 * (an item brought in from ModernGov); and, once held, its minutes.
 */
public record AgendaItem(
        long id,
        int position,
        String heading,
        String title,
        Part part,
        Integer exemptionParagraph,
        String kind,
        boolean minuted,
        String minuteNumber,
        String reportingOfficer,
        String portfolio,
        String wards,
        String link,
        String minutes,
        List<String> resolutions,
        String printedPages,
        List<Document> documents,
        String agendaText) {

    /**
     * The longest title an item or paper may have. Titles name files and downloads (a 10,000-character title made a
     * response header too long to send); Halton's longest run to some 150 characters.
     */
    public static final int MAX_TITLE = 300;

    public enum Part {
        I,
        II;

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
        agendaText = agendaText == null ? "" : agendaText;
        // a Part II item names its paragraph of Schedule 12A, except one imported from a ModernGov site, which marks an
        // item restricted without saying why (the database holds the rule: V8 and V23)
    }

    public boolean isPublic() {
        return part.isPublic();
    }

    /** The pages of the item's papers, added without overflowing (papers stored before their counts were checked may claim billions). */
    public int pages() {
        return (int) Math.min(
                Integer.MAX_VALUE, documents.stream().mapToLong(Document::pages).sum());
    }
}
