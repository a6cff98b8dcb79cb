package org.scrutineer.finance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scrutineer.meetings.HeldPapers;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.pdf.PdfRenderer;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The council-wide spending report as a document: every summary table and departmental statement held, each with
 * what its checks found, rendered to a tagged PDF from the same fragments as the pages.
 */
@Service
public class SpendingReport implements HeldPapers {
    private final Statements statements;
    private final FinanceTables tables;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;
    private final ScrutineerProperties properties;
    private final org.scrutineer.meetings.BoardReports reports;
    private final ReportTextChecks textChecks;

    public SpendingReport(
            Statements statements,
            FinanceTables tables,
            PdfRenderer pdf,
            ITemplateEngine templates,
            ScrutineerProperties properties,
            org.scrutineer.meetings.BoardReports reports,
            ReportTextChecks textChecks) {
        this.reports = reports;
        this.textChecks = textChecks;
        this.statements = statements;
        this.tables = tables;
        this.pdf = pdf;
        this.templates = templates;
        this.properties = properties;
    }

    /**
     * The council-wide report's text as printed (where its paragraphs are held), tables, statements and savings,
     * checked: the views carry their findings.
     */
    public Contents contents() {
        List<Text> text = statements.councilWideReports().stream()
                .flatMap(id -> reports.all().stream()
                        .filter(r -> r.id() == id && !r.report().paragraphs().isEmpty()))
                .map(r -> new Text(
                        r.report().subject(),
                        r.report().paragraphs().stream()
                                .map(p -> p.number() + " " + p.text())
                                .toList(),
                        textChecks.of(r)))
                .toList();
        return new Contents(
                properties.councilName(),
                text,
                tables.councilWide().stream().map(TableView::of).toList(),
                statements.councilWide().stream().map(s -> StatementView.of(s)).toList(),
                SavingsView.of(
                        tables.proposals(), tables.byId("savings-by-department").orElse(null)));
    }

    /** A report's numbered paragraphs as printed, and what the text check found in them. */
    public record Text(String subject, List<String> paragraphs, ReportTextChecks.Checked checked) {}

    /** The demo meetings' "Councilwide spending" item is this report, printed from the records held. */
    @Override
    public Optional<byte[]> paperFor(String itemTitle) {
        return itemTitle.toLowerCase(Locale.ROOT).contains("councilwide spending")
                ? Optional.of(renderPdf(contents()))
                : Optional.empty();
    }

    public byte[] renderPdf(Contents contents) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", contents);
        context.setVariable("pdf", true);
        return pdf.render(templates.process("finance/spending-report-pdf", context), "Spending report");
    }

    public record Contents(
            String councilName,
            List<Text> text,
            List<TableView> tables,
            List<StatementView> statements,
            SavingsView savings) {
        public int findings() {
            return text.stream().mapToInt(t -> t.checked().findings().size()).sum()
                    + tables.stream().mapToInt(t -> t.findings().size()).sum()
                    + statements.stream().mapToInt(s -> s.findings().size()).sum();
        }
    }
}
