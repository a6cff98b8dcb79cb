package org.scrutineer.workforce;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.web.DownloadNames;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.FormRefused;
import org.scrutineer.platform.web.Texts;
import org.scrutineer.workforce.domain.EthnicGroup;
import org.scrutineer.workforce.domain.Indicator;
import org.scrutineer.workforce.domain.Measure;
import org.scrutineer.workforce.domain.PayBandGrouping;
import org.scrutineer.workforce.domain.Suppression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
class WorkforceController {
    private final WorkforceEquality equality;

    private final Texts texts;
    private final DataReportPdf reportPdf;

    WorkforceController(WorkforceEquality equality, Texts texts, DataReportPdf reportPdf) {
        this.texts = texts;
        this.reportPdf = reportPdf;
        this.equality = equality;
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
    String index(Model model) {
        common(model);
        WorkforceEquality.Overview overview = equality.overview();
        model.addAttribute("returns", overview.returns());
        model.addAttribute("milestones", overview.milestones());
        model.addAttribute("demoNote", WorkforceDemoData.NOTE);
        return "workforce/index";
    }

    @GetMapping("/workforce/returns/{id}")
    String report(@PathVariable long id, @RequestParam(defaultValue = "council") String grouping, Model model) {
        common(model);
        WorkforceEquality.ReportPage page =
                equality.report(id, PayBandGrouping.byCode(grouping).orElse(PayBandGrouping.COUNCIL));
        model.addAttribute("view", page.view());
        model.addAttribute("groupings", PayBandGrouping.all());
        model.addAttribute("history", page.history());
        return "workforce/report";
    }

    @GetMapping("/workforce/returns/{id}.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long id, @RequestParam(defaultValue = "council") String grouping) {
        DataReportPdf.Download download =
                reportPdf.render(id, PayBandGrouping.byCode(grouping).orElse(PayBandGrouping.COUNCIL));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.inline(download.fileName()))
                .body(download.pdf());
    }

    @GetMapping("/workforce/returns/new")
    String newReturn(@RequestParam(required = false) Long from, Model model) {
        common(model);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", equality.returnForm(from));
        }
        return "workforce/form";
    }

    @PostMapping("/workforce/returns")
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            long id = equality.save(params);
            redirect.addFlashAttribute("message", texts.get("workforce.return.saved"));
            return "redirect:/workforce/returns/" + id;
        } catch (FormRefused e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", params);
            return newReturn(null, model);
        }
    }

    @PostMapping("/workforce/returns/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        try {
            equality.publish(id);
            redirect.addFlashAttribute("message", texts.get("workforce.return.published"));
        } catch (WorkforceEquality.Refused e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/workforce/returns/" + id;
    }

    @GetMapping("/workforce/import")
    String importPage(Model model) {
        common(model);
        model.addAttribute("columns", String.join(",", ReturnFile.COLUMNS));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of("year", "", "workforce", "ADULT"));
        }
        return "workforce/import";
    }

    @PostMapping("/workforce/import")
    String importFile(
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String workforce,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        FormErrors errors;
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            long id = equality.importFile(year, workforce, file == null ? null : file.getOriginalFilename(), in);
            redirect.addFlashAttribute(
                    "message",
                    "Return imported from " + file.getOriginalFilename() + ": its check and figures are below");
            return "redirect:/workforce/returns/" + id;
        } catch (ImportRejected e) {
            model.addAttribute("rowErrors", e.errors());
            model.addAttribute("rejected", e);
            errors = new FormErrors();
            errors.add("file", e.getMessage() + ". Nothing was imported: correct the file and upload it again.");
        } catch (FormRefused e) {
            errors = e.errors();
        }
        model.addAttribute("errors", errors);
        model.addAttribute("form", Map.of("year", year, "workforce", workforce));
        return importPage(model);
    }

    @GetMapping("/workforce/national")
    String national(Model model) {
        common(model);
        model.addAttribute("figures", equality.national());
        return "workforce/national";
    }

    @GetMapping("/workforce/actions")
    String actions(Model model) {
        common(model);
        WorkforceEquality.ActionPlan plan = equality.actionPlan();
        model.addAttribute("actions", plan.actions());
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("today", plan.today());
        model.addAttribute("milestones", plan.milestones());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "workforce/actions";
    }

    @PostMapping("/workforce/actions")
    String addAction(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        try {
            equality.addAction(params);
        } catch (FormRefused e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", params);
            return actions(model);
        }
        redirect.addFlashAttribute("message", texts.get("workforce.action.added"));
        return "redirect:/workforce/actions";
    }

    /** An action's lead, due date and progress, with a progress note if one is written, saved together. */
    @PostMapping("/workforce/actions/{id}")
    String updateAction(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String lead,
            @RequestParam(defaultValue = "") String due,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        try {
            equality.updateAction(id, lead, due, status, note);
        } catch (FormRefused e) {
            model.addAttribute("errors", e.errors());
            return actions(model);
        }
        redirect.addFlashAttribute("message", texts.get("workforce.action.saved"));
        return "redirect:/workforce/actions#action-" + id;
    }
}
