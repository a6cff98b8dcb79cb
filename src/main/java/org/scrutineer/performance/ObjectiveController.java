package org.scrutineer.performance;

import java.util.List;
import java.util.Map;
import org.scrutineer.performance.domain.MilestoneProgress;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Symbol;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Key objectives and milestones: each quarter an officer records progress (Green, Amber, Red) and supporting commentary. */
@Controller
class ObjectiveController {
    private final PerformanceRepository repository;
    private final Figures figures;
    private final AuditTrail audit;
    private final PerformanceAccess access;
    private final ReportingQuarter reportingQuarter;
    private final Texts texts;

    public ObjectiveController(
            PerformanceRepository repository,
            Figures figures,
            AuditTrail audit,
            PerformanceAccess access,
            ReportingQuarter reportingQuarter,
            Texts texts) {
        this.repository = repository;
        this.figures = figures;
        this.audit = audit;
        this.access = access;
        this.reportingQuarter = reportingQuarter;
        this.texts = texts;
    }

    @GetMapping("/objectives")
    public String list(@RequestParam(required = false) String quarter, Model model) {
        Period q = quarter == null || quarter.isBlank() ? reportingQuarter.current() : QuarterSlug.fromLabel(quarter);
        List<Objective> objectives = access.objectives(); // of the boards whose drafts the person may read
        Map<Long, MilestoneProgress> progress = repository.milestoneProgress(q.label());
        model.addAttribute("quarter", q.label());
        model.addAttribute("objectives", objectives);
        model.addAttribute("progress", progress);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "performance/objectives";
    }

    @GetMapping("/objectives/{ref}/audit")
    public String audit(@PathVariable String ref, Model model) {
        Objective o = access.objective(ref);
        model.addAttribute("subject", o.ref() + " " + o.title());
        model.addAttribute("back", "/objectives");
        model.addAttribute("entries", audit.forScope("objective:" + o.ref()));
        return "platform/audit";
    }

    @PostMapping("/objectives/{id}/progress")
    public String save(
            @PathVariable long id,
            @RequestParam String quarter,
            @RequestParam(required = false) String progress,
            @RequestParam(defaultValue = "") String commentary,
            RedirectAttributes redirect) {
        Period q = QuarterSlug.fromLabel(quarter);
        Objective o = access.objective(id);
        String back = "redirect:/objectives?quarter=" + q.label() + "#objective-" + id;
        FormErrors errors = new FormErrors();
        Symbol symbol = null;
        if (progress == null || progress.isBlank()) {
            errors.add("progress-" + id, texts.get("performance.objective.progress.required", o.ref()));
        } else {
            try {
                symbol = Symbol.fromCode(progress);
            } catch (IllegalArgumentException e) {
                errors.add("progress-" + id, texts.get("performance.objective.progress.invalid"));
            }
        }
        if (commentary.trim().length() > IndicatorController.COMMENTARY_MAX) {
            errors.add(
                    "commentary-" + id,
                    texts.get("performance.commentary.commentary.tooLong", IndicatorController.COMMENTARY_MAX));
        }
        if (errors.any() || symbol == Symbol.NOT_APPLICABLE) {
            if (!errors.any()) {
                errors.add("progress-" + id, texts.get("performance.objective.progress.invalid"));
            }
            redirect.addFlashAttribute("errors", errors);
            return back;
        }
        figures.saveMilestoneProgress(o, q.label(), new MilestoneProgress(symbol, commentary.trim()));
        redirect.addFlashAttribute("message", o.ref() + " progress for " + q.label() + " saved");
        return back;
    }
}
