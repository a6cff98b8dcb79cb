package org.scrutineer.workforce;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.scrutineer.workforce.domain.Breakdown;
import org.scrutineer.workforce.domain.EthnicGroup;
import org.scrutineer.workforce.domain.Indicator;
import org.scrutineer.workforce.domain.Measure;
import org.scrutineer.workforce.domain.PayBandGrouping;
import org.scrutineer.workforce.domain.Suppression;
import org.scrutineer.workforce.domain.Workforce;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Workforce equality pages: the returns and their reports, entering and importing a return, the national figures, the action plan. */
@Controller
public class WorkforceController {
    private final WorkforceEquality equality;
    private final java.time.Clock clock;
    private final Texts texts;

    public WorkforceController(WorkforceEquality equality, java.time.Clock clock, Texts texts) {
        this.equality = equality;
        this.clock = clock;
        this.texts = texts;
    }

    private void common(Model model) {
        model.addAttribute("measures", Measure.values());
        model.addAttribute("groups", EthnicGroup.values());
        model.addAttribute("threshold", Suppression.THRESHOLD);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
    }

    @GetMapping("/workforce")
    public String index(Model model) {
        common(model);
        model.addAttribute("returns", equality.visibleReturns());
        model.addAttribute("milestones", equality.milestones());
        model.addAttribute("demoNote", WorkforceDemoData.NOTE);
        return "workforce/index";
    }

    @GetMapping("/workforce/returns/{id}")
    public String report(@PathVariable long id, @RequestParam(defaultValue = "council") String grouping, Model model) {
        common(model);
        PayBandGrouping g = PayBandGrouping.byCode(grouping).orElse(PayBandGrouping.COUNCIL);
        model.addAttribute("view", equality.view(id, g).orElseThrow(() -> new NotFound("No return " + id)));
        model.addAttribute("groupings", PayBandGrouping.all());
        model.addAttribute("history", equality.seesDrafts() ? equality.history(id) : java.util.List.of());
        return "workforce/report";
    }

    @GetMapping("/workforce/returns/new")
    public String newReturn(@RequestParam(required = false) Long from, Model model) {
        common(model);
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("year", "");
            form.put("workforce", "ADULT");
            if (from != null) {
                var r = equality.visible(from).orElseThrow(() -> new NotFound("No return " + from));
                form.put("year", r.data().year());
                form.put("workforce", r.data().workforce().name());
                r.data().measures().forEach((m, b) -> {
                    b.counts().forEach((grp, n) -> form.put(field(m, grp.code()), String.valueOf(n)));
                    if (b.statedTotal() != null) {
                        form.put(field(m, "total"), String.valueOf(b.statedTotal()));
                    }
                });
            }
            model.addAttribute("form", form);
        }
        return "workforce/form";
    }

    static String field(Measure m, String column) {
        return "c-" + m.code() + "-" + column;
    }

    @PostMapping("/workforce/returns")
    public String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        String year = params.getOrDefault("year", "").trim();
        if (!year.matches("[0-9]{4}/[0-9]{2}")) {
            errors.add("year", texts.get("workforce.return.year.invalid"));
        }
        Workforce workforce = null;
        try {
            workforce = Workforce.valueOf(params.getOrDefault("workforce", ""));
            if (workforce == Workforce.TOTAL) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            errors.add("workforce", texts.get("workforce.return.workforce.required"));
        }
        Map<Measure, Breakdown> counts = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            Map<EthnicGroup, Integer> groups = new EnumMap<>(EthnicGroup.class);
            for (EthnicGroup g : EthnicGroup.values()) {
                Integer n = count(errors, params, m, g.code(), g.words());
                if (n != null) {
                    groups.put(g, n);
                }
            }
            Integer total = count(errors, params, m, "total", "total");
            counts.put(m, new Breakdown(groups, total));
        }
        if (!errors.any()) {
            try {
                long id = equality.save(year, workforce, counts);
                redirect.addFlashAttribute("message", texts.get("workforce.return.saved"));
                return "redirect:/workforce/returns/" + id;
            } catch (WorkforceEquality.Refused e) {
                errors.add(e.field(), e.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("form", params);
        return newReturn(null, model);
    }

    private static Integer count(
            FormErrors errors, Map<String, String> params, Measure m, String column, String words) {
        String name = field(m, column);
        String text = params.getOrDefault(name, "").replace(",", "").trim();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,7}")) {
            errors.add(
                    name,
                    m.words() + ", " + words
                            + ": enter a whole number of 0 or more, or leave it blank if not provided");
            return null;
        }
        return Integer.valueOf(text);
    }

    @PostMapping("/workforce/returns/{id}/publish")
    public String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            equality.publish(id);
            redirect.addFlashAttribute("message", texts.get("workforce.return.published"));
        } catch (WorkforceEquality.Refused e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/workforce/returns/" + id;
    }

    @GetMapping("/workforce/import")
    public String importPage(Model model) {
        common(model);
        model.addAttribute("columns", String.join(",", ReturnFile.COLUMNS));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("year", "", "workforce", "ADULT"));
        }
        return "workforce/import";
    }

    @PostMapping("/workforce/import")
    public String importFile(
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String workforce,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws java.io.IOException {
        FormErrors errors = new FormErrors();
        Workforce w = null;
        try {
            w = Workforce.valueOf(workforce);
        } catch (IllegalArgumentException e) {
            errors.add("workforce", texts.get("workforce.return.workforce.required"));
        }
        if (!year.trim().matches("[0-9]{4}/[0-9]{2}")) {
            errors.add("year", texts.get("workforce.return.year.invalid"));
        }
        if (file == null || file.isEmpty()) {
            errors.add("file", texts.get("workforce.import.file.required"));
        }
        if (!errors.any()) {
            try (var in = file.getInputStream()) {
                long id = equality.importFile(year.trim(), w, file.getOriginalFilename(), in);
                redirect.addFlashAttribute(
                        "message", texts.get("workforce.import.imported", file.getOriginalFilename()));

                return "redirect:/workforce/returns/" + id;
            } catch (ImportRejected e) {
                model.addAttribute("rowErrors", e.errors());
                model.addAttribute("rejected", e);
                errors.add("file", e.getMessage() + ". Nothing was imported: correct the file and upload it again.");
            } catch (WorkforceEquality.Refused e) {
                errors.add(e.field(), e.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("form", Map.of("year", year, "workforce", workforce));
        return importPage(model);
    }

    @GetMapping("/workforce/national")
    public String national(Model model) {
        common(model);
        model.addAttribute("figures", equality.national());
        return "workforce/national";
    }

    @GetMapping("/workforce/actions")
    public String actions(Model model) {
        common(model);
        model.addAttribute("actions", equality.actions());
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("milestones", equality.milestones());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "workforce/actions";
    }

    @PostMapping("/workforce/actions")
    public String addAction(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        int indicator = -1;
        try {
            indicator = Integer.parseInt(params.getOrDefault("indicator", ""));
        } catch (NumberFormatException e) {
            // named below
        }
        if (indicator < 0 || indicator > 9) {
            errors.add("indicator", texts.get("workforce.action.indicator.required"));
        }
        String action = params.getOrDefault("action", "").trim();
        if (action.isEmpty()) {
            errors.add("action", texts.get("workforce.action.action.required"));
        } else if (action.length() > 4000) {
            errors.add("action", texts.get("workforce.action.action.tooLong"));
        }
        String lead = params.getOrDefault("lead", "").trim();
        if (lead.length() > 200) {
            errors.add("lead", texts.get("workforce.action.lead.tooLong"));
        }
        LocalDate due = date(errors, "due", params.getOrDefault("due", ""));
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", params);
            return actions(model);
        }
        String timescale = params.getOrDefault("timescale", "").trim();
        String success = params.getOrDefault("success", "").trim();
        equality.addAction(
                params.getOrDefault("planYear", "2024/25"),
                indicator,
                action,
                lead,
                timescale.length() > 200 ? timescale.substring(0, 200) : timescale,
                due,
                success.length() > 4000 ? success.substring(0, 4000) : success);
        redirect.addFlashAttribute("message", texts.get("workforce.action.added"));
        return "redirect:/workforce/actions";
    }

    @PostMapping("/workforce/actions/{id}")
    public String updateAction(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String lead,
            @RequestParam(defaultValue = "") String due,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        var action = equality.actions().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("No action " + id));
        FormErrors errors = new FormErrors();
        ProgressStatus s = null;
        try {
            s = ProgressStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.add("status-" + id, texts.get("workforce.action.status.required"));
        }
        LocalDate d = date(errors, "due-" + id, due);
        if (lead.trim().length() > 200) {
            errors.add("lead-" + id, texts.get("workforce.action.lead.tooLong"));
        }
        if (note.trim().length() > 4000) {
            errors.add("note-" + id, texts.get("workforce.action.note.tooLong"));
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            return actions(model);
        }
        equality.updateAction(action.id(), lead.trim(), d, s);
        if (!note.isBlank()) {
            equality.addProgress(action.id(), LocalDate.now(clock), note.trim());
        }
        redirect.addFlashAttribute("message", texts.get("workforce.action.saved"));
        return "redirect:/workforce/actions#action-" + id;
    }

    private LocalDate date(FormErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, texts.get("workforce.action.due.invalid"));
            return null;
        }
    }
}
