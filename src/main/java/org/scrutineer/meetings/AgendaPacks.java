package org.scrutineer.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.AgendaNumbering;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.meetings.domain.PageRanges;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.pdf.PdfRenderer;
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
    private final ApplicationEventPublisher events;

    public AgendaPacks(Meetings meetings, Memberships memberships, PdfRenderer pdf, ITemplateEngine templates,
                       ScrutineerProperties properties, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.events = events;
        this.meetings = meetings;
        this.memberships = memberships;
        this.pdf = pdf;
        this.templates = templates;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** One line of the agenda: the pack number, the item and its page range (null when it has no pages). */
    public record AgendaLine(long itemId, String number, String heading, String title, PageRanges.Range pages) {
    }

    /** A pack as built: its bytes, page count, where its numbered pages start, and the agenda it prints. */
    public record Built(byte[] pdf, int pages, int frontPages, List<AgendaLine> agenda) {
    }

    /** The agenda of a meeting's public items, numbered and with page ranges from their documents. */
    public List<AgendaLine> agenda(Meeting meeting) {
        List<AgendaItem> items = meeting.publicItems();
        List<String> numbers = AgendaNumbering.packNumbers(items.stream().map(AgendaItem::heading).toList());
        List<PageRanges.Range> ranges = PageRanges.of(items.stream().map(AgendaItem::pages).toList());
        List<AgendaLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            lines.add(new AgendaLine(item.id(), numbers.get(i), item.heading(), item.title(), ranges.get(i)));
        }
        return lines;
    }

    public Built build(Meeting meeting) {
        List<AgendaLine> agenda = agenda(meeting);
        return assemble(meeting, frontSheet(meeting, agenda), meetings.documentContents(meeting.id(), null), "Page ", agenda);
    }

    /**
     * A supplement: the Part I papers added since the last published pack or supplement, with their own front sheet and
     * page numbers ("Supplement page N"); the published pack stays as it was.
     */
    public Built buildSupplement(Meeting meeting, Instant after) {
        Map<Long, List<byte[]>> contents = meetings.documentContents(meeting.id(), after);
        List<AgendaLine> all = agenda(meeting);
        List<AgendaItem> items = meeting.publicItems().stream().filter(i -> contents.containsKey(i.id())).toList();
        if (items.isEmpty()) {
            throw new IllegalStateException("No papers have been added since the last publication");
        }
        List<PageRanges.Range> ranges = PageRanges.of(items.stream()
                .map(i -> contents.get(i.id()).stream().mapToInt(AgendaPacks::pageCount).sum()).toList());
        List<AgendaLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            long id = items.get(i).id();
            AgendaLine full = all.stream().filter(l -> l.itemId() == id).findFirst().orElseThrow();
            lines.add(new AgendaLine(id, full.number(), full.heading(), full.title(), ranges.get(i)));
        }
        Context context = new Context(Locale.UK);
        context.setVariable("councilName", properties.councilName());
        context.setVariable("meeting", meeting);
        context.setVariable("agenda", lines);
        byte[] front = pdf.render(templates.process("meetings/supplement-front", context), meeting.boardName() + ": supplement");
        return assemble(meeting, front, contents, "Supplement page ", lines);
    }

    private Built assemble(Meeting meeting, byte[] front, Map<Long, List<byte[]>> contents, String label, List<AgendaLine> agenda) {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument pack = new PDDocument()) {
            PDDocument frontDoc = Loader.loadPDF(front);
            sources.add(frontDoc);
            for (PDPage page : frontDoc.getPages()) {
                pack.importPage(page);
            }
            int frontPages = pack.getNumberOfPages();
            for (AgendaItem item : meeting.publicItems()) {
                for (byte[] document : contents.getOrDefault(item.id(), List.of())) {
                    PDDocument source = Loader.loadPDF(document);
                    sources.add(source);
                    for (PDPage page : source.getPages()) {
                        pack.importPage(page);
                    }
                }
            }
            stampPageNumbers(pack, frontPages, label);
            pack.getDocumentInformation().setTitle(meeting.boardName() + ": agenda, " + meeting.date());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pack.save(out);
            return new Built(out.toByteArray(), pack.getNumberOfPages(), frontPages, agenda);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not assemble the agenda papers for " + meeting.key(), e);
        } finally {
            for (PDDocument d : sources) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // closing a read-only source cannot lose anything
                }
            }
        }
    }

    private void stampPageNumbers(PDDocument pack, int frontPages, String label) throws IOException {
        PDType0Font font;
        try (InputStream in = AgendaPacks.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            font = PDType0Font.load(pack, in);
        }
        for (int i = frontPages; i < pack.getNumberOfPages(); i++) {
            PDPage page = pack.getPage(i);
            PDRectangle box = page.getMediaBox();
            String text = label + (i - frontPages + 1);
            float size = 9;
            float width = font.getStringWidth(text) / 1000 * size;
            try (PDPageContentStream stream = new PDPageContentStream(pack, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, box.getLowerLeftY() + 14);
                stream.showText(text);
                stream.endText();
            }
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
        return meetings.all(meeting.boardCode()).stream().map(Meeting::date).filter(d -> d.isAfter(meeting.date())).findFirst();
    }

    /** A published pack: frozen bytes and the agenda as printed. */
    public record Published(long id, int version, String kind, Instant publishedAt, String publishedBy, int pages, String itemPages, long size) {
    }

    @Transactional
    public Published publish(Meeting meeting, String by) {
        Published published = store(meeting, build(meeting), "PACK", by);
        events.publishEvent(new AgendaPackPublished(meeting.id(), meeting.key(), published.id(), published.version()));
        return published;
    }

    /** Publishes the papers added since the last publication as a supplement; null when there are none. */
    public Published publishSupplement(Meeting meeting, String by) {
        Published last = latest(meeting.id()).orElseThrow(() -> new IllegalStateException("Publish the agenda pack first"));
        return store(meeting, buildSupplement(meeting, last.publishedAt()), "SUPPLEMENT", by);
    }

    private Published store(Meeting meeting, Built built, String kind, String by) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from agenda_pack where meeting_id = :m").param("m", meeting.id())
                .query(Integer.class).single();
        StringBuilder itemPages = new StringBuilder();
        for (AgendaLine l : built.agenda()) {
            itemPages.append(l.number()).append(' ').append(l.title()).append(": ").append(l.pages() == null ? "no pages" : l.pages()).append('\n');
        }
        jdbc.sql("""
                        insert into agenda_pack (meeting_id, version, kind, published_by, pages, item_pages, size_bytes, pdf)
                        values (:m, :v, :k, :b, :p, :i, :s, :pdf)""")
                .param("m", meeting.id()).param("k", kind).param("v", version).param("b", by).param("p", built.pages()).param("i", itemPages.toString())
                .param("s", (long) built.pdf().length).param("pdf", built.pdf()).update();
        return latest(meeting.id()).orElseThrow();
    }

    /** The latest full pack (not a supplement). */
    public Optional<Published> latestPack(long meetingId) {
        return all(meetingId).stream().filter(p -> p.kind().equals("PACK")).reduce((a, b) -> b);
    }

    public Optional<Published> latest(long meetingId) {
        return jdbc.sql("""
                        select id, version, kind, published_at, published_by, pages, item_pages, size_bytes from agenda_pack
                        where meeting_id = :m order by version desc limit 1""")
                .param("m", meetingId).query((rs, n) -> new Published(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getLong(8))).optional();
    }

    public List<Published> all(long meetingId) {
        return jdbc.sql("""
                        select id, version, kind, published_at, published_by, pages, item_pages, size_bytes from agenda_pack
                        where meeting_id = :m order by version""")
                .param("m", meetingId).query((rs, n) -> new Published(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getLong(8))).list();
    }

    public Optional<byte[]> pdf(long meetingId, int version) {
        return jdbc.sql("select pdf from agenda_pack where meeting_id = :m and version = :v").param("m", meetingId).param("v", version)
                .query(byte[].class).optional();
    }

    /** Pages of each document, read from the PDF itself (a document that is not a PDF is refused). */
    public static int pageCount(byte[] document) {
        try (PDDocument d = Loader.loadPDF(document)) {
            return d.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not a PDF that can be read", e);
        }
    }

    /** The document's text, for the public search. */
    public static String text(byte[] document) {
        try (PDDocument d = Loader.loadPDF(document)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        } catch (IOException e) {
            throw new IllegalArgumentException("The file is not a PDF that can be read", e);
        }
    }

}
