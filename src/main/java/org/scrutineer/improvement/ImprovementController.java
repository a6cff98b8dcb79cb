package org.scrutineer.improvement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.scrutineer.assurance.Frameworks;
import org.scrutineer.improvement.domain.ImprovementItem;
import org.scrutineer.improvement.domain.ImprovementPlan;
import org.scrutineer.performance.PerformanceAccess;
import org.scrutineer.performance.PerformanceRepository;
import org.scrutineer.performance.PriorityReports;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The improvement plan by theme, by lead and overdue; each item's progress log; sign-off; the progress report. */
@Controller
class ImprovementController {
    private final ImprovementPlans plans;
    private final ImprovementReport report;
    private final Frameworks frameworks;
    private final PerformanceRepository performance;
    private final AuditTrail audit;
    private final ImprovementRecords records;
    private final java.time.Clock clock;
    private final Access access;
    private final PerformanceAccess figures;
    private final PriorityReports reports;
    private final Texts texts;

    public ImprovementController(
            ImprovementPlans plans,
            ImprovementReport report,
            Frameworks frameworks,
            PerformanceRepository performance,
            AuditTrail audit,
            java.time.Clock clock,
            Access access,
            PerformanceAccess figures,
            PriorityReports reports,
            ImprovementRecords records,
            Texts texts) {
        this.records = records;
        this.clock = clock;
        this.access = access;
        this.figures = figures;
        this.reports = reports;
        this.plans = plans;
        this.report = report;
        this.frameworks = frameworks;
        this.performance = performance;
        this.audit = audit;
        this.texts = texts;
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** The latest plan; public visitors see it only once published (a draft plan is the council's, no one board's). */
    private ImprovementPlan plan() {
        return plans.latest()
                .filter(p -> p.isPublished() || access.mayReadCouncilDrafts())
                .orElseThrow(() -> new NotFound("No improvement plan has been published"));
    }

    private static ImprovementItem item(ImprovementPlan plan, long id) {
        return plan.items().stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("No item " + id));
    }

    @GetMapping("/improvement")
    public String plan(@RequestParam(defaultValue = "theme") String view, Model model) {
        ImprovementPlan plan = plan();
        model.addAttribute("plan", plan);
        model.addAttribute(
                "view",
                switch (view) {
                    case "lead", "overdue" -> view;
                    default -> "theme";
                });
        model.addAttribute(
                "framework", frameworks.byVersion(report.frameworkVersion(plan)).orElseThrow());
        model.addAttribute("today", today());
        model.addAttribute("overdue", plan.overdue(today()));
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute(
                "errors", model.containsAttribute("errors") ? model.getAttribute("errors") : new FormErrors());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "improvement/plan";
    }

    @GetMapping("/improvement/items/{id}")
    public String item(@PathVariable long id, Model model) {
        ImprovementPlan plan = plan();
        ImprovementItem item = item(plan, id);
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute(
                "framework", frameworks.byVersion(report.frameworkVersion(plan)).orElseThrow());
        model.addAttribute("today", today());
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("entries", audit.forScope(scope(id)));
        if (item.indicatorRef() != null) {
            performance.indicator(item.indicatorRef()).ifPresent(indicator -> {
                model.addAttribute("indicator", indicator);
                // the figures as they stand are the board's drafts; everyone else reads what the published reports
                // printed
                if (figures.mayReadFigures(indicator)) {
                    model.addAttribute(
                            "indicatorFigures",
                            performance
                                    .figures(java.util.List.of(indicator.id()))
                                    .getOrDefault(indicator.id(), java.util.List.of()));
                } else {
                    model.addAttribute("publishedFigures", reports.publishedFigures(indicator.ref()));
                }
            });
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute("form", Map.of("notedOn", today().toString(), "note", ""));
        }
        return "improvement/item";
    }

    static String scope(long itemId) {
        return "improvement-item:" + itemId;
    }

    @PostMapping("/improvement/items/{id}/progress")
    public String addProgress(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String notedOn,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate date = null;
        try {
            date = LocalDate.parse(notedOn.trim());
            if (date.isAfter(today())) {
                errors.add("notedOn", texts.get("improvement.progress.notedOn.future"));
            }
        } catch (DateTimeParseException e) {
            errors.add("notedOn", texts.get("improvement.progress.notedOn.invalid"));
        }
        if (note.isBlank()) {
            errors.add("note", texts.get("improvement.progress.note.required"));
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", Map.of("notedOn", notedOn, "note", note));
            return item(id, model);
        }
        plans.planOfItem(id).orElseThrow(() -> new NotFound("No item " + id));
        var n = new ImprovementItem.ProgressNote(date, note.trim(), CurrentUser.name());
        records.addProgress(id, n);
        redirect.addFlashAttribute("message", texts.get("improvement.progress.added"));
        return "redirect:/improvement/items/" + id;
    }

    @PostMapping("/improvement/items/{id}/status")
    public String setStatus(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String completedOn,
            Model model,
            RedirectAttributes redirect) {
        ImprovementItem item = item(plan(), id);
        FormErrors errors = new FormErrors();
        ProgressStatus chosen = null;
        try {
            chosen = ProgressStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.add("status", texts.get("improvement.item.status.required"));
        }
        LocalDate completed = null;
        if (!completedOn.isBlank()) {
            try {
                completed = LocalDate.parse(completedOn.trim());
            } catch (DateTimeParseException e) {
                errors.add("completedOn", texts.get("improvement.item.completedOn.invalid"));
            }
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", Map.of("notedOn", today().toString(), "note", ""));
            return item(id, model);
        }
        records.setStatus(item.id(), chosen, completed);
        redirect.addFlashAttribute("message", texts.get("improvement.item.statusSaved"));
        return "redirect:/improvement/items/" + id;
    }

    @PostMapping("/improvement/items/{id}/indicator")
    public String linkIndicator(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String indicatorRef,
            Model model,
            RedirectAttributes redirect) {
        ImprovementItem item = item(plan(), id);
        String ref = indicatorRef.trim();
        if (!ref.isEmpty() && performance.indicator(ref).isEmpty()) {
            FormErrors errors = new FormErrors();
            errors.add("indicatorRef", texts.get("improvement.item.indicatorRef.unknown", ref));
            model.addAttribute("errors", errors);
            model.addAttribute("form", Map.of("notedOn", today().toString(), "note", ""));
            return item(id, model);
        }
        records.linkIndicator(item.id(), ref.isEmpty() ? null : ref);
        redirect.addFlashAttribute(
                "message",
                ref.isEmpty()
                        ? texts.get("improvement.item.indicatorUnlinked")
                        : texts.get("improvement.item.indicatorLinked", ref));
        return "redirect:/improvement/items/" + id;
    }

    @PostMapping("/improvement/items")
    public String addItem(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ImprovementPlan plan = plan();
        var framework = frameworks.byVersion(report.frameworkVersion(plan)).orElseThrow();
        FormErrors errors = new FormErrors();
        String ref = params.getOrDefault("ref", "").trim();
        if (ref.isEmpty()) {
            errors.add("ref", texts.get("improvement.item.ref.required"));
        } else if (plan.items().stream().anyMatch(i -> i.ref().equalsIgnoreCase(ref))) {
            errors.add("ref", texts.get("improvement.item.ref.taken", ref));
        }
        Integer statement = null;
        try {
            statement = Integer.valueOf(params.getOrDefault("statement", ""));
            framework.statement(statement);
        } catch (IllegalArgumentException e) {
            errors.add("statement", texts.get("improvement.item.statement.required"));
            statement = null;
        }
        String requirement = params.getOrDefault("requirement", "").trim();
        if (requirement.isEmpty()) {
            errors.add("requirement", texts.get("improvement.item.requirement.required"));
        }
        LocalDate due = null;
        if (!params.getOrDefault("due", "").isBlank()) {
            try {
                due = LocalDate.parse(params.get("due").trim());
            } catch (DateTimeParseException e) {
                errors.add("due", texts.get("improvement.item.due.invalid"));
            }
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", params);
            return plan("theme", model);
        }
        int theme = framework.statement(statement).themeNumber();
        boolean stretch = "yes".equals(params.get("stretch"));
        long id = records.addItem(
                plan.id(),
                new ImprovementItem(
                        0,
                        ref,
                        theme,
                        statement,
                        requirement,
                        params.getOrDefault("actions", "")
                                .lines()
                                .map(String::trim)
                                .filter(a -> !a.isEmpty())
                                .toList(),
                        params.getOrDefault("lead", "").trim(),
                        due,
                        null,
                        null,
                        "",
                        null,
                        ProgressStatus.UNKNOWN,
                        stretch,
                        null,
                        "Added by " + CurrentUser.name(),
                        java.util.List.of()));
        redirect.addFlashAttribute(
                "message", texts.get(stretch ? "improvement.item.addedStretch" : "improvement.item.added", ref));

        return "redirect:/improvement/items/" + id;
    }

    @PostMapping("/improvement/sign-off")
    public String signOff(RedirectAttributes redirect) {
        ImprovementPlan plan = plan();
        redirect.addFlashAttribute(
                "message",
                records.signOff(plan.id(), today())
                        ? texts.get("improvement.plan.signedOff")
                        : texts.get("improvement.plan.alreadySignedOff"));
        return "redirect:/improvement";
    }

    @GetMapping("/improvement/report")
    public String progressReport(Model model) {
        model.addAttribute("report", report.contents(plan()));
        return "improvement/report";
    }

    @GetMapping("/improvement/report.pdf")
    public ResponseEntity<byte[]> progressReportPdf() {
        byte[] bytes = report.renderPdf(report.contents(plan()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("improvement-progress.pdf")
                                .build()
                                .toString())
                .body(bytes);
    }
}
