package org.scrutineer.questions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.questions.domain.QuestionRules;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Asking a public question on the public website, without an account: choose a meeting, one short form, check your
 * answers, confirmation with a reference. The draft lives in the visitor's own session only, so no one sees another's
 * question before it is accepted and minuted.
 */
@Controller
class QuestionController {
    static final String DRAFT = "questions.draft";
    static final String SENT = "questions.sent";

    private final Questions questions;

    QuestionController(Questions questions) {
        this.questions = questions;
    }

    @GetMapping("/questions")
    public String start(Model model) {
        model.addAttribute("open", questions.openMeetings());
        model.addAttribute("maxWords", QuestionRules.MAX_WORDS);
        return "questions/start";
    }

    @GetMapping("/questions/ask")
    public String ask(@RequestParam(required = false) String meeting, HttpSession session, Model model) {
        Questions.Draft draft = session.getAttribute(DRAFT) instanceof Questions.Draft d
                        && d.meetingKey().equals(meeting)
                ? d
                : Questions.Draft.empty(meeting);
        return form(draft, new FormErrors(), model);
    }

    private String form(Questions.Draft draft, FormErrors errors, Model model) {
        var open = draft.meetingKey() == null
                ? java.util.Optional.<Questions.OpenMeeting>empty()
                : questions.open(draft.meetingKey());
        if (open.isEmpty()) {
            return "redirect:/questions";
        }
        model.addAttribute("open", open.get());
        model.addAttribute("form", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("maxWords", QuestionRules.MAX_WORDS);
        return "questions/ask";
    }

    @PostMapping("/questions/ask")
    public String submitForm(
            @RequestParam(required = false) String meeting,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String address,
            @RequestParam(defaultValue = "") String postcode,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String organisation,
            @RequestParam(defaultValue = "") String about,
            @RequestParam(defaultValue = "") String question,
            @RequestParam(defaultValue = "") String supplementary,
            @RequestParam(defaultValue = "") String website,
            HttpSession session,
            Model model) {
        if (!website.isEmpty()) {
            // the honeypot: a field people do not see, which scripts fill in; answered as if all was well, and nothing
            // kept
            return "redirect:/questions";
        }
        Questions.Draft draft = new Questions.Draft(
                meeting, name, address, postcode, email, organisation, about, question, supplementary);
        FormErrors errors = questions.check(draft);
        if (errors.has("meeting")) {
            return "redirect:/questions";
        }
        if (errors.any()) {
            return form(draft, errors, model);
        }
        session.setAttribute(DRAFT, draft);
        return "redirect:/questions/check";
    }

    @GetMapping("/questions/check")
    public String check(HttpSession session, Model model) {
        if (!(session.getAttribute(DRAFT) instanceof Questions.Draft draft)) {
            return "redirect:/questions";
        }
        var open = questions.open(draft.meetingKey());
        if (open.isEmpty()) {
            return "redirect:/questions";
        }
        model.addAttribute("open", open.get());
        model.addAttribute("form", draft);
        model.addAttribute(
                "about",
                Questions.Draft.OTHER.equals(draft.about())
                        ? "Another matter on the agenda"
                        : open.get().items().stream()
                                .filter(i -> String.valueOf(i.id()).equals(draft.about()))
                                .map(i -> i.title())
                                .findFirst()
                                .orElse(""));
        model.addAttribute("errors", new FormErrors());
        return "questions/check";
    }

    @PostMapping("/questions/check")
    public String send(
            HttpSession session,
            HttpServletRequest request,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (!(session.getAttribute(DRAFT) instanceof Questions.Draft draft)) {
            return "redirect:/questions";
        }
        try {
            String reference = questions.submit(draft, request.getRemoteAddr());
            session.removeAttribute(DRAFT);
            session.setAttribute(SENT, reference);
            return "redirect:/questions/sent";
        } catch (Questions.Refused e) {
            return form(draft, e.errors(), model);
        } catch (Questions.TooMany e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            FormErrors errors = new FormErrors();
            errors.add("question", e.getMessage());
            return form(draft, errors, model);
        }
    }

    @GetMapping("/questions/sent")
    public String sent(HttpSession session, Model model) {
        if (!(session.getAttribute(SENT) instanceof String reference)) {
            return "redirect:/questions";
        }
        model.addAttribute("reference", reference);
        return "questions/sent";
    }
}
