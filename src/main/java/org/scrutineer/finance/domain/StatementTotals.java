package org.scrutineer.finance.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one rule for what each row of a statement covers and what it should hold, used by the checks, the pages, the
 * PDFs and the officer's "replace the printed totals with the worked-out ones" action alike:
 * <ul>
 * <li>a line's variance is budget to date less actual spend;</li>
 * <li>a sub-total (a total printed under a sub-heading, such as "Total Millbrow Expenditure") sums the lines under
 * that heading;</li>
 * <li>a section total (Total Expenditure, Total Income, Net Total Recharges, or any total printed outside a
 * sub-heading group) sums every line of its section, sub-heading groups included;</li>
 * <li>Net Operational Expenditure is Total Expenditure plus Total Income;</li>
 * <li>Net Departmental Expenditure is Net Operational Expenditure plus Net Total Recharges.</li>
 * </ul>
 * Each row is worked out two ways: from the lines alone (what the statement would print if every total followed from
 * its lines) and from the printed figures it is built from (its own lines, or the printed section totals for the net
 * figures), so that a slip is found once, in the row where it was made, not again in every total below it.
 */
public final class StatementTotals {
    // these labels always close any sub-heading group above them: they add up the whole section
    private static final Set<String> SECTION_TOTALS =
            Set.of("total expenditure", "total income", "net total recharges");

    private StatementTotals() {}

    /** How a row's figures follow from others; the words are those every page and PDF prints. */
    public enum Basis {
        LINE_VARIANCE("budget to date less actual spend gives"),
        SUB_TOTAL("lines give"),
        SECTION_TOTAL("lines give"),
        NET_OPERATIONAL("totals give"),
        NET_DEPARTMENTAL("totals give");

        private final String gives;

        Basis(String gives) {
            this.gives = gives;
        }

        /** Short words put before a worked-out figure in its cell: "lines give 1,226". */
        public String gives() {
            return gives;
        }
    }

    /**
     * A row (not a heading) with its figures worked out from the lines alone and from the printed figures it is built
     * from, and the rule that says how.
     */
    public record Derivation(StatementRow row, Amounts fromLines, Amounts fromPrinted, Basis basis, String rule) {}

    /** Every figure of each row worked out from the lines alone, by position (headings have none). */
    public static Map<Integer, Amounts> compute(RevenueStatement statement) {
        Map<Integer, Amounts> computed = new LinkedHashMap<>();
        derive(statement).forEach(d -> computed.put(d.row().position(), d.fromLines()));
        return computed;
    }

    /** Each row that is not a heading, in order, with what it should hold. */
    public static List<Derivation> derive(RevenueStatement statement) {
        List<Derivation> result = new ArrayList<>();
        Map<Section, Amounts> linesWorked = new EnumMap<>(Section.class);
        Map<Section, Amounts> linesPrinted = new EnumMap<>(Section.class);
        Map<Section, Amounts> printedTotals = new EnumMap<>(Section.class);
        Amounts groupWorked = Amounts.NONE;
        Amounts groupPrinted = Amounts.NONE;
        boolean inGroup = false;
        Amounts printedNetOperational = null;
        Section current = null;
        for (StatementRow row : statement.rows()) {
            if (row.section() != current) {
                current = row.section();
                groupWorked = Amounts.NONE;
                groupPrinted = Amounts.NONE;
                inGroup = false;
            }
            switch (row.kind()) {
                case HEADING -> {
                    inGroup = true;
                    groupWorked = Amounts.NONE;
                    groupPrinted = Amounts.NONE;
                }
                case LINE -> {
                    Amounts p = row.printed();
                    Long variance = p.expectedVariance() != null ? p.expectedVariance() : p.variance();
                    Amounts worked = new Amounts(
                            p.annualBudget(), p.budgetToDate(), p.actualSpend(), variance, p.forecastOutturn());
                    result.add(new Derivation(
                            row, worked, worked, Basis.LINE_VARIANCE, "variance = budget to date − actual spend"));
                    groupWorked = groupWorked.plus(worked);
                    groupPrinted = groupPrinted.plus(p);
                    linesWorked.merge(row.section(), worked, Amounts::plus);
                    linesPrinted.merge(row.section(), p, Amounts::plus);
                }
                case TOTAL -> {
                    String label = row.label().toLowerCase(Locale.ROOT).trim();
                    if (row.section() == Section.SUMMARY && label.startsWith("net operational")) {
                        result.add(new Derivation(
                                row,
                                get(linesWorked, Section.EXPENDITURE).plus(get(linesWorked, Section.INCOME)),
                                sectionTotal(Section.EXPENDITURE, printedTotals, linesPrinted)
                                        .plus(sectionTotal(Section.INCOME, printedTotals, linesPrinted)),
                                Basis.NET_OPERATIONAL,
                                "Net Operational Expenditure = Total Expenditure + Total Income"));
                        printedNetOperational = row.printed();
                    } else if (row.section() == Section.SUMMARY && label.startsWith("net departmental")) {
                        Amounts netOperational = printedNetOperational != null
                                ? printedNetOperational
                                : sectionTotal(Section.EXPENDITURE, printedTotals, linesPrinted)
                                        .plus(sectionTotal(Section.INCOME, printedTotals, linesPrinted));
                        result.add(new Derivation(
                                row,
                                get(linesWorked, Section.EXPENDITURE)
                                        .plus(get(linesWorked, Section.INCOME))
                                        .plus(get(linesWorked, Section.RECHARGES)),
                                netOperational.plus(sectionTotal(Section.RECHARGES, printedTotals, linesPrinted)),
                                Basis.NET_DEPARTMENTAL,
                                "Net Departmental Expenditure = Net Operational Expenditure + Net Total Recharges"));
                    } else if (inGroup && !SECTION_TOTALS.contains(label)) {
                        result.add(new Derivation(
                                row,
                                groupWorked,
                                groupPrinted,
                                Basis.SUB_TOTAL,
                                "sub-total = sum of the lines under its heading"));
                        inGroup = false;
                        groupWorked = Amounts.NONE;
                        groupPrinted = Amounts.NONE;
                    } else {
                        result.add(new Derivation(
                                row,
                                get(linesWorked, row.section()),
                                get(linesPrinted, row.section()),
                                Basis.SECTION_TOTAL,
                                "total = sum of the " + row.section().name().toLowerCase(Locale.ROOT) + " lines"));
                        printedTotals.put(row.section(), row.printed());
                        inGroup = false;
                    }
                }
            }
        }
        return result;
    }

    /** A section's printed total where the statement prints one; otherwise the sum of its lines stands in for it. */
    private static Amounts sectionTotal(
            Section section, Map<Section, Amounts> printedTotals, Map<Section, Amounts> lines) {
        return printedTotals.getOrDefault(section, get(lines, section));
    }

    private static Amounts get(Map<Section, Amounts> sums, Section s) {
        return sums.getOrDefault(s, Amounts.NONE);
    }
}
