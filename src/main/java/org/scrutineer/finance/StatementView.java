package org.scrutineer.finance;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.scrutineer.finance.domain.Amounts;
import org.scrutineer.finance.domain.BudgetPhrase;
import org.scrutineer.finance.domain.Column;
import org.scrutineer.finance.domain.Inconsistency;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.Section;
import org.scrutineer.finance.domain.StatementCheck;
import org.scrutineer.finance.domain.StatementRow;

/**
 * A revenue budget statement as printed on a page, in a report's financial appendix and in its PDF: figures formatted
 * as the council prints them, the findings of the checks, and the position in words. Kept as plain strings so that a
 * published report freezes exactly what it showed.
 */
public record StatementView(long id, String department, String asAt, List<Row> rows, List<Finding> findings, String position,
                            @Nullable VarianceChart chart, @Nullable String commentary) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public record Row(String section, String label, String kind, List<String> figures, boolean flagged) {
        public boolean heading() {
            return kind.equals("HEADING");
        }

        public boolean total() {
            return kind.equals("TOTAL");
        }
    }

    public record Finding(String row, String column, String printed, String expected, String rule) {
    }

    /** Each finding as a sentence, as every page and PDF prints it. */
    public List<String> findingLines() {
        return findings.stream().map(f -> FindingLine.of(f.row(), f.column(), f.printed(), f.expected(), f.rule())).toList();
    }

    public static StatementView of(Statements.Stored stored) {
        StatementView v = of(stored.id(), stored.statement());
        return stored.commentary() == null ? v
                : new StatementView(v.id, v.department, v.asAt, v.rows, v.findings, v.position, v.chart, stored.commentary());
    }

    public static StatementView of(long id, RevenueStatement s) {
        List<Inconsistency> found = StatementCheck.check(s);
        java.util.Map<Integer, Amounts> computed = org.scrutineer.finance.domain.StatementTotals.compute(s);
        Set<Integer> flagged = found.stream().map(Inconsistency::position).collect(Collectors.toSet());
        List<Row> rows = new ArrayList<>();
        Section section = null;
        for (StatementRow r : s.rows()) {
            if (r.section() != section && r.section() != Section.SUMMARY) {
                section = r.section();
                rows.add(new Row(section.name(), heading(section), "SECTION", List.of(), false));
            }
            // shown as worked out from the lines; where the figure as entered differs, the row is flagged and listed
            Amounts shown = computed.getOrDefault(r.position(), r.printed());
            List<String> figures = new ArrayList<>();
            for (Column c : Column.values()) {
                figures.add(Amounts.print(c, shown.get(c) != null ? shown.get(c) : r.printed().get(c)));
            }
            rows.add(new Row(r.section().name(), r.label(), r.kind().name(), r.kind() == RowKind.HEADING ? List.of() : figures,
                    flagged.contains(r.position()) || !shown.equals(r.printed()) && r.kind() != RowKind.HEADING));
        }
        List<Finding> findings = found.stream().map(i -> new Finding(i.row(), i.column().heading(),
                Amounts.print(i.column(), i.printed()), Amounts.print(i.column(), i.expected()), i.rule())).toList();
        List<StatementRow> lines = s.rows().stream().filter(r -> r.kind() == RowKind.LINE && r.printed().forecastOutturn() != null).toList();
        VarianceChart chart = VarianceChart.of(lines.stream().map(StatementRow::label).toList(),
                lines.stream().map(r -> r.printed().forecastOutturn()).toList());
        return new StatementView(id, s.department(), DATE.format(s.asAt()), rows, findings, position(s, computed), chart, null);
    }

    /** The bottom line in words, from the computed net figure's variance and forecast. */
    static String position(RevenueStatement s, java.util.Map<Integer, Amounts> computed) {
        for (int i = s.rows().size() - 1; i >= 0; i--) {
            StatementRow r = s.rows().get(i);
            Amounts a = computed.get(r.position());
            if (r.kind() == RowKind.TOTAL && r.section() == Section.SUMMARY && a != null && a.variance() != null) {
                String text = r.label() + " is " + BudgetPhrase.position(a.variance());
                return a.forecastOutturn() == null ? text + "." : text + ", and " + BudgetPhrase.forecast(a.forecastOutturn()) + ".";
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
