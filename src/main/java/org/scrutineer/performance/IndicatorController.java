package org.scrutineer.performance;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.scrutineer.performance.Figures.OverrideKind;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.FigureValue;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.performance.domain.KpiFigures;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Symbol;
import org.scrutineer.performance.domain.SymbolOverride;
import org.scrutineer.performance.domain.Target;
import org.scrutineer.performance.domain.ValueStatus;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Indicator pages: the list, one indicator with its figures and symbols, the form to add or correct a figure, the audit trail. */
@Controller
class IndicatorController {
    static final int COMMENTARY_MAX = 4000;
    private final PerformanceRepository repository;
    private final Figures figures;
    private final AuditTrail audit;
    private final PerformanceAccess access;
    private final ReportingQuarter reportingQuarter;
    private final EnglandColumn englandColumn;
    private final Considerations considerations;
    private final Texts texts;

    public IndicatorController(
            PerformanceRepository repository,
            Figures figures,
            AuditTrail audit,
            PerformanceAccess access,
            ReportingQuarter reportingQuarter,
            EnglandColumn englandColumn,
            Considerations considerations,
            Texts texts) {
        this.englandColumn = englandColumn;
        this.considerations = considerations;
        this.repository = repository;
        this.figures = figures;
        this.audit = audit;
        this.access = access;
        this.reportingQuarter = reportingQuarter;
        this.texts = texts;
    }

    @GetMapping("/indicators")
    public String list(Model model) {
        model.addAttribute("indicators", access.indicators());
        return "performance/indicators";
    }

    @GetMapping("/indicators/{ref}")
    public String show(@PathVariable String ref, @RequestParam(required = false) String quarter, Model model) {
        Indicator indicator = indicator(ref);
        Period q = quarter == null || quarter.isBlank() ? reportingQuarter.current() : QuarterSlug.fromLabel(quarter);
        List<Figure> all = repository.figures(List.of(indicator.id())).getOrDefault(indicator.id(), List.of()).stream()
                .sorted(Comparator.comparing(Figure::period).reversed())
                .toList();
        List<Target> targets =
                repository.targets(List.of(indicator.id())).getOrDefault(indicator.id(), List.of()).stream()
                        .sorted(Comparator.comparing(Target::period).reversed())
                        .toList();
        KpiFigures kpi = KpiFigures.select(all, targets, q.end());
        Map<String, SymbolOverride> overrides = repository.overrides(q.label()).getOrDefault(indicator.id(), Map.of());
        model.addAttribute("indicator", indicator);
        model.addAttribute("figures", all);
        model.addAttribute("targets", targets);
        model.addAttribute("quarter", q.label());
        model.addAttribute("kpi", kpi);
        model.addAttribute("progress", kpi.progress(indicator.polarity(), indicator.projection()));
        model.addAttribute("direction", kpi.direction(indicator.polarity()));
        model.addAttribute("progressOverride", overrides.get("PROGRESS"));
        model.addAttribute("directionOverride", overrides.get("DIRECTION"));
        model.addAttribute("commentary", repository.commentary(q.label()).get(indicator.id()));
        model.addAttribute("symbols", Symbol.values());
        Integer benchmark = englandColumn.link(indicator).orElse(null);
        model.addAttribute("benchmark", benchmark);
        model.addAttribute(
                "benchmarkName",
                benchmark == null ? "" : englandColumn.benchmarkName(benchmark).orElse(""));
        model.addAttribute("considerations", considerations.ofIndicator(indicator));
        model.addAttribute("considerAction", "/indicators/" + indicator.ref() + "/considerations");
        if (!model.containsAttribute("overrideErrors")) {
            model.addAttribute("overrideErrors", new FormErrors());
        }
        return "performance/indicator";
    }

    @PostMapping("/indicators/{ref}/considerations")
    public String consider(
            @PathVariable String ref, @RequestParam(required = false) Long item, RedirectAttributes redirect) {
        Indicator indicator = indicator(ref);
        try {
            considerations.consider(indicator, item);
            redirect.addFlashAttribute(
                    "message", texts.get("performance.consideration.indicator.recorded", indicator.ref()));
        } catch (Considerations.NoSuchItem e) {
            redirect.addFlashAttribute(
                    "overrideErrors",
                    FormErrors.of(Map.of("item", texts.get("performance.consideration.item.required"))));
        }
        return "redirect:/indicators/" + indicator.ref() + "#considered";
    }

    @PostMapping("/indicators/{ref}/considerations/{itemId}/remove")
    public String forget(@PathVariable String ref, @PathVariable("itemId") long item, RedirectAttributes redirect) {
        Indicator indicator = indicator(ref);
        considerations.forget(indicator, item);
        redirect.addFlashAttribute(
                "message", texts.get("performance.consideration.indicator.removed", indicator.ref()));
        return "redirect:/indicators/" + indicator.ref() + "#considered";
    }

    @GetMapping("/indicators/{ref}/audit")
    public String audit(@PathVariable String ref, Model model) {
        Indicator indicator = indicator(ref);
        model.addAttribute("subject", indicator.ref() + " " + indicator.measure());
        model.addAttribute("back", "/indicators/" + indicator.ref());
        model.addAttribute("entries", audit.forScope(Figures.scope(indicator)));
        return "platform/audit";
    }

    @GetMapping("/indicators/{ref}/figures/new")
    public String newFigure(
            @PathVariable String ref,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String kind,
            Model model) {
        Indicator indicator = indicator(ref);
        String k = "target".equals(kind) ? "target" : "actual";
        FigureForm form = new FigureForm(k, period == null ? "" : period, "", "final", "", "");
        if (period != null && !period.isBlank()) {
            // opened to correct one figure or target: it comes filled in, with the version seen, so that a change by
            // someone else before this one is saved is told rather than overwritten
            try {
                Period p = Period.parse(period);
                String value = "";
                String status = "final";
                if (k.equals("target")) {
                    value = repository
                            .target(indicator.id(), p)
                            .map(t -> t.value().toPlainString())
                            .orElse("");
                } else {
                    Figure f = repository.figure(indicator.id(), p).orElse(null);
                    if (f != null) {
                        value = f.available() ? f.value().toPlainString() : "";
                        status = f.status().name().toLowerCase();
                    }
                }
                form = new FigureForm(
                        k,
                        p.label(),
                        value,
                        status,
                        String.valueOf(figures.version(indicator, k, p)),
                        k + " " + p.label());
            } catch (IllegalArgumentException e) {
                // a period that is no period: the blank form, which says so when saved
            }
        }
        model.addAttribute("indicator", indicator);
        model.addAttribute("form", form);
        model.addAttribute("errors", new FormErrors());
        return "performance/figure-form";
    }

    @PostMapping("/indicators/{ref}/figures")
    public String saveFigure(
            @PathVariable String ref, @ModelAttribute FigureForm form, Model model, RedirectAttributes redirect) {
        Indicator indicator = indicator(ref);
        FormErrors errors = new FormErrors();
        Period period = null;
        if (!form.kind().equals("actual") && !form.kind().equals("target")) {
            errors.add("kind", texts.get("performance.figure.kind.required"));
        }
        try {
            period = Period.parse(form.period());
            if (period.isStanding() && form.kind().equals("actual")) {
                errors.add("period", texts.get("performance.figure.period.standingActual"));
                period = null;
            }
        } catch (IllegalArgumentException e) {
            errors.add(
                    "period",
                    form.period().isBlank()
                            ? texts.get("performance.figure.period.required")
                            : texts.get("performance.figure.period.invalid"));
        }
        ValueStatus status = switch (form.status()) {
            case "provisional" -> ValueStatus.PROVISIONAL;
            case "not_available" -> ValueStatus.NOT_AVAILABLE;
            default -> ValueStatus.FINAL;
        };
        BigDecimal value = null;
        String v = form.value() == null ? "" : form.value().trim();
        if (form.kind().equals("target") || status != ValueStatus.NOT_AVAILABLE) {
            if (v.isEmpty()) {
                errors.add("value", texts.get("performance.figure.value.required"));
            } else if (!FigureValue.isPlainNumber(v)) {
                errors.add("value", texts.get("performance.figure.value.notANumber"));
            } else if (!FigureValue.fits(new BigDecimal(v))) {
                errors.add("value", texts.get("performance.figure.value.tooManyDigits", FigureValue.DIGITS));
            } else {
                value = new BigDecimal(v);
            }
        } else if (!v.isEmpty()) {
            errors.add("value", texts.get("performance.figure.value.notAvailable"));
        }
        if (errors.any()) {
            model.addAttribute("indicator", indicator);
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "performance/figure-form";
        }
        // the version seen applies only to the figure the form was opened for, not to another period typed over it
        Integer seen = !form.version().isBlank() && form.versionFor().equals(form.kind() + " " + period.label())
                ? Integer.valueOf(form.version())
                : null;
        try {
            if (form.kind().equals("target")) {
                figures.saveTarget(indicator, new Target(period, value), seen);
            } else {
                figures.saveFigure(indicator, new Figure(period, value, status), seen);
            }
        } catch (Figures.ChangedMeanwhile e) {
            errors.add("value", e.getMessage());
            model.addAttribute("indicator", indicator);
            // saving again replaces what the other officer saved, now that this one has been told of it
            model.addAttribute(
                    "form",
                    new FigureForm(
                            form.kind(),
                            form.period(),
                            form.value(),
                            form.status(),
                            String.valueOf(e.version()),
                            form.kind() + " " + period.label()));
            model.addAttribute("errors", errors);
            return "performance/figure-form";
        }
        redirect.addFlashAttribute("message", texts.get("performance.figure.saved", form.kind(), period.label()));
        return "redirect:/indicators/" + indicator.ref();
    }

    @PostMapping("/indicators/{ref}/commentary")
    public String commentary(
            @PathVariable String ref,
            @RequestParam String quarter,
            @RequestParam(defaultValue = "") String commentary,
            RedirectAttributes redirect) {
        Indicator indicator = indicator(ref);
        Period q = QuarterSlug.fromLabel(quarter);
        String back = "redirect:/indicators/" + indicator.ref() + "?quarter=" + q.label();
        String text = commentary.trim();
        if (text.isEmpty() || text.length() > COMMENTARY_MAX) {
            FormErrors errors = new FormErrors();
            errors.add(
                    "commentary",
                    text.isEmpty()
                            ? texts.get("performance.commentary.commentary.required")
                            : texts.get("performance.commentary.commentary.tooLong", COMMENTARY_MAX));
            redirect.addFlashAttribute("overrideErrors", errors);
            return back;
        }
        figures.saveCommentary(indicator, q.label(), text);
        redirect.addFlashAttribute("message", texts.get("performance.commentary.saved", q.label()));
        return back;
    }

    /** Links the indicator to a Fingertips indicator for the report's England column, or unlinks it (empty). */
    @PostMapping("/indicators/{ref}/benchmark")
    public String benchmark(
            @PathVariable String ref,
            @RequestParam(defaultValue = "") String benchmarkIndicatorId,
            RedirectAttributes redirect) {
        Indicator indicator = indicator(ref);
        String back = "redirect:/indicators/" + indicator.ref();
        String typed = benchmarkIndicatorId.trim();
        FormErrors errors = new FormErrors();
        Integer id = null;
        if (!typed.isEmpty()) {
            if (!typed.matches("\\d{1,9}")) {
                errors.add("benchmarkIndicatorId", "Fingertips indicator ID must be a whole number, like 93014");
            } else {
                id = Integer.valueOf(typed);
            }
        }
        if (!errors.any()) {
            try {
                englandColumn.link(indicator, id);
            } catch (IllegalArgumentException e) {
                errors.add("benchmarkIndicatorId", e.getMessage());
            }
        }
        if (errors.any()) {
            redirect.addFlashAttribute("overrideErrors", errors);
            return back;
        }
        redirect.addFlashAttribute(
                "message",
                id == null ? "The indicator is not benchmarked" : "Benchmarked by Fingertips indicator " + id);
        return back;
    }

    @PostMapping("/indicators/{ref}/overrides")
    public String override(
            @PathVariable String ref,
            @RequestParam String quarter,
            @RequestParam String kind,
            @RequestParam(required = false) String symbol,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Indicator indicator = indicator(ref);
        Period q = QuarterSlug.fromLabel(quarter);
        OverrideKind k = kind.equals("DIRECTION") ? OverrideKind.DIRECTION : OverrideKind.PROGRESS;
        String back = "redirect:/indicators/" + indicator.ref() + "?quarter=" + q.label();
        if ("computed".equals(symbol)) {
            figures.removeOverride(indicator, q.label(), k);
            redirect.addFlashAttribute("message", texts.get("performance.override.removed", k.words()));
            return back;
        }
        FormErrors errors = new FormErrors();
        Symbol s = null;
        try {
            s = Symbol.fromCode(symbol);
        } catch (IllegalArgumentException e) {
            errors.add(k.name().toLowerCase() + "-symbol", texts.get("performance.override.symbol.required"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(
                    k.name().toLowerCase() + "-reason", texts.get("performance.override.reason.required", k.words()));
        }
        if (errors.any()) {
            redirect.addFlashAttribute("overrideErrors", errors);
            return back;
        }
        figures.override(indicator, q.label(), k, s, reason);
        redirect.addFlashAttribute("message", texts.get("performance.override.saved", k.words(), s.label()));

        return back;
    }

    /** The indicator, if the person may read its board's figures (members of the board, officers). */
    private Indicator indicator(String ref) {
        return access.indicator(ref);
    }

    /**
     * The figure form. {@code version} is the version of the figure or target it was opened to correct, and
     * {@code versionFor} which one ("actual Q1 2025/26"); both empty for a blank form.
     */
    public record FigureForm(
            String kind, String period, String value, String status, String version, String versionFor) {
        public FigureForm {
            kind = kind == null ? "" : kind;
            period = period == null ? "" : period;
            value = value == null ? "" : value;
            status = status == null ? "final" : status;
            version = version == null || !version.matches("\\d{1,9}") ? "" : version;
            versionFor = versionFor == null ? "" : versionFor;
        }
    }
}
