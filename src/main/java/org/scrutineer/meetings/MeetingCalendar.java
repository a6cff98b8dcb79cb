package org.scrutineer.meetings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.web.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * Meetings as an iCalendar feed (RFC 5545) that calendar programs subscribe to: times in Europe/London with the zone
 * described in the feed itself, links to each meeting's page at the public address, text escaped, lines folded at 75
 * octets.
 */
@Component
class MeetingCalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * RFC 5545 (3.2.19) needs a VTIMEZONE for every TZID a feed uses; without it clients such as Mozilla's read the
     * times as floating, in the reader's own zone. UK time since 1996 (the EU rule, kept by the Summer Time Order
     * 2002): British Summer Time from 01:00 GMT on the last Sunday of March to 01:00 GMT (02:00 BST) on the last
     * Sunday of October.
     */
    static final List<String> EUROPE_LONDON = List.of(
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19960331T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19961027T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private final PublicAddress address;
    private final Clock clock;

    MeetingCalendar(PublicAddress address, Clock clock) {
        this.address = address;
        this.clock = clock;
    }

    public String feed(List<Meeting> meetings) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Scrutineer//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-TIMEZONE:Europe/London");
        EUROPE_LONDON.forEach(l -> line(out, l));
        String stamp = UTC.format(clock.instant());
        for (Meeting m : meetings) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + m.key() + "@scrutineer");
            line(out, "DTSTAMP:" + stamp);
            if (m.startTime() != null) {
                line(
                        out,
                        "DTSTART;TZID=Europe/London:"
                                + m.date().atTime(m.startTime()).format(LOCAL));
                line(
                        out,
                        "DTEND;TZID=Europe/London:"
                                + m.date()
                                        .atTime(
                                                m.endTime() != null
                                                        ? m.endTime()
                                                        : m.startTime().plusHours(2))
                                        .format(LOCAL));
            } else {
                line(out, "DTSTART;VALUE=DATE:" + m.date().format(DateTimeFormatter.BASIC_ISO_DATE));
            }
            line(out, "SUMMARY:" + escape(m.boardName()));
            if (!m.venue().isBlank()) {
                line(out, "LOCATION:" + escape(m.venue()));
            }
            line(out, "STATUS:" + (m.status() == Meeting.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(out, "URL:" + address.url("/meetings/" + m.key()));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * TEXT as RFC 5545 (3.3.11) writes it: backslash, semicolon and comma escaped, a line break of any kind (CRLF, CR
     * alone or LF alone) as {@code \n}, and no other control character, which TEXT may not hold. A bare CR in a venue
     * passed through unescaped and ended the line for some readers, so the rest of it was read as a property of its own.
     */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\n", "\\n")
                .replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        // fold on character boundaries so no UTF-8 sequence is split
        int count = 0;
        StringBuilder line = new StringBuilder();
        for (int cp : content.codePoints().toArray()) {
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (count + size > 74) {
                out.append(line).append("\r\n ");
                line.setLength(0);
                count = 0;
            }
            line.appendCodePoint(cp);
            count += size;
        }
        out.append(line).append("\r\n");
    }
}
