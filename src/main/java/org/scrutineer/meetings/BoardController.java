package org.scrutineer.meetings;

import java.time.LocalDate;
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
class BoardController {
    private final Boards boards;
    private final Meetings meetings;
    private final Memberships memberships;
    private final MinuteActions actions;
    private final MeetingSearch search;
    private final MeetingCalendar calendar;
    private final java.time.Clock clock;
    private final SearchAllowance allowance;

    BoardController(
            Boards boards,
            Meetings meetings,
            Memberships memberships,
            MinuteActions actions,
            MeetingSearch search,
            MeetingCalendar calendar,
            java.time.Clock clock,
            SearchAllowance allowance) {
        this.allowance = allowance;
        this.calendar = calendar;
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
        model.addAttribute(
                "openActions",
                actions.ofBoard(code).stream()
                        .filter(MinuteActions.Action::open)
                        .toList());
        model.addAttribute(
                "nextMeeting",
                all.stream().filter(m -> !m.date().isBefore(today)).findFirst().orElse(null));
        return "meetings/board";
    }

    /**
     * The search page: 400 for a search past the bounds, 429 with Retry-After for an anonymous visitor searching faster
     * than {@link SearchAllowance} allows, 503 for a search stopped as too slow; each says why on the page.
     */
    @GetMapping("/search")
    public String search(
            @RequestParam(defaultValue = "") String q,
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("results", List.of());
        if (q.isBlank()) {
            return "meetings/search";
        }
        String refusal = MeetingSearch.refusal(q);
        long wait = refusal != null || org.scrutineer.platform.security.CurrentUser.signedIn()
                ? 0
                : allowance.take(request.getRemoteAddr());
        if (refusal != null) {
            response.setStatus(400);
            model.addAttribute("error", refusal);
        } else if (wait > 0) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(wait));
            model.addAttribute(
                    "error",
                    "You have searched many times in a short time: wait " + wait + (wait == 1 ? " second" : " seconds")
                            + ", then search again");
        } else {
            try {
                model.addAttribute("results", search.find(q));
            } catch (MeetingSearch.TooSlow e) {
                response.setStatus(503);
                response.setHeader("Retry-After", "10");
                model.addAttribute(
                        "error", "The search took too long: search for fewer words, or more particular ones");
            }
        }
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

    private ResponseEntity<String> ical(List<Meeting> list) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .body(calendar.feed(list));
    }
}
