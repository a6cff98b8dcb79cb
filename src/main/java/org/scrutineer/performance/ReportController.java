package org.scrutineer.performance;

import java.util.List;
import org.scrutineer.performance.PriorityReports.PublishedReport;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.security.Access;
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

/**
 * Priority Based Reports: published copies for everyone (/reports), live drafts for members of the board and
 * officers (/drafts), and publishing for officers.
 */
@Controller
class ReportController {
    private final PriorityReports reports;
    private final Boards boards;
    private final Access access;
    private final ReportingQuarter reportingQuarter;
    private final EnglandColumn englandColumn;
    private final Considerations considerations;
    private final Texts texts;

    public ReportController(
            PriorityReports reports,
            Boards boards,
            Access access,
            ReportingQuarter reportingQuarter,
            EnglandColumn englandColumn,
            Considerations considerations,
            Texts texts) {
        this.englandColumn = englandColumn;
        this.considerations = considerations;
        this.reports = reports;
        this.boards = boards;
        this.access = access;
        this.reportingQuarter = reportingQuarter;
        this.texts = texts;
    }

    @GetMapping("/reports")
    public String index(Model model) {
        model.addAttribute("boards", boards.all());
        model.addAttribute("published", reports.published());
        var draftBoards =
                boards.all().stream().filter(b -> access.mayReadDrafts(b.id())).toList();
        model.addAttribute("draftBoards", draftBoards);
        if (!draftBoards.isEmpty() && !model.containsAttribute("quarterTyped")) {
            model.addAttribute("quarterTyped", reportingQuarter.current().label());
        }
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "performance/reports";
    }

    @GetMapping("/reports/{board}/{quarter}")
    public String published(
            @PathVariable String board,
            @PathVariable String quarter,
            @RequestParam(required = false) Integer version,
            Model model) {
        Board b = board(board);
        Period q = QuarterSlug.parse(quarter);
        PriorityBasedReport report = reports.publishedReport(b, q, version)
                .orElseThrow(() -> new NotFound("No published report for " + b.name() + " " + q.label()));
        String base = "/reports/" + b.code() + "/" + QuarterSlug.of(q.label());
        model.addAttribute("report", report);
        model.addAttribute("draft", false);
        model.addAttribute("baseUrl", base);
        model.addAttribute(
                "pdfUrl", base + ".pdf?version=" + report.publication().version());
        model.addAttribute("versions", versions(b, q));
        model.addAttribute("considerations", considerations.ofReport(b, q));
        return "performance/report";
    }

    @GetMapping("/reports/{board}/{quarter}.pdf")
    public ResponseEntity<byte[]> publishedPdf(
            @PathVariable String board, @PathVariable String quarter, @RequestParam(required = false) Integer version) {
        Board b = board(board);
        Period q = QuarterSlug.parse(quarter);
        byte[] pdf = reports.publishedPdf(b, q, version)
                .orElseThrow(() -> new NotFound("No published report for " + b.name() + " " + q.label()));
        return pdf(pdf, b, q, version == null ? "" : "-v" + version);
    }

    /** The "open the draft" form: the quarter as typed, e.g. Q1 2025/26. */
    @GetMapping("/drafts")
    public String openDraft(
            @RequestParam String board, @RequestParam(defaultValue = "") String quarter, RedirectAttributes redirect) {
        Period q;
        try {
            q = QuarterSlug.fromLabel(quarter);
        } catch (NotFound e) {
            FormErrors errors = new FormErrors();
            errors.add(
                    "quarter",
                    quarter.isBlank()
                            ? texts.get("performance.report.quarter.required")
                            : texts.get("performance.report.quarter.invalid"));
            redirect.addFlashAttribute("errors", errors);
            redirect.addFlashAttribute("quarterTyped", quarter);
            return "redirect:/reports";
        }
        return "redirect:/drafts/" + draftBoard(board).code() + "/" + QuarterSlug.of(q.label());
    }

    @GetMapping("/drafts/{board}/{quarter}")
    public String draft(@PathVariable String board, @PathVariable String quarter, Model model) {
        Board b = draftBoard(board);
        Period q = QuarterSlug.parse(quarter);
        String slug = QuarterSlug.of(q.label());
        model.addAttribute("report", reports.build(b, q));
        model.addAttribute("draft", true);
        model.addAttribute("pdfUrl", "/drafts/" + b.code() + "/" + slug + ".pdf");
        model.addAttribute("publishUrl", "/drafts/" + b.code() + "/" + slug + "/publish");
        model.addAttribute("englandColumnUrl", "/drafts/" + b.code() + "/" + slug + "/england-column");
        List<PublishedReport> versions = versions(b, q);
        model.addAttribute(
                "latestPublished", versions.isEmpty() ? null : versions.get(0).version());
        model.addAttribute("publishedUrl", "/reports/" + b.code() + "/" + slug);
        model.addAttribute("versions", null);
        model.addAttribute("considerations", considerations.ofReport(b, q));
        model.addAttribute("considerAction", "/drafts/" + b.code() + "/" + slug + "/considerations");
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "performance/report";
    }

    @GetMapping("/drafts/{board}/{quarter}.pdf")
    public ResponseEntity<byte[]> draftPdf(@PathVariable String board, @PathVariable String quarter) {
        Board b = draftBoard(board);
        Period q = QuarterSlug.parse(quarter);
        return pdf(reports.renderPdf(reports.build(b, q)), b, q, "-draft");
    }

    @PostMapping("/drafts/{board}/{quarter}/publish")
    public String publish(
            @PathVariable String board,
            @PathVariable String quarter,
            @RequestParam(required = false) String checksReason,
            RedirectAttributes redirect) {
        Board b = board(board);
        Period q = QuarterSlug.parse(quarter);
        PublishedReport p;
        try {
            p = reports.publish(b, q, checksReason);
        } catch (PriorityReports.ChecksUnresolved e) {
            FormErrors errors = new FormErrors();
            errors.add("checksReason", e.getMessage());
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/drafts/" + b.code() + "/" + QuarterSlug.of(q.label());
        }
        redirect.addFlashAttribute("message", texts.get("performance.report.published", p.version()));

        return "redirect:/reports/" + b.code() + "/" + QuarterSlug.of(q.label()) + "?version=" + p.version();
    }

    /** The board shows England's column in its report, or stops showing it (officers and admins). */
    @PostMapping("/drafts/{board}/{quarter}/england-column")
    public String englandColumn(
            @PathVariable String board,
            @PathVariable String quarter,
            @RequestParam(defaultValue = "") String show,
            RedirectAttributes redirect) {
        Board b = board(board);
        Period q = QuarterSlug.parse(quarter);
        boolean on = "yes".equals(show);
        englandColumn.show(b, on);
        redirect.addFlashAttribute(
                "message",
                on
                        ? "The report now shows England's value and the comparison with England"
                        : "The report no longer shows England's column");
        return "redirect:/drafts/" + b.code() + "/" + QuarterSlug.of(q.label());
    }

    @PostMapping("/drafts/{board}/{quarter}/considerations")
    public String consider(
            @PathVariable String board,
            @PathVariable String quarter,
            @RequestParam(required = false) Long item,
            RedirectAttributes redirect) {
        Board b = board(board);
        Period q = QuarterSlug.parse(quarter);
        try {
            considerations.consider(b, q, item);
            redirect.addFlashAttribute("message", texts.get("performance.consideration.report.recorded"));
        } catch (Considerations.NoSuchItem e) {
            redirect.addFlashAttribute(
                    "errors",
                    FormErrors.of(java.util.Map.of("item", texts.get("performance.consideration.item.required"))));
        }
        return "redirect:/drafts/" + b.code() + "/" + QuarterSlug.of(q.label()) + "#considered";
    }

    @PostMapping("/drafts/{board}/{quarter}/considerations/{itemId}/remove")
    public String forget(
            @PathVariable String board,
            @PathVariable String quarter,
            @PathVariable("itemId") long item,
            RedirectAttributes redirect) {
        Board b = board(board);
        Period q = QuarterSlug.parse(quarter);
        considerations.forget(b, q, item);
        redirect.addFlashAttribute("message", texts.get("performance.consideration.report.removed"));
        return "redirect:/drafts/" + b.code() + "/" + QuarterSlug.of(q.label()) + "#considered";
    }

    private List<PublishedReport> versions(Board b, Period q) {
        return reports.published().stream()
                .filter(r -> r.boardCode().equals(b.code()) && r.quarter().equals(q.label()))
                .toList();
    }

    private Board board(String code) {
        return boards.byCode(code).orElseThrow(() -> new NotFound("No board " + code));
    }

    private Board draftBoard(String code) {
        Board b = board(code);
        if (!access.mayReadDrafts(b.id())) {
            throw new NotFound("No draft for " + code);
        }
        return b;
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, Board b, Period q, String suffix) {
        String name = b.code() + "-priority-based-report-" + QuarterSlug.of(q.label()) + suffix + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(pdf);
    }
}
