package org.scrutineer.meetings;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Boards on the public website: who sits on them, their meetings and open actions, and an iCalendar feed of meetings. */
@Controller
public class BoardController {
    private static final DateTimeFormatter ICAL_LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private final Boards boards;
    private final Meetings meetings;
    private final Memberships memberships;
    private final MinuteActions actions;
    private final MeetingSearch search;
    private final java.time.Clock clock;

    public BoardController(Boards boards, Meetings meetings, Memberships memberships, MinuteActions actions, MeetingSearch search,
                           java.time.Clock clock) {
        this.clock = clock;
        this.boards = boards;
        this.meetings = meetings;
        this.memberships = memberships;
        this.actions = actions;
        this.search = search;
    }

    @GetMapping("/boards")
    public String boards(Model model) {
        model.addAttribute("boards", boards.all());
        return "meetings/boards";
    }

    @GetMapping("/boards/{code}")
    public String board(@PathVariable String code, Model model) {
        var board = boards.byCode(code).orElseThrow(() -> new NotFound("No board " + code));
        LocalDate today = LocalDate.now(clock);
        List<Meeting> all = meetings.all(code);
        model.addAttribute("board", board);
        model.addAttribute("members", memberships.serving(code, today));
        model.addAttribute("contact", memberships.contact(code));
        model.addAttribute("meetings", all);
        model.addAttribute("openActions", actions.ofBoard(code).stream().filter(MinuteActions.Action::open).toList());
        model.addAttribute("nextMeeting", all.stream().filter(m -> !m.date().isBefore(today)).findFirst().orElse(null));
        return "meetings/board";
    }

    @GetMapping("/search")
    public String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? List.of() : search.find(q));
        return "meetings/search";
    }

    @GetMapping(value = {"/boards/{code}/meetings.ics"})
    public ResponseEntity<String> boardCalendar(@PathVariable String code) {
        boards.byCode(code).orElseThrow(() -> new NotFound("No board " + code));
        return ical(meetings.all(code));
    }

    @GetMapping("/meetings.ics")
    public ResponseEntity<String> calendar() {
        return ical(meetings.all(null));
    }

    /** RFC 5545: times in Europe/London with the zone named, text escaped, lines folded at 75 octets. */
    ResponseEntity<String> ical(List<Meeting> list) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Scrutineer//Meetings//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-TIMEZONE:Europe/London");
        String stamp = ZonedDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        for (Meeting m : list) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + m.key() + "@scrutineer");
            line(out, "DTSTAMP:" + stamp);
            if (m.startTime() != null) {
                line(out, "DTSTART;TZID=Europe/London:" + m.date().atTime(m.startTime()).format(ICAL_LOCAL));
                line(out, "DTEND;TZID=Europe/London:" + m.date().atTime(m.endTime() != null ? m.endTime() : m.startTime().plusHours(2)).format(ICAL_LOCAL));
            } else {
                line(out, "DTSTART;VALUE=DATE:" + m.date().format(DateTimeFormatter.BASIC_ISO_DATE));
            }
            line(out, "SUMMARY:" + escape(m.boardName()));
            line(out, "LOCATION:" + escape(m.venue()));
            line(out, "STATUS:" + (m.status() == Meeting.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(out, "URL:/meetings/" + m.key());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8")).body(out.toString());
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    static void line(StringBuilder out, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            out.append(content).append("\r\n");
            return;
        }
        // fold on character boundaries so no UTF-8 sequence is split
        int count = 0;
        StringBuilder line = new StringBuilder();
        for (int cp : content.codePoints().toArray()) {
            int size = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
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
