package org.scrutineer.improvement;

import java.util.Map;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.FormRefused;
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
    private final ImprovementPages pages;
    private final ImprovementRecords records;
    private final Texts texts;

    ImprovementController(ImprovementPages pages, ImprovementRecords records, Texts texts) {
        this.texts = texts;
        this.pages = pages;
        this.records = records;
    }

    @GetMapping("/improvement")
    String plan(@RequestParam(defaultValue = "theme") String view, Model model) {
        ImprovementPages.PlanPage page = pages.plan();
        model.addAttribute("plan", page.plan());
        model.addAttribute(
                "view",
                switch (view) {
                    case "lead", "overdue" -> view;
                    default -> "theme";
                });
        model.addAttribute("framework", page.framework());
        model.addAttribute("today", page.today());
        model.addAttribute("overdue", page.overdue());
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute(
                "errors", model.containsAttribute("errors") ? model.getAttribute("errors") : new FormErrors());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "improvement/plan";
    }

    @GetMapping("/improvement/items/{id}")
    String item(@PathVariable long id, Model model) {
        return itemPage(pages.item(id), model);
    }

    private static String itemPage(ImprovementPages.ItemPage page, Model model) {
        model.addAttribute("plan", page.plan());
        model.addAttribute("item", page.item());
        model.addAttribute("framework", page.framework());
        model.addAttribute("today", page.today());
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("entries", page.entries());
        if (page.indicator() != null) {
            model.addAttribute("indicator", page.indicator());
            if (page.indicatorFigures() != null) {
                model.addAttribute("indicatorFigures", page.indicatorFigures());
            } else {
                model.addAttribute("publishedFigures", page.publishedFigures());
            }
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute("form", Map.of("notedOn", page.today().toString(), "note", ""));
        }
        return "improvement/item";
    }

    @PostMapping("/improvement/items/{id}/progress")
    String addProgress(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String notedOn,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        try {
            records.addProgress(id, notedOn, note);
        } catch (FormRefused e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", Map.of("notedOn", notedOn, "note", note));
            return item(id, model);
        }
        redirect.addFlashAttribute("message", texts.get("improvement.progress.added"));
        return "redirect:/improvement/items/" + id;
    }

    @PostMapping("/improvement/items/{id}/status")
    String setStatus(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String completedOn,
            Model model,
            RedirectAttributes redirect) {
        try {
            records.setStatus(id, status, completedOn);
        } catch (FormRefused e) {
            return refused(id, e, model);
        }
        redirect.addFlashAttribute("message", texts.get("improvement.item.statusSaved"));
        return "redirect:/improvement/items/" + id;
    }

    @PostMapping("/improvement/items/{id}/indicator")
    String linkIndicator(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String indicatorRef,
            Model model,
            RedirectAttributes redirect) {
        String ref;
        try {
            ref = records.linkIndicator(id, indicatorRef);
        } catch (FormRefused e) {
            return refused(id, e, model);
        }
        redirect.addFlashAttribute("message", ref == null ? "Indicator unlinked" : "Linked to indicator " + ref);
        return "redirect:/improvement/items/" + id;
    }

    /** The item page again with a refused form's errors, and the progress form as it starts. */
    private String refused(long id, FormRefused e, Model model) {
        ImprovementPages.ItemPage page = pages.item(id);
        model.addAttribute("errors", e.errors());
        model.addAttribute("form", Map.of("notedOn", page.today().toString(), "note", ""));
        return itemPage(page, model);
    }

    @PostMapping("/improvement/items")
    String addItem(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ImprovementRecords.Added added;
        try {
            added = records.addItem(params);
        } catch (FormRefused e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", params);
            return plan("theme", model);
        }
        redirect.addFlashAttribute(
                "message", "Item " + added.ref() + " added" + (added.stretch() ? " as a stretch item" : ""));
        return "redirect:/improvement/items/" + added.id();
    }

    @PostMapping("/improvement/sign-off")
    String signOff(RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "message", records.signOff() ? "The plan is signed off" : "The plan was already signed off");
        return "redirect:/improvement";
    }

    @GetMapping("/improvement/report")
    String progressReport(Model model) {
        model.addAttribute("report", pages.report());
        return "improvement/report";
    }

    @GetMapping("/improvement/report.pdf")
    ResponseEntity<byte[]> progressReportPdf() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("improvement-progress.pdf")
                                .build()
                                .toString())
                .body(pages.reportPdf());
    }
}
