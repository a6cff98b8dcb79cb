package org.scrutineer.finance;

import java.util.List;
import java.util.Map;
import org.scrutineer.finance.domain.CommentaryFigures;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.StatementRow;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Revenue budget statements with their checks, for members and officers. Officers correct a line's figures; the
 * variance, totals, net positions and words follow from the lines. A board's statements, tables and papers are its
 * drafts, for its members and officers; the council-wide report's are for every councillor ({@link Access}).
 */
@Controller
class FinanceController {
    private final Statements statements;
    private final FinanceTables tables;
    private final AuditTrail audit;
    private final SpendingReport spendingReport;
    private final StatementImport statementImport;
    private final org.scrutineer.platform.boards.Boards boards;
    private final ReportTextChecks reportTextChecks;
    private final FinancePapers papers;
    private final org.scrutineer.meetings.Meetings meetings;
    private final org.scrutineer.meetings.BoardReports reports;
    private final Access access;
    private final StatementEditing editing;
    private final Texts texts;

    public FinanceController(
            Statements statements,
            FinanceTables tables,
            AuditTrail audit,
            SpendingReport spendingReport,
            StatementImport statementImport,
            org.scrutineer.platform.boards.Boards boards,
            ReportTextChecks reportTextChecks,
            FinancePapers papers,
            org.scrutineer.meetings.Meetings meetings,
            org.scrutineer.meetings.BoardReports reports,
            Access access,
            StatementEditing editing,
            Texts texts) {
        this.access = access;
        this.editing = editing;
        this.papers = papers;
        this.meetings = meetings;
        this.reports = reports;
        this.statementImport = statementImport;
        this.boards = boards;
        this.reportTextChecks = reportTextChecks;
        this.spendingReport = spendingReport;
        this.statements = statements;
        this.tables = tables;
        this.audit = audit;
        this.texts = texts;
    }

    /** Statements listed under the board or report that holds them. */
    public record StatementGroup(String title, List<StatementView> statements) {}

    /** What the papers of one meeting both state, compared. */
    public record MeetingCheck(String meeting, String key, List<String> papers, FinancePapers.CrossPaper result) {}

    @GetMapping("/finance")
    public String list(Model model) {
        var all = statements.all().stream()
                .filter(s -> access.mayReadDraftsOfBoardOrCouncil(s.boardCode()))
                .toList();
        model.addAttribute(
                "statementGroups",
                List.of(
                        new StatementGroup(
                                "Health and Social Care board",
                                all.stream()
                                        .filter(s -> s.boardCode() != null)
                                        .map(s -> StatementView.of(s))
                                        .toList()),
                        new StatementGroup(
                                "Council-wide spending report, Appendix 2",
                                all.stream()
                                        .filter(s -> s.boardCode() == null)
                                        .map(s -> StatementView.of(s))
                                        .toList())));
        Map<String, String> tableBoards = tables.boardCodes();
        model.addAttribute(
                "tables",
                tables.all().stream()
                        .filter(t -> access.mayReadDraftsOfBoardOrCouncil(tableBoards.get(t.id())))
                        .map(TableView::of)
                        .toList());
        Map<String, String> reportBoards = reports.boardCodes();
        model.addAttribute(
                "reportChecks",
                reportTextChecks.all().stream()
                        .filter(c -> access.mayReadDraftsOfBoardOrCouncil(reportBoards.get(c.slug())))
                        .toList());
        model.addAttribute(
                "meetingChecks",
                meetings.all(null).stream()
                        .filter(m -> access.mayReadDrafts(m.boardCode()))
                        .map(m -> {
                            var presented = reports.presentedAtMeeting(m.id());
                            return presented.size() < 2
                                    ? null
                                    : new MeetingCheck(
                                            m.boardName() + ", "
                                                    + org.scrutineer.platform.web.LondonTime.date(m.date()),
                                            m.key(),
                                            presented.stream()
                                                    .map(r -> r.report().subject())
                                                    .toList(),
                                            papers.crossCheck(presented));
                        })
                        .filter(java.util.Objects::nonNull)
                        .toList());
        model.addAttribute("boards", boards.all());
        model.addAttribute("columns", String.join(",", StatementImport.COLUMNS));
        return "finance/statements";
    }

    @PostMapping("/finance/import")
    public String importStatements(
            @RequestParam(defaultValue = "") String board,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            Model model)
            throws java.io.IOException {
        var b = boards.byCode(board).orElse(null);
        String fileError = null;
        if (b == null) {
            fileError = texts.get("finance.import.board.required");
        } else if (file == null || file.isEmpty()) {
            fileError = texts.get("finance.import.file.required");
        } else {
            try (var in = file.getInputStream()) {
                var imported = statementImport.importFile(b.id(), file.getOriginalFilename(), in);
                model.addAttribute(
                        "message",
                        imported.size() + (imported.size() == 1 ? " statement" : " statements") + " imported from "
                                + file.getOriginalFilename() + ": "
                                + String.join(
                                        ", ",
                                        imported.stream()
                                                .map(s -> s.department())
                                                .toList()));
            } catch (org.scrutineer.platform.imports.ImportRejected e) {
                model.addAttribute("rowErrors", e.errors());
                model.addAttribute("rejected", e);
                fileError = e.getMessage() + ". Nothing was imported: correct the file and upload it again.";
            }
        }
        model.addAttribute("fileError", fileError);
        return list(model);
    }

    @GetMapping("/finance/tables/{id}")
    public String table(@PathVariable String id, Model model) {
        model.addAttribute(
                "table",
                TableView.of(tables.byId(id)
                        .filter(t -> access.mayReadDraftsOfBoardOrCouncil(
                                tables.boardCodes().get(t.id())))
                        .orElseThrow(() -> new NotFound("No table " + id))));
        return "finance/table";
    }

    /** An officer records a savings proposal's progress on the three-state scale. */
    @PostMapping("/finance/savings/{id}/status")
    public String savingStatus(
            @PathVariable long id, @RequestParam(defaultValue = "") String status, RedirectAttributes redirect) {
        var proposal = tables.proposals().stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("No savings proposal " + id));
        org.scrutineer.platform.progress.ProgressStatus s;
        try {
            s = org.scrutineer.platform.progress.ProgressStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            FormErrors errors = new FormErrors();
            errors.add("status-" + id, texts.get("finance.saving.status.required", proposal.serviceArea()));
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/finance/savings#proposal-" + id;
        }
        editing.recordSavingProgress(proposal, s);
        redirect.addFlashAttribute("message", texts.get("finance.saving.saved", proposal.serviceArea(), s.words()));
        return "redirect:/finance/savings#proposal-" + id;
    }

    @GetMapping("/finance/spending-report.pdf")
    public org.springframework.http.ResponseEntity<byte[]> spendingReportPdf() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"spending-report-with-checks.pdf\"")
                .body(spendingReport.renderPdf(spendingReport.contents()));
    }

    @GetMapping("/finance/savings")
    public String savings(Model model) {
        model.addAttribute(
                "savings",
                SavingsView.of(
                        tables.proposals(), tables.byId("savings-by-department").orElse(null)));
        model.addAttribute("statuses", org.scrutineer.platform.progress.ProgressStatus.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "finance/savings";
    }

    @GetMapping("/finance/statements/{id}")
    public String show(@PathVariable long id, Model model) {
        Statements.Stored s = stored(id);
        model.addAttribute("statement", StatementView.of(s));
        model.addAttribute(
                "lines",
                s.statement().rows().stream()
                        .filter(r -> r.kind() == RowKind.LINE)
                        .toList());
        model.addAttribute("entries", audit.forScope(scope(id)));
        model.addAttribute("commentaryFigures", s.commentaryFigures());
        model.addAttribute("figureChoices", CommentaryFigures.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "finance/statement";
    }

    @GetMapping("/finance/statements/{id}/rows/{position}")
    public String editRow(@PathVariable long id, @PathVariable int position, Model model) {
        Statements.Stored s = stored(id);
        StatementRow row = line(s, position);
        model.addAttribute("statement", StatementView.of(s));
        model.addAttribute("row", row);
        model.addAttribute(
                "form",
                Map.of(
                        "annualBudget",
                        text(row.printed().annualBudget()),
                        "budgetToDate",
                        text(row.printed().budgetToDate()),
                        "actualSpend",
                        text(row.printed().actualSpend()),
                        "forecastOutturn",
                        text(row.printed().forecastOutturn())));
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("fields", FIELDS);
        return "finance/row-form";
    }

    @PostMapping("/finance/statements/{id}/rows/{position}")
    public String saveRow(
            @PathVariable long id,
            @PathVariable int position,
            @RequestParam(defaultValue = "") String annualBudget,
            @RequestParam(defaultValue = "") String budgetToDate,
            @RequestParam(defaultValue = "") String actualSpend,
            @RequestParam(defaultValue = "") String forecastOutturn,
            Model model,
            RedirectAttributes redirect) {
        Statements.Stored s = stored(id);
        StatementRow row = line(s, position);
        FormErrors errors = new FormErrors();
        Long a = thousands(errors, "annualBudget", "Annual budget", annualBudget);
        Long b = thousands(errors, "budgetToDate", "Budget to date", budgetToDate);
        Long c = thousands(errors, "actualSpend", "Actual spend", actualSpend);
        Long f = thousands(errors, "forecastOutturn", "Forecast outturn", forecastOutturn);
        if (errors.any()) {
            model.addAttribute("statement", StatementView.of(s));
            model.addAttribute("row", row);
            model.addAttribute(
                    "form",
                    Map.of(
                            "annualBudget",
                            annualBudget,
                            "budgetToDate",
                            budgetToDate,
                            "actualSpend",
                            actualSpend,
                            "forecastOutturn",
                            forecastOutturn));
            model.addAttribute("errors", errors);
            model.addAttribute("fields", FIELDS);
            return "finance/row-form";
        }
        editing.correctLine(s, row, a, b, c, f);
        redirect.addFlashAttribute("message", texts.get("finance.row.saved", row.label()));
        return "redirect:/finance/statements/" + id;
    }

    /** The officer's commentary under the statement; it starts from the words the figures give. */
    @PostMapping("/finance/statements/{id}/commentary")
    public String commentary(
            @PathVariable long id, @RequestParam(defaultValue = "") String commentary, RedirectAttributes redirect) {
        Statements.Stored s = stored(id);
        String text = commentary.trim();
        if (text.isEmpty() || text.length() > 4000) {
            FormErrors errors = new FormErrors();
            errors.add(
                    "commentary",
                    text.isEmpty()
                            ? texts.get("finance.commentary.commentary.required")
                            : texts.get("finance.commentary.commentary.tooLong"));
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/finance/statements/" + id + "#commentary";
        }
        editing.saveCommentary(s, text);
        redirect.addFlashAttribute("message", texts.get("finance.commentary.saved"));
        return "redirect:/finance/statements/" + id;
    }

    /**
     * Which figures the suggested commentary is worded from: as printed, unless the officer chooses the figures worked
     * out from the lines. The printed figures themselves are not changed.
     */
    @PostMapping("/finance/statements/{id}/commentary-figures")
    public String commentaryFigures(
            @PathVariable long id, @RequestParam(defaultValue = "") String figures, RedirectAttributes redirect) {
        Statements.Stored s = stored(id);
        CommentaryFigures chosen;
        try {
            chosen = CommentaryFigures.valueOf(figures);
        } catch (IllegalArgumentException e) {
            FormErrors errors = new FormErrors();
            errors.add("figures", texts.get("finance.commentary.figures.required"));
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/finance/statements/" + id + "#figures";
        }
        editing.chooseCommentaryFigures(s, chosen);
        redirect.addFlashAttribute("message", texts.get("finance.commentary.figuresChosen", chosen.words()));
        return "redirect:/finance/statements/" + id + "#commentary";
    }

    /** Replaces the totals as entered with the totals worked out from the lines, so the statement adds up. */
    @PostMapping("/finance/statements/{id}/totals")
    public String acceptTotals(@PathVariable long id, RedirectAttributes redirect) {
        Statements.Stored s = stored(id);
        int changed = editing.acceptWorkedOutTotals(s);
        redirect.addFlashAttribute(
                "message",
                changed == 0
                        ? texts.get("finance.totals.alreadyAddUp")
                        : texts.get("finance.totals.accepted", changed));

        return "redirect:/finance/statements/" + id;
    }

    /** The fields of the line form, in page order. */
    public record Field(String name, String label, String hint) {}

    static final java.util.List<Field> FIELDS = java.util.List.of(
            new Field("annualBudget", "Annual budget (£'000)", "Income is negative, for example -11,881"),
            new Field("budgetToDate", "Budget to date (£'000)", "Income is negative, for example -729"),
            new Field("actualSpend", "Actual spend (£'000)", "Income is negative, for example -732"),
            new Field(
                    "forecastOutturn",
                    "Forecast outturn variance (£'000)",
                    "An overspend is negative, for example -333 or (333)"));

    private Statements.Stored stored(long id) {
        return statements
                .byId(id)
                .filter(s -> access.mayReadDraftsOfBoardOrCouncil(s.boardCode()))
                .orElseThrow(() -> new NotFound("No statement " + id));
    }

    private static StatementRow line(Statements.Stored s, int position) {
        return s.statement().rows().stream()
                .filter(r -> r.position() == position && r.kind() == RowKind.LINE)
                .findFirst()
                .orElseThrow(() -> new NotFound("No line " + position));
    }

    static String scope(long id) {
        return StatementEditing.scope(id);
    }

    private static String text(Long v) {
        return v == null ? "" : String.valueOf(v);
    }

    /** Whole £'000, as officers type them: 1,234 or -1,234 or (1,234). */
    static Long thousands(FormErrors errors, String field, String name, String text) {
        String t = text.trim().replace(",", "").replace("£", "");
        boolean bracketed = t.startsWith("(") && t.endsWith(")");
        if (bracketed) {
            t = "-" + t.substring(1, t.length() - 1).trim();
        }
        if (t.isEmpty()) {
            errors.add(field, "Enter the " + name.toLowerCase() + " in £'000, for example 1,340");
            return null;
        }
        if (!t.matches("-?\\d{1,12}")) {
            errors.add(field, name + " must be a whole number of £'000, like 1,340 or -729");
            return null;
        }
        return Long.parseLong(t);
    }
}
