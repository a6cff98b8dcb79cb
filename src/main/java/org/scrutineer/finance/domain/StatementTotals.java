package org.scrutineer.finance.domain;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every figure of a statement worked out from its lines alone: a line's variance is budget to date less actual spend;
 * a sub-total sums the lines under its heading; a section total sums the section's lines; Net Operational Expenditure
 * is expenditure plus income; Net Departmental Expenditure adds the recharges. Officers enter lines; these are the totals.
 */
public final class StatementTotals {
    private StatementTotals() {
    }

    /** The computed figures of each row, by position (headings have none). */
    public static Map<Integer, Amounts> compute(RevenueStatement statement) {
        Map<Integer, Amounts> computed = new HashMap<>();
        Map<Section, Amounts> sections = new EnumMap<>(Section.class);
        Amounts group = Amounts.NONE;
        boolean inGroup = false;
        Section current = null;
        for (StatementRow row : statement.rows()) {
            if (row.section() != current) {
                current = row.section();
                group = Amounts.NONE;
                inGroup = false;
            }
            switch (row.kind()) {
                case HEADING -> {
                    inGroup = true;
                    group = Amounts.NONE;
                }
                case LINE -> {
                    Amounts p = row.printed();
                    Long variance = p.expectedVariance() != null ? p.expectedVariance() : p.variance();
                    Amounts line = new Amounts(p.annualBudget(), p.budgetToDate(), p.actualSpend(), variance, p.forecastOutturn());
                    computed.put(row.position(), line);
                    group = group.plus(line);
                    sections.merge(row.section(), line, Amounts::plus);
                }
                case TOTAL -> {
                    String label = row.label().toLowerCase(Locale.ROOT);
                    Amounts total;
                    if (row.section() == Section.SUMMARY && label.startsWith("net operational")) {
                        total = section(sections, Section.EXPENDITURE).plus(section(sections, Section.INCOME));
                    } else if (row.section() == Section.SUMMARY && label.startsWith("net departmental")) {
                        total = section(sections, Section.EXPENDITURE).plus(section(sections, Section.INCOME))
                                .plus(section(sections, Section.RECHARGES));
                    } else if (inGroup) {
                        total = group;
                        inGroup = false;
                        group = Amounts.NONE;
                    } else {
                        total = section(sections, row.section());
                    }
                    computed.put(row.position(), total);
                }
            }
        }
        return computed;
    }

    private static Amounts section(Map<Section, Amounts> sections, Section s) {
        return sections.getOrDefault(s, Amounts.NONE);
    }
}
