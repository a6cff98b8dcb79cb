package org.scrutineer.finance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scrutineer.finance.domain.Amounts;
import org.scrutineer.finance.domain.Column;
import org.scrutineer.finance.domain.CrossPaperCheck;
import org.scrutineer.finance.domain.FigureTable;
import org.scrutineer.finance.domain.SavingProposal;
import org.scrutineer.meetings.BoardReports;
import org.scrutineer.platform.web.LondonTime;
import org.springframework.stereotype.Service;

/**
 * The finance a paper prints (a report presented at an agenda item): its statements, summary tables, savings and what
 * its text quotes, each with what its checks found; and the figures that more than one paper of a meeting states,
 * compared. Every view is plain strings, so that a published copy keeps exactly what it showed.
 */
@Service
class FinancePapers {
    private final Statements statements;
    private final FinanceTables tables;
    private final ReportTextChecks textChecks;
    private final Divisions divisions;

    public FinancePapers(
            Statements statements, FinanceTables tables, ReportTextChecks textChecks, Divisions divisions) {
        this.statements = statements;
        this.tables = tables;
        this.textChecks = textChecks;
        this.divisions = divisions;
    }

    /** A paper's finance as shown: where it was presented, and each record with its checks. */
    public record Paper(
            String slug,
            String subject,
            String reportTo,
            String date,
            long itemId,
            String agendaNumber,
            String itemTitle,
            List<Named<StatementView>> statements,
            List<Named<TableView>> tables,
            SavingsView savings,
            ReportTextChecks.Checked text) {
        /** How many printed figures and quoted figures of the paper do not follow from the others. */
        public int findings() {
            return statements.stream().mapToInt(s -> s.view().findings().size()).sum()
                    + tables.stream().mapToInt(t -> t.view().findings().size()).sum()
                    + (text == null ? 0 : text.findings().size());
        }

        public Named<StatementView> statement(String slug) {
            return statements.stream()
                    .filter(s -> s.slug().equals(slug))
                    .findFirst()
                    .orElse(null);
        }

        public Named<TableView> table(String slug) {
            return tables.stream()
                    .filter(t -> t.slug().equals(slug))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A record with the last part of its address. */
    public record Named<T>(String slug, T view) {}

    /** Figures stated in more than one place: how many, and each that does not agree, worded. */
    public record CrossPaper(int compared, int acrossPapers, List<String> disagreements) {}

    public Paper paper(BoardReports.Stored report, long itemId, String agendaNumber, String itemTitle) {
        List<Named<StatementView>> views = new ArrayList<>();
        for (Statements.Stored s : statements.ofReport(report.id())) {
            views.add(new Named<>(
                    unique(
                            slug(s.statement().department()),
                            views.stream().map(Named::slug).toList()),
                    StatementView.of(s)));
        }
        List<FigureTable> figureTables = tables.ofReport(report.id());
        List<Named<TableView>> tableViews = figureTables.stream()
                .map(t -> new Named<>(t.id(), TableView.of(t)))
                .toList();
        List<SavingProposal> proposals = tables.proposalsOfReport(report.id());
        SavingsView savings = proposals.isEmpty()
                ? null
                : SavingsView.of(
                        proposals,
                        figureTables.stream()
                                .filter(t -> t.id().equals("savings-by-department"))
                                .findFirst()
                                .orElse(null));
        ReportTextChecks.Checked text = report.report().paragraphs().isEmpty() ? null : textChecks.of(report);
        return new Paper(
                report.report().slug(),
                report.report().subject(),
                report.report().reportTo(),
                report.report().date() == null
                        ? ""
                        : LondonTime.date(report.report().date()),
                itemId,
                agendaNumber,
                itemTitle,
                views,
                tableViews,
                savings,
                text);
    }

    /**
     * The figures the papers state about the same division (or the same line of its statement), compared. A paper's
     * tables are taken at the date of its statements; a paper without statements does not say, so only its annual
     * budgets are compared.
     */
    public CrossPaper crossCheck(List<BoardReports.Stored> papers) {
        Map<String, String> names = divisions.all();
        List<CrossPaperCheck.Stated> stated = new ArrayList<>();
        for (BoardReports.Stored paper : papers) {
            String title = paper.report().subject();
            List<Statements.Stored> held = statements.ofReport(paper.id());
            List<LocalDate> dates =
                    held.stream().map(s -> s.statement().asAt()).distinct().toList();
            LocalDate asAt = dates.size() == 1 ? dates.get(0) : null;
            for (Statements.Stored s : held) {
                String department = s.statement().department();
                stated.addAll(CrossPaperCheck.of(
                        s.statement(), names.getOrDefault(department, department), title, department + " statement"));
            }
            for (FigureTable t : tables.ofReport(paper.id())) {
                stated.addAll(CrossPaperCheck.of(t, names, asAt, title, t.title()));
            }
        }
        CrossPaperCheck.Result result = CrossPaperCheck.check(stated);
        List<String> lines = result.disagreements().stream()
                .map(d -> {
                    List<String> values = new ArrayList<>();
                    d.values()
                            .forEach((value, where) ->
                                    values.add(print(d.measure(), value) + " in " + String.join("; ", where)));
                    return d.subject() + ", " + d.measure().heading().toLowerCase(Locale.ROOT) + ": "
                            + String.join(", but ", values) + ".";
                })
                .toList();
        return new CrossPaper(result.compared(), result.acrossPapers(), lines);
    }

    private static String print(Column c, java.math.BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0 ? Amounts.print(c, v.longValue()) : TableView.print(v);
    }

    /** "Education, Inclusion & Provision" → "education-inclusion-and-provision". */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return s.isEmpty() ? "statement" : s;
    }

    private static String unique(String slug, List<String> taken) {
        String candidate = slug;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
