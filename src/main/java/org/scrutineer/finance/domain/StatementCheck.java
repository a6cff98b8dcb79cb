package org.scrutineer.finance.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds every printed figure of a revenue budget statement that does not follow from the others:
 * <ul>
 * <li>a line's variance that is not budget to date less actual spend;</li>
 * <li>a sub-total that is not the sum of the lines under its heading;</li>
 * <li>a section total (Total Expenditure, Total Income, Net Total Recharges) that is not the sum of its section's lines;</li>
 * <li>Net Operational Expenditure that is not Total Expenditure plus Total Income;</li>
 * <li>Net Departmental Expenditure that is not Net Operational Expenditure plus Net Total Recharges.</li>
 * </ul>
 * A sub-heading's lines count in their section; a section total printed straight after them closes the group.
 * Where a statement prints no section total (some print only sub-totals), the sum of the section's lines stands in for it.
 */
public final class StatementCheck {
    // a section total closes any sub-heading group above it: it adds up the whole section
    private static final java.util.Set<String> SECTION_TOTALS = java.util.Set.of("total expenditure", "total income", "net total recharges");

    private StatementCheck() {
    }

    public static List<Inconsistency> check(RevenueStatement statement) {
        List<Inconsistency> found = new ArrayList<>();
        Amounts sectionSum = Amounts.NONE;
        Amounts groupSum = Amounts.NONE;
        boolean inGroup = false;
        Section current = null;
        java.util.Map<Section, Amounts> lines = new java.util.EnumMap<>(Section.class);
        java.util.Map<Section, Amounts> printedTotals = new java.util.EnumMap<>(Section.class);
        Amounts netOperational = null;
        for (StatementRow row : statement.rows()) {
            if (row.section() != current) {
                current = row.section();
                sectionSum = Amounts.NONE;
                groupSum = Amounts.NONE;
                inGroup = false;
            }
            switch (row.kind()) {
                case HEADING -> {
                    inGroup = true;
                    groupSum = Amounts.NONE;
                }
                case LINE -> {
                    Long expected = row.printed().expectedVariance();
                    Long printed = row.printed().variance();
                    if (expected != null && printed != null && !expected.equals(printed)) {
                        found.add(new Inconsistency(statement.department(), row.position(), row.label(), Column.VARIANCE,
                                printed, expected, "variance = budget to date − actual spend"));
                    }
                    sectionSum = sectionSum.plus(row.printed());
                    groupSum = groupSum.plus(row.printed());
                    lines.merge(row.section(), row.printed(), Amounts::plus);
                }
                case TOTAL -> {
                    String label = row.label().toLowerCase(Locale.ROOT);
                    Amounts expected;
                    String rule;
                    if (row.section() == Section.SUMMARY && label.startsWith("net operational")) {
                        expected = sectionTotal(Section.EXPENDITURE, printedTotals, lines).plus(sectionTotal(Section.INCOME, printedTotals, lines));
                        rule = "Net Operational Expenditure = Total Expenditure + Total Income";
                        netOperational = row.printed();
                    } else if (row.section() == Section.SUMMARY && label.startsWith("net departmental") && netOperational != null) {
                        expected = netOperational.plus(sectionTotal(Section.RECHARGES, printedTotals, lines));
                        rule = "Net Departmental Expenditure = Net Operational Expenditure + Net Total Recharges";
                    } else if (inGroup && !SECTION_TOTALS.contains(label.trim())) {
                        expected = groupSum;
                        rule = "sub-total = sum of the lines under its heading";
                        inGroup = false;
                        groupSum = Amounts.NONE;
                    } else {
                        expected = sectionSum;
                        rule = "total = sum of the " + row.section().name().toLowerCase(Locale.ROOT) + " lines";
                        printedTotals.put(row.section(), row.printed());
                    }
                    compare(statement, row, expected, rule, found);
                }
            }
        }
        return found;
    }

    private static Amounts sectionTotal(Section section, java.util.Map<Section, Amounts> printed, java.util.Map<Section, Amounts> lines) {
        return printed.getOrDefault(section, lines.getOrDefault(section, Amounts.NONE));
    }

    private static void compare(RevenueStatement statement, StatementRow row, Amounts expected, String rule, List<Inconsistency> found) {
        for (Column c : Column.values()) {
            Long printed = row.printed().get(c);
            Long want = expected.get(c);
            if (printed != null && want != null && !printed.equals(want)) {
                found.add(new Inconsistency(statement.department(), row.position(), row.label(), c, printed, want, rule));
            }
        }
    }
}
