package org.scrutineer.finance;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scrutineer.finance.domain.Amounts;
import org.scrutineer.finance.domain.BudgetPhrase;
import org.scrutineer.finance.domain.Column;
import org.scrutineer.finance.domain.CommentaryFigures;
import org.scrutineer.finance.domain.Inconsistency;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.Section;
import org.scrutineer.finance.domain.StatementCheck;
import org.scrutineer.finance.domain.StatementRow;
import org.scrutineer.finance.domain.StatementTotals;

/**
 * A revenue budget statement as printed on a page, in a report's financial appendix and in its PDF: every figure as
 * entered (as printed), a figure that does not follow marked in its cell with what the others give beside it, the
 * findings of the checks, and the position in words. Kept as plain strings so that a published report freezes exactly
 * what it showed.
 */
public record StatementView(
        long id,
        String department,
        String asAt,
        List<Row> rows,
        List<Finding> findings,
        String position,
        @Nullable VarianceChart chart,
        @Nullable String commentary) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * A row: its five figures as printed, and for each a note where the figure does not follow ("lines give 1,226"),
     * empty where it does. Copies published before the notes existed have none.
     */
    public record Row(
            String section, String label, String kind, List<String> figures, boolean flagged, List<String> worked) {
        public boolean heading() {
            return kind.equals("HEADING");
        }

        public boolean total() {
            return kind.equals("TOTAL");
        }

        /** What the other figures give for this column, where the printed figure does not follow; empty otherwise. */
        public String worked(int column) {
            return worked == null || column >= worked.size() ? "" : worked.get(column);
        }
    }

    public record Finding(String row, String column, String printed, String expected, String rule) {}

    /** Each finding as a sentence, as every page and PDF prints it. */
    public List<String> findingLines() {
        return findings.stream()
                .map(f -> FindingLine.of(f.row(), f.column(), f.printed(), f.expected(), f.rule()))
                .toList();
    }

    /** The rows under each section heading (Expenditure, Income, Recharges; the net figures stand on their own). */
    public List<List<Row>> sections() {
        List<List<Row>> groups = new ArrayList<>();
        for (Row r : rows) {
            if (r.kind().equals("SECTION")
                    || groups.isEmpty()
                    || r.section().equals("SUMMARY")
                            && !groups.get(groups.size() - 1).isEmpty()
                            && !groups.get(groups.size() - 1).get(0).section().equals("SUMMARY")) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(r);
        }
        return groups;
    }

    public static StatementView of(Statements.Stored stored) {
        StatementView v = of(stored.id(), stored.statement(), stored.commentaryFigures());
        return stored.commentary() == null
                ? v
                : new StatementView(
                        v.id, v.department, v.asAt, v.rows, v.findings, v.position, v.chart, stored.commentary());
    }

    public static StatementView of(long id, RevenueStatement s) {
        return of(id, s, CommentaryFigures.AS_PRINTED);
    }

    public static StatementView of(long id, RevenueStatement s, CommentaryFigures wordedFrom) {
        List<Inconsistency> found = StatementCheck.check(s);
        Map<Integer, StatementTotals.Derivation> derived = new HashMap<>();
        StatementTotals.derive(s).forEach(d -> derived.put(d.row().position(), d));
        Map<Integer, Map<Column, Inconsistency>> byCell = new HashMap<>();
        found.forEach(i -> byCell.computeIfAbsent(i.position(), k -> new java.util.EnumMap<>(Column.class))
                .put(i.column(), i));
        List<Row> rows = new ArrayList<>();
        Section section = null;
        for (StatementRow r : s.rows()) {
            if (r.section() != section && r.section() != Section.SUMMARY) {
                section = r.section();
                rows.add(new Row(section.name(), heading(section), "SECTION", List.of(), false, List.of()));
            }
            if (r.kind() == RowKind.HEADING) {
                rows.add(new Row(r.section().name(), r.label(), r.kind().name(), List.of(), false, List.of()));
                continue;
            }
            // figures as printed; a figure that does not follow keeps its place, with what the others give beside it
            Map<Column, Inconsistency> slips = byCell.getOrDefault(r.position(), Map.of());
            List<String> figures = new ArrayList<>();
            List<String> worked = new ArrayList<>();
            for (Column c : Column.values()) {
                figures.add(Amounts.print(c, r.printed().get(c)));
                Inconsistency slip = slips.get(c);
                worked.add(
                        slip == null
                                ? ""
                                : derived.get(r.position()).basis().gives() + " " + Amounts.print(c, slip.expected()));
            }
            rows.add(new Row(r.section().name(), r.label(), r.kind().name(), figures, !slips.isEmpty(), worked));
        }
        List<Finding> findings = found.stream()
                .map(i -> new Finding(
                        i.row(),
                        i.column().heading(),
                        Amounts.print(i.column(), i.printed()),
                        Amounts.print(i.column(), i.expected()),
                        i.rule()))
                .toList();
        List<StatementRow> lines = s.rows().stream()
                .filter(r -> r.kind() == RowKind.LINE && r.printed().forecastOutturn() != null)
                .toList();
        VarianceChart chart = VarianceChart.of(
                lines.stream().map(StatementRow::label).toList(),
                lines.stream().map(r -> r.printed().forecastOutturn()).toList());
        return new StatementView(
                id, s.department(), DATE.format(s.asAt()), rows, findings, position(s, wordedFrom), chart, null);
    }

    /**
     * The bottom line in words, from the net figure's variance and forecast: as printed, unless the officer chose the
     * figures worked out from the lines.
     */
    static String position(RevenueStatement s, CommentaryFigures from) {
        Map<Integer, Amounts> figures = new HashMap<>();
        if (from == CommentaryFigures.WORKED_OUT) {
            figures.putAll(StatementTotals.compute(s));
        } else {
            s.rows().forEach(r -> figures.put(r.position(), r.printed()));
        }
        for (int i = s.rows().size() - 1; i >= 0; i--) {
            StatementRow r = s.rows().get(i);
            Amounts a = figures.get(r.position());
            if (r.kind() == RowKind.TOTAL && r.section() == Section.SUMMARY && a != null && a.variance() != null) {
                String text = r.label() + " is " + BudgetPhrase.position(a.variance());
                return a.forecastOutturn() == null
                        ? text + "."
                        : text + ", and " + BudgetPhrase.forecast(a.forecastOutturn()) + ".";
            }
        }
        return "";
    }

    private static String heading(Section s) {
        return switch (s) {
            case EXPENDITURE -> "Expenditure";
            case INCOME -> "Income";
            case RECHARGES -> "Recharges";
            case SUMMARY -> "";
        };
    }
}
