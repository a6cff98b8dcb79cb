package org.scrutineer.publishing;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.web.PublicAddress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RSS 2.0 per board: an entry when a meeting's agenda is published and one when its minutes are there to read. Public
 * by the meeting pages' rule (an agenda from its publication date, never a Part II item). Scrutineer keeps no date for
 * minutes, so their entry is dated the day of the meeting.
 */
@Service
@Transactional(readOnly = true)
public class BoardFeed {
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Meetings meetings;
    private final Boards boards;
    private final PublicAddress address;
    private final Clock clock;

    public BoardFeed(Meetings meetings, Boards boards, PublicAddress address, Clock clock) {
        this.meetings = meetings;
        this.boards = boards;
        this.address = address;
        this.clock = clock;
    }

    record Entry(String title, String link, String guid, LocalDate day, String description) {}

    /** The board's feed, or nothing for no such board. */
    public Optional<String> rss(String boardCode) {
        return boards.byCode(boardCode).map(this::rss);
    }

    private String rss(Board board) {
        LocalDate today = LocalDate.now(clock);
        List<Entry> entries = new ArrayList<>();
        for (Meeting head : meetings.all(board.code())) {
            if (!head.agendaIsPublic(today)) {
                continue;
            }
            Meeting m = meetings.byKey(head.key()).orElseThrow();
            String link = address.base() + "/meetings/" + m.key();
            String when = m.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
            entries.add(new Entry(
                    "Agenda: " + board.name() + ", " + when,
                    link,
                    link + "#agenda",
                    m.agendaPublishedOn(),
                    m.publicItems().size() + " public items"
                            + (m.status() == Meeting.Status.CANCELLED ? "; the meeting is cancelled" : "")));
            boolean minutes =
                    m.publicItems().stream().anyMatch(i -> !i.minutes().isBlank());
            if (minutes && !m.date().isAfter(today)) {
                entries.add(new Entry(
                        "Minutes: " + board.name() + ", " + when,
                        link,
                        link + "#minutes",
                        m.date(),
                        "The minutes of the meeting of " + when));
            }
        }
        entries.sort(Comparator.comparing(Entry::day).reversed().thenComparing(Entry::guid));
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("rss");
            x.writeAttribute("version", "2.0");
            x.writeStartElement("channel");
            text(x, "title", board.name() + ": agendas and minutes");
            text(x, "link", address.base() + "/boards/" + board.code());
            text(x, "description", "New agendas and minutes of the " + board.name());
            text(x, "language", "en-gb");
            for (Entry e : entries) {
                x.writeStartElement("item");
                text(x, "title", e.title());
                text(x, "link", e.link());
                text(x, "description", e.description());
                x.writeStartElement("guid");
                x.writeAttribute("isPermaLink", "false");
                x.writeCharacters(e.guid());
                x.writeEndElement();
                text(x, "pubDate", e.day().atStartOfDay(OpenData.LONDON).format(RFC_822));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
