package org.scrutineer.meetings;

import java.util.List;
import org.scrutineer.platform.boards.Boards;
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
    private final MeetingPages pages;
    private final MeetingSearch search;
    private final SearchAllowance allowance;

    BoardController(Boards boards, MeetingPages pages, MeetingSearch search, SearchAllowance allowance) {
        this.boards = boards;
        this.pages = pages;
        this.search = search;
        this.allowance = allowance;
    }

    @GetMapping("/boards")
    public String boards(Model model) {
        model.addAttribute("boards", boards.all());
        return "meetings/boards";
    }

    @GetMapping("/boards/{code}")
    String board(@PathVariable String code, Model model) {
        MeetingPages.BoardPage page = pages.board(code);
        model.addAttribute("board", page.board());
        model.addAttribute("members", page.members());
        model.addAttribute("contact", page.contact());
        model.addAttribute("meetings", page.meetings());
        model.addAttribute("openActions", page.openActions());
        model.addAttribute("nextMeeting", page.nextMeeting());
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
    ResponseEntity<String> boardCalendar(@PathVariable String code) {
        return ical(pages.calendarFeed(code));
    }

    @GetMapping("/meetings.ics")
    ResponseEntity<String> calendar() {
        return ical(pages.calendarFeed(null));
    }

    private static ResponseEntity<String> ical(String feed) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .body(feed);
    }
}
