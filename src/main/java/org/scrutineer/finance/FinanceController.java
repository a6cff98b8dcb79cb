package org.scrutineer.finance;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.scrutineer.finance.domain.CommentaryFigures;
import org.scrutineer.finance.domain.StatementRow;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.FormRefused;
import org.scrutineer.platform.web.Texts;
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

/**
 * Revenue budget statements with their checks, for members and officers. Officers correct a line's figures; the
 * variance, totals, net positions and words follow from the lines. Pages are read by {@link FinancePages}, which shows
 * each person only what {@link Access} lets them read; each change is one call of {@link StatementEditing} or
 * {@link StatementImport}.
 */
@Controller
class FinanceController {
    private final FinancePages pages;
    private final StatementImport statementImport;
    private final StatementEditing editing;
    private final Texts texts;

    FinanceController(FinancePages pages, StatementImport statementImport, StatementEditing editing, Texts texts) {
        this.texts = texts;
        this.pages = pages;
        this.statementImport = statementImport;
        this.editing = editing;
    }

    @GetMapping("/finance")
    String list(Model model) {
        FinancePages.Overview overview = pages.overview();
        model.addAttribute("statementGroups", overview.statementGroups());
        model.addAttribute("tables", overview.tables());
        model.addAttribute("reportChecks", overview.reportChecks());
        model.addAttribute("meetingChecks", overview.meetingChecks());
        model.addAttribute("boards", overview.boards());
        model.addAttribute("columns", String.join(",", StatementImport.COLUMNS));
        return "finance/statements";
    }

    @PostMapping("/finance/import")
    String importStatements(
            @RequestParam(defaultValue = "") String board,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        String fileError = null;
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            var imported = statementImport.importFile(board, file == null ? null : file.getOriginalFilename(), in);
            model.addAttribute(
                    "message",
                    imported.size() + (imported.size() == 1 ? " statement" : " statements") + " imported from "
                            + file.getOriginalFilename() + ": "
                            + String.join(
                                    ", ",
                                    imported.stream().map(s -> s.department()).toList()));
        } catch (FormRefused e) {
            fileError = e.errors().get("file");
        } catch (ImportRejected e) {
            model.addAttribute("rowErrors", e.errors());
            model.addAttribute("rejected", e);
            fileError = e.getMessage() + ". Nothing was imported: correct the file and upload it again.";
        }
        model.addAttribute("fileError", fileError);
        return list(model);
    }

    @GetMapping("/finance/tables/{id}")
    String table(@PathVariable String id, Model model) {
        model.addAttribute("table", pages.table(id));
        return "finance/table";
    }

    /** An officer records a savings proposal's progress on the three-state scale. */
    @PostMapping("/finance/savings/{id}/status")
    String savingStatus(
            @PathVariable long id, @RequestParam(defaultValue = "") String status, RedirectAttributes redirect) {
        try {
            StatementEditing.SavingProgress p = editing.recordSavingProgress(id, status);
            redirect.addFlashAttribute(
                    "message", p.proposal().serviceArea() + ": " + p.status().words());
        } catch (FormRefused e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/finance/savings#proposal-" + id;
    }

    @GetMapping("/finance/spending-report.pdf")
    ResponseEntity<byte[]> spendingReportPdf() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"spending-report-with-checks.pdf\"")
                .body(pages.spendingReportPdf());
    }

    @GetMapping("/finance/savings")
    String savings(Model model) {
        model.addAttribute("savings", pages.savings());
        model.addAttribute("statuses", ProgressStatus.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "finance/savings";
    }

    @GetMapping("/finance/statements/{id}")
    String show(@PathVariable long id, Model model) {
        FinancePages.StatementPage page = pages.statement(id);
        model.addAttribute("statement", page.statement());
        model.addAttribute("lines", page.lines());
        model.addAttribute("entries", page.entries());
        model.addAttribute("commentaryFigures", page.stored().commentaryFigures());
        model.addAttribute("figureChoices", CommentaryFigures.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "finance/statement";
    }

    @GetMapping("/finance/statements/{id}/rows/{position}")
    String editRow(@PathVariable long id, @PathVariable int position, Model model) {
        FinancePages.LinePage page = pages.line(id, position);
        StatementRow row = page.row();
        return rowForm(
                page,
                Map.of(
                        "annualBudget",
                        text(row.printed().annualBudget()),
                        "budgetToDate",
                        text(row.printed().budgetToDate()),
                        "actualSpend",
                        text(row.printed().actualSpend()),
                        "forecastOutturn",
                        text(row.printed().forecastOutturn())),
                new FormErrors(),
                model);
    }

    @PostMapping("/finance/statements/{id}/rows/{position}")
    String saveRow(
            @PathVariable long id,
            @PathVariable int position,
            @RequestParam(defaultValue = "") String annualBudget,
            @RequestParam(defaultValue = "") String budgetToDate,
            @RequestParam(defaultValue = "") String actualSpend,
            @RequestParam(defaultValue = "") String forecastOutturn,
            Model model,
            RedirectAttributes redirect) {
        String label;
        try {
            label = editing.correctLine(
                    id,
                    position,
                    new StatementEditing.LineForm(annualBudget, budgetToDate, actualSpend, forecastOutturn));
        } catch (FormRefused e) {
            return rowForm(
                    pages.line(id, position),
                    Map.of(
                            "annualBudget",
                            annualBudget,
                            "budgetToDate",
                            budgetToDate,
                            "actualSpend",
                            actualSpend,
                            "forecastOutturn",
                            forecastOutturn),
                    e.errors(),
                    model);
        }
        redirect.addFlashAttribute("message", label + " saved: variance, totals and checks recalculated");
        return "redirect:/finance/statements/" + id;
    }

    private static String rowForm(
            FinancePages.LinePage page, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("statement", page.statement());
        model.addAttribute("row", page.row());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", FIELDS);
        return "finance/row-form";
    }

    /** The officer's commentary under the statement; it starts from the words the figures give. */
    @PostMapping("/finance/statements/{id}/commentary")
    String commentary(
            @PathVariable long id, @RequestParam(defaultValue = "") String commentary, RedirectAttributes redirect) {
        try {
            editing.saveCommentary(id, commentary);
        } catch (FormRefused e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/finance/statements/" + id + "#commentary";
        }
        redirect.addFlashAttribute("message", texts.get("finance.commentary.saved"));
        return "redirect:/finance/statements/" + id;
    }

    /**
     * Which figures the suggested commentary is worded from: as printed, unless the officer chooses the figures worked
     * out from the lines. The printed figures themselves are not changed.
     */
    @PostMapping("/finance/statements/{id}/commentary-figures")
    String commentaryFigures(
            @PathVariable long id, @RequestParam(defaultValue = "") String figures, RedirectAttributes redirect) {
        CommentaryFigures chosen;
        try {
            chosen = editing.chooseCommentaryFigures(id, figures);
        } catch (FormRefused e) {
            redirect.addFlashAttribute("errors", e.errors());
            return "redirect:/finance/statements/" + id + "#figures";
        }
        redirect.addFlashAttribute("message", "The suggested commentary is worded from " + chosen.words());
        return "redirect:/finance/statements/" + id + "#commentary";
    }

    /** Replaces the totals as entered with the totals worked out from the lines, so the statement adds up. */
    @PostMapping("/finance/statements/{id}/totals")
    String acceptTotals(@PathVariable long id, RedirectAttributes redirect) {
        int changed = editing.acceptWorkedOutTotals(id);
        redirect.addFlashAttribute(
                "message",
                changed == 0
                        ? texts.get("finance.totals.alreadyAddUp")
                        : texts.get("finance.totals.accepted", changed));

        return "redirect:/finance/statements/" + id;
    }

    /** The fields of the line form, in page order. */
    record Field(String name, String label, String hint) {}

    static final List<Field> FIELDS = List.of(
            new Field("annualBudget", "Annual budget (£'000)", "Income is negative, for example -11,881"),
            new Field("budgetToDate", "Budget to date (£'000)", "Income is negative, for example -729"),
            new Field("actualSpend", "Actual spend (£'000)", "Income is negative, for example -732"),
            new Field(
                    "forecastOutturn",
                    "Forecast outturn variance (£'000)",
                    "An overspend is negative, for example -333 or (333)"));

    private static String text(Long v) {
        return v == null ? "" : String.valueOf(v);
    }
}
