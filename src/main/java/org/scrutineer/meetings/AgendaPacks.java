package org.scrutineer.meetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.AgendaNumbering;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.meetings.domain.PageRanges;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.pdf.BoundPdf;
import org.scrutineer.platform.pdf.PdfRenderer;
import org.scrutineer.platform.web.LondonTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Assembles a meeting's public agenda pack: a front sheet with the membership and the next meeting's date, the agenda
 * with each item's page range worked out from its documents, then every Part I item's documents with "Page N" stamped
 * on each page. Part II items never enter it. Publishing stores the PDF, frozen; building again renumbers everything.
 */
@Service
public class AgendaPacks {
    private final Meetings meetings;
    private final Memberships memberships;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final ScrutineerProperties properties;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;

    public AgendaPacks(
            Meetings meetings,
            Memberships memberships,
            PdfRenderer pdf,
            ITemplateEngine templates,
            ScrutineerProperties properties,
            JdbcClient jdbc,
            java.time.Clock clock,
            ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.meetings = meetings;
        this.memberships = memberships;
        this.pdf = pdf;
        this.templates = templates;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** One line of the agenda: the pack number, the item and its page range (null when it has no pages). */
    public record AgendaLine(long itemId, String number, String heading, String title, PageRanges.Range pages) {}

    /** A pack as built: its bytes, page count, where its numbered pages start, the agenda it prints and the standards it meets. */
    public record Built(byte[] pdf, int pages, int frontPages, List<AgendaLine> agenda, BoundPdf.Standards standards) {}

    /** The agenda of a meeting's public items, numbered and with page ranges from their documents. */
    public List<AgendaLine> agenda(Meeting meeting) {
        List<AgendaItem> items = meeting.publicItems();
        List<String> numbers = AgendaNumbering.packNumbers(
                items.stream().map(AgendaItem::heading).toList());
        List<PageRanges.Range> ranges =
                PageRanges.of(items.stream().map(AgendaItem::pages).toList());
        List<AgendaLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            lines.add(new AgendaLine(item.id(), numbers.get(i), item.heading(), item.title(), ranges.get(i)));
        }
        return lines;
    }

    public Built build(Meeting meeting) {
        List<AgendaLine> agenda = agenda(meeting);
        return assemble(
                meeting,
                frontSheet(meeting, agenda),
                meetings.documentContents(meeting.id(), null),
                "Page ",
                agenda,
                meeting.boardName() + ": agenda, " + LondonTime.date(meeting.date()));
    }

    /** The pack's front sheet and agenda on their own, as rendered before the papers join them. */
    public byte[] frontSheet(Meeting meeting) {
        return frontSheet(meeting, agenda(meeting));
    }

    /**
     * A supplement: the Part I papers added since the last published pack or supplement, with their own front sheet and
     * page numbers ("Supplement page N"); the published pack stays as it was.
     */
    public Built buildSupplement(Meeting meeting, Instant after) {
        Map<Long, List<Meetings.DocumentContent>> contents = meetings.documentContents(meeting.id(), after);
        List<AgendaLine> all = agenda(meeting);
        List<AgendaItem> items = meeting.publicItems().stream()
                .filter(i -> contents.containsKey(i.id()))
                .toList();
        if (items.isEmpty()) {
            throw new IllegalStateException("No papers have been added since the last publication");
        }
        List<PageRanges.Range> ranges = PageRanges.of(items.stream()
                .map(i -> contents.get(i.id()).stream()
                        .mapToInt(d -> pageCount(d.content()))
                        .sum())
                .toList());
        List<AgendaLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            long id = items.get(i).id();
            AgendaLine full =
                    all.stream().filter(l -> l.itemId() == id).findFirst().orElseThrow();
            lines.add(new AgendaLine(id, full.number(), full.heading(), full.title(), ranges.get(i)));
        }
        Context context = new Context(Locale.UK);
        context.setVariable("councilName", properties.councilName());
        context.setVariable("meeting", meeting);
        context.setVariable("agenda", lines);
        byte[] front = pdf.render(
                templates.process("meetings/supplement-front", context), meeting.boardName() + ": supplement");
        return assemble(
                meeting,
                front,
                contents,
                "Supplement page ",
                lines,
                meeting.boardName() + ": supplement to the agenda, " + LondonTime.date(meeting.date()));
    }

    private Built assemble(
            Meeting meeting,
            byte[] front,
            Map<Long, List<Meetings.DocumentContent>> contents,
            String label,
            List<AgendaLine> agenda,
            String title) {
        List<BoundPdf.Part> parts = new ArrayList<>();
        parts.add(new BoundPdf.Part("the front sheet and agenda", front));
        for (AgendaItem item : meeting.publicItems()) {
            for (Meetings.DocumentContent document : contents.getOrDefault(item.id(), List.of())) {
                parts.add(new BoundPdf.Part(document.title(), document.content()));
            }
        }
        int frontPages = pageCount(front);
        try (BoundPdf pack = BoundPdf.of(parts)) {
            for (int i = frontPages; i < pack.pages(); i++) {
                pack.stampFoot(i, label + (i - frontPages + 1), 9);
            }
            byte[] pdf = pack.save(title, "en-GB");
            return new Built(pdf, pack.pages(), frontPages, agenda, pack.standards());
        } catch (BoundPdf.PartUnreadable e) {
            throw new NotBuilt(
                    "the paper \u201c" + e.title() + "\u201d could not be read as a PDF: replace or remove it", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not assemble the agenda papers for " + meeting.key(), e);
        }
    }

    private byte[] frontSheet(Meeting meeting, List<AgendaLine> agenda) {
        Context context = new Context(Locale.UK);
        context.setVariable("councilName", properties.councilName());
        context.setVariable("meeting", meeting);
        context.setVariable("agenda", agenda);
        context.setVariable("members", memberships.serving(meeting.boardCode(), meeting.date()));
        context.setVariable("contact", memberships.contact(meeting.boardCode()));
        context.setVariable("next", nextMeeting(meeting).orElse(null));
        return pdf.render(templates.process("meetings/pack-front", context), meeting.boardName() + ": agenda");
    }

    public Optional<LocalDate> nextMeeting(Meeting meeting) {
        return meetings.all(meeting.boardCode()).stream()
                .map(Meeting::date)
                .filter(d -> d.isAfter(meeting.date()))
                .findFirst();
    }

    /**
     * A published pack: frozen bytes, the agenda as printed, and the standards it met when published (null for packs
     * published before Scrutineer recorded them) with the papers that kept it from meeting them.
     */
    public record Published(
            long id,
            int version,
            String kind,
            Instant publishedAt,
            String publishedBy,
            int pages,
            String itemPages,
            long size,
            Boolean pdfUa,
            Boolean pdfA,
            List<String> notPdfUa,
            List<String> notPdfA) {
        /** Whether it falls short of PDF/UA-1 or PDF/A-3u (or was published before that was recorded), which the meeting page says. */
        public boolean fallsShort() {
            return !Boolean.TRUE.equals(pdfUa) || !Boolean.TRUE.equals(pdfA);
        }
    }

    @Transactional
    public Published publish(Meeting meeting, String by) {
        return publish(meeting, by, clock.instant());
    }

    /** Publishes the pack as at a given moment, for a record of an earlier publication (the demo's packs). */
    @Transactional
    public Published publish(Meeting meeting, String by, Instant at) {
        lock(meeting);
        Published published = store(meeting, build(meeting), "PACK", by, at);
        events.publishEvent(new AgendaPackPublished(meeting.id(), meeting.key(), published.id(), published.version()));
        return published;
    }

    /** Publishes the papers added since the last publication as a supplement; null when there are none. */
    @Transactional
    public Published publishSupplement(Meeting meeting, String by) {
        lock(meeting);
        Published last =
                latest(meeting.id()).orElseThrow(() -> new IllegalStateException("Publish the agenda pack first"));
        return store(meeting, buildSupplement(meeting, last.publishedAt()), "SUPPLEMENT", by, clock.instant());
    }

    /**
     * Takes the meeting's row until the transaction ends: of two publications at once, the second waits and numbers its
     * version after the first (both took the same number, and one was answered with a server error, in 6 rounds of 20).
     */
    private void lock(Meeting meeting) {
        jdbc.sql("select id from meeting where id = :m for no key update")
                .param("m", meeting.id())
                .query(Long.class)
                .single();
    }

    private Published store(Meeting meeting, Built built, String kind, String by, Instant at) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from agenda_pack where meeting_id = :m")
                .param("m", meeting.id())
                .query(Integer.class)
                .single();
        StringBuilder itemPages = new StringBuilder();
        for (AgendaLine l : built.agenda()) {
            itemPages
                    .append(l.number())
                    .append(' ')
                    .append(l.title())
                    .append(": ")
                    .append(l.pages() == null ? "no pages" : l.pages())
                    .append('\n');
        }
        // a published pack is frozen (no updates), so what it meets is written with it
        jdbc.sql("""
                        insert into agenda_pack (meeting_id, version, kind, published_at, published_by, pages, item_pages, size_bytes, pdf,
                                                 pdf_ua, pdf_a, not_pdf_ua, not_pdf_a)
                        values (:m, :v, :k, :at, :b, :p, :i, :s, :pdf, :ua, :a, :notUa, :notA)""")
                .param("at", java.sql.Timestamp.from(at))
                .param("m", meeting.id())
                .param("k", kind)
                .param("v", version)
                .param("b", by)
                .param("p", built.pages())
                .param("i", itemPages.toString())
                .param("s", (long) built.pdf().length)
                .param("pdf", built.pdf())
                .param("ua", built.standards().pdfUa())
                .param("a", built.standards().pdfA())
                .param("notUa", built.standards().notPdfUa().toArray(new String[0]))
                .param("notA", built.standards().notPdfA().toArray(new String[0]))
                .update();
        return latest(meeting.id()).orElseThrow();
    }

    /** A pack that could not be built, and why, in words for the committee officer. */
    public static class NotBuilt extends RuntimeException {
        public NotBuilt(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The latest full pack (not a supplement). */
    public Optional<Published> latestPack(long meetingId) {
        return all(meetingId).stream().filter(p -> p.kind().equals("PACK")).reduce((a, b) -> b);
    }

    public Optional<Published> latest(long meetingId) {
        return jdbc.sql("select " + PUBLISHED + " from agenda_pack where meeting_id = :m order by version desc limit 1")
                .param("m", meetingId)
                .query(AgendaPacks::published)
                .optional();
    }

    public List<Published> all(long meetingId) {
        return jdbc.sql("select " + PUBLISHED + " from agenda_pack where meeting_id = :m order by version")
                .param("m", meetingId)
                .query(AgendaPacks::published)
                .list();
    }

    private static final String PUBLISHED =
            "id, version, kind, published_at, published_by, pages, item_pages, size_bytes, pdf_ua, pdf_a, not_pdf_ua, not_pdf_a";

    private static Published published(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Published(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getInt(6),
                rs.getString(7),
                rs.getLong(8),
                rs.getObject(9, Boolean.class),
                rs.getObject(10, Boolean.class),
                texts(rs.getArray(11)),
                texts(rs.getArray(12)));
    }

    private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    public Optional<byte[]> pdf(long meetingId, int version) {
        return jdbc.sql("select pdf from agenda_pack where meeting_id = :m and version = :v")
                .param("m", meetingId)
                .param("v", version)
                .query(byte[].class)
                .optional();
    }

    /**
     * The most pages a paper may have. A PDF says how many pages it has in its page tree, and says what it likes: two
     * papers claiming 2 billion each overflowed the pack's page numbers. The count is checked against the pages the tree
     * really holds, and bounded: 1,000 pages is more than any paper to a board (Halton's longest packs, every paper
     * together, run to a few hundred), and keeps a pack preview within seconds where a 50,000-page paper took 4 to 5
     * minutes. A longer document goes as volumes, each a paper of its own.
     */
    public static final int MAX_PAGES = 1000;
    /**
     * The most characters of a paper's text kept for search: some 100 pages of dense text, 150 of a typical report.
     * PostgreSQL keeps a text's search vector within 1 MB and refuses the row past it; 300,000 characters cannot come to
     * that whatever the words (at most some 60,000 distinct words of 4 letters, 12 bytes each), and reading stops there,
     * so extracting a paper's text takes a second or two, not minutes.
     */
    public static final int MAX_TEXT = 300_000;

    /** A paper as uploaded: its pages, counted and checked, and its text for search. */
    public record Paper(int pages, String text) {}

    /** An uploaded file that cannot be a paper, and why, in words for the officer. */
    public static class PaperRefused extends IllegalArgumentException {
        public PaperRefused(String message) {
            super(message);
        }
    }

    /** Reads an uploaded paper: refused unless it is a PDF whose page count is real, positive and within {@link #MAX_PAGES}. */
    public static Paper read(String fileName, byte[] document) {
        try (PDDocument d = Loader.loadPDF(document)) {
            int pages = checkedPages(fileName, d);
            return new Paper(pages, text(d));
        } catch (IOException e) {
            throw new PaperRefused("The paper must be a PDF: " + fileName + " could not be read as one");
        }
    }

    private static int checkedPages(String fileName, PDDocument d) {
        int claimed = d.getNumberOfPages();
        int real = 0;
        for (var page : d.getPages()) {
            if (++real > MAX_PAGES) {
                break;
            }
        }
        if (real == 0) {
            throw new PaperRefused(fileName + " has no pages");
        }
        if (real > MAX_PAGES) {
            throw new PaperRefused(fileName + " has more than " + String.format(Locale.UK, "%,d", MAX_PAGES)
                    + " pages, the most a paper may have: split it into volumes and add each as a paper of its own");
        }
        if (claimed != real) {
            throw new PaperRefused(fileName + " is damaged: its page tree says it has "
                    + String.format(Locale.UK, "%,d", claimed) + (claimed == 1 ? " page" : " pages") + " but holds "
                    + real + ". Save it again as a PDF (for example with Print to PDF) and add that");
        }
        return real;
    }

    /** Pages of a PDF, checked as an uploaded paper's are. */
    public static int pageCount(byte[] document) {
        return read("The file", document).pages();
    }

    /** The document's text, for the public search: at most {@link #MAX_TEXT} characters, read no further. */
    public static String text(byte[] document) {
        try (PDDocument d = Loader.loadPDF(document)) {
            return text(d);
        } catch (IOException e) {
            throw new PaperRefused("The file is not a PDF that can be read");
        }
    }

    private static String text(PDDocument d) throws IOException {
        StringBuilder text = new StringBuilder();
        java.io.Writer bounded = new java.io.Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                text.append(chars, offset, Math.min(length, MAX_TEXT - text.length()));
                if (text.length() >= MAX_TEXT) {
                    throw new EnoughText();
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setEndPage(MAX_PAGES);
        try {
            stripper.writeText(d, bounded);
        } catch (EnoughText e) {
            // the rest of the paper is not searched
        }
        return text.toString();
    }

    /** Stops text extraction once {@link #MAX_TEXT} characters are read. */
    private static final class EnoughText extends IOException {
        EnoughText() {
            super("enough text for search");
        }
    }
}
