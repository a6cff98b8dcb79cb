package org.scrutineer.questions;

import org.scrutineer.meetings.ClosureDays;
import org.scrutineer.platform.mail.Outbox;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.Texts;
import org.scrutineer.questions.domain.Ground;
import org.scrutineer.questions.domain.Moderation;
import org.scrutineer.questions.domain.QuestionState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee services officer's side: decide questions, the running order, responses, mail and closure days. */
@Controller
class QuestionModerationController {
    private final QuestionRegister register;
    private final Outbox outbox;
    private final ClosureDays closureDays;
    private final Texts texts;

    QuestionModerationController(QuestionRegister register, Outbox outbox, ClosureDays closureDays, Texts texts) {
        this.register = register;
        this.outbox = outbox;
        this.closureDays = closureDays;
        this.texts = texts;
    }

    @GetMapping("/questions/manage")
    public String list(Model model) {
        QuestionRegister.Overview overview = register.overview();
        model.addAttribute("questions", overview.submitted());
        model.addAttribute("due", overview.writtenResponsesDue());
        return "questions/manage";
    }

    @GetMapping("/questions/manage/{id}")
    public String question(@PathVariable long id, Model model) {
        QuestionRegister.ModerationPage page = register.moderation(id);
        model.addAttribute("q", page.q());
        model.addAttribute("similar", page.similar());
        model.addAttribute("suggested", page.suggested());
        model.addAttribute("grounds", Ground.moderation());
        model.addAttribute(
                "outcomes",
                java.util.List.of(
                        QuestionState.ANSWERED,
                        QuestionState.WRITTEN_RESPONSE_DUE,
                        QuestionState.NOT_REACHED,
                        QuestionState.NOT_ASKED));
        model.addAttribute("deadline", page.deadline());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "questions/question";
    }

    @PostMapping("/questions/manage/{id}/decision")
    public String decide(
            @PathVariable long id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String ground,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        FormErrors errors =
                register.decide(id, parse(Moderation.Outcome.class, outcome), parse(Ground.class, ground), reason);
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/questions/manage/" + id;
    }

    @PostMapping("/questions/manage/{id}/response")
    public String respond(
            @PathVariable long id,
            @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "") String response,
            @RequestParam(defaultValue = "") String supplementary,
            @RequestParam(defaultValue = "") String supplementaryResponse,
            @RequestParam(defaultValue = "") String due,
            RedirectAttributes redirect) {
        FormErrors errors = register.recordResponseForm(
                id, parse(QuestionState.class, state), response, supplementary, supplementaryResponse, due);
        redirect.addFlashAttribute("errors", errors);
        return "redirect:/questions/manage/" + id;
    }

    @PostMapping("/questions/manage/{id}/sent")
    public String sent(@PathVariable long id, @RequestParam(defaultValue = "") String response) {
        register.writtenResponseSent(id, response);
        return "redirect:/questions/manage/" + id;
    }

    @PostMapping("/questions/manage/{id}/withdraw")
    public String withdraw(@PathVariable long id) {
        register.withdraw(id);
        return "redirect:/questions/manage/" + id;
    }

    @GetMapping("/questions/manage/meetings/{key}")
    public String runningOrder(@PathVariable String key, Model model) {
        model.addAttribute("key", key);
        model.addAttribute("places", register.runningOrder(key));
        return "questions/running-order";
    }

    @GetMapping("/questions/outbox")
    public String outbox(Model model) {
        model.addAttribute("messages", outbox.latest(200));
        return "questions/outbox";
    }

    @GetMapping("/questions/closure-days")
    public String closureDays(Model model) {
        model.addAttribute("days", closureDays.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "questions/closure-days";
    }

    @PostMapping("/questions/closure-days")
    public String addClosureDay(
            @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String remove,
            RedirectAttributes redirect) {
        FormErrors errors = closureDays.change(day, reason, remove);
        if (remove.isBlank() || errors.any()) {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/questions/closure-days";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
