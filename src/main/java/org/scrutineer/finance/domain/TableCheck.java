package org.scrutineer.finance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scrutineer.finance.domain.FigureTable.Finding;
import org.scrutineer.finance.domain.FigureTable.Row;

/**
 * Checks a summary table: every total against the lines it totals (a closing "Total…" row against all lines, any
 * other total against the lines since the previous total or heading); a variance column against budget less spend;
 * an average-per-user column against budget divided by users; and a heading in £m over figures that can only be £'000.
 */
public final class TableCheck {
    private TableCheck() {}

    public static List<Finding> check(FigureTable t) {
        List<Finding> found = new ArrayList<>();
        totals(t, found);
        variances(t, found);
        averages(t, found);
        unit(t, found);
        return found;
    }

    private static void totals(FigureTable t, List<Finding> found) {
        int columns = t.columns().size();
        BigDecimal[] all = new BigDecimal[columns];
        BigDecimal[] since = new BigDecimal[columns];
        for (int i = 0; i < t.rows().size(); i++) {
            Row row = t.rows().get(i);
            switch (row.kind()) {
                case HEADING -> java.util.Arrays.fill(since, null);
                case LINE -> {
                    for (int c = 0; c < columns; c++) {
                        all[c] = add(all[c], row.value(c));
                        since[c] = add(since[c], row.value(c));
                    }
                }
                case TOTAL -> {
                    boolean closing = i == t.rows().size() - 1
                            && row.label().toLowerCase(Locale.ROOT).startsWith("total");
                    BigDecimal[] expected = closing ? all : since;
                    for (int c = 0; c < columns; c++) {
                        BigDecimal printed = row.value(c);
                        if (printed != null && expected[c] != null && printed.compareTo(expected[c]) != 0) {
                            found.add(new Finding(
                                    t.id(),
                                    row.position(),
                                    row.label(),
                                    t.columns().get(c),
                                    printed,
                                    expected[c],
                                    closing ? "total = sum of every line" : "sub-total = sum of the lines above it",
                                    closing ? "lines give" : "lines above give"));
                        }
                    }
                    java.util.Arrays.fill(since, null);
                }
            }
        }
    }

    /** Variance = budget (to date, where there is such a column) less actual or projected spend. */
    private static void variances(FigureTable t, List<Finding> found) {
        int variance = column(t, "variance");
        int budget = column(t, "budget to date");
        if (budget < 0) {
            budget = column(t, "budget");
        }
        int spend = column(t, "actual");
        if (spend < 0) {
            spend = column(t, "projected spend");
        }
        if (variance < 0 || budget < 0 || spend < 0) {
            return;
        }
        for (Row row : t.rows()) {
            BigDecimal b = row.value(budget);
            BigDecimal s = row.value(spend);
            BigDecimal v = row.value(variance);
            if (b != null && s != null && v != null && v.compareTo(b.subtract(s)) != 0) {
                found.add(new Finding(
                        t.id(),
                        row.position(),
                        row.label(),
                        t.columns().get(variance),
                        v,
                        b.subtract(s),
                        "variance = " + t.columns().get(budget) + " − "
                                + t.columns().get(spend),
                        "budget less spend gives"));
            }
        }
    }

    /** Average cost per user = budget (£'000, so × 1,000) ÷ users, to the penny. */
    private static void averages(FigureTable t, List<Finding> found) {
        int average = column(t, "average");
        int users = column(t, "users");
        int budget = column(t, "budget");
        if (average < 0 || users < 0 || budget < 0) {
            return;
        }
        int projected = column(t, "projected");
        for (Row row : t.rows()) {
            BigDecimal a = row.value(average);
            BigDecimal u = row.value(users);
            BigDecimal b = row.value(budget);
            if (a == null || u == null || b == null || u.signum() == 0) {
                continue;
            }
            BigDecimal byBudget = b.multiply(BigDecimal.valueOf(1000)).divide(u, 2, RoundingMode.HALF_UP);
            BigDecimal p = projected < 0 ? null : row.value(projected);
            BigDecimal byProjected =
                    p == null ? null : p.multiply(BigDecimal.valueOf(1000)).divide(u, 2, RoundingMode.HALF_UP);
            if (a.compareTo(byBudget) != 0 && (byProjected == null || a.compareTo(byProjected) != 0)) {
                found.add(new Finding(
                        t.id(),
                        row.position(),
                        row.label(),
                        t.columns().get(average),
                        a,
                        byBudget,
                        "average = budget ÷ users"
                                + (byProjected == null
                                        ? ""
                                        : " (projected spend ÷ users gives " + byProjected.toPlainString() + ")"),
                        "budget ÷ users gives"));
            }
        }
    }

    /**
     * The table's figures in £'000, for checking what a report's text quotes: a £m table's scaled by 1,000, unless the
     * unit check finds its figures are £'000 already; percentages left out; counts and mixed tables as printed.
     */
    public static List<BigDecimal> inThousands(FigureTable t) {
        if (t.unit().equals("percent")) {
            return List.of();
        }
        List<Finding> wrongUnit = new ArrayList<>();
        unit(t, wrongUnit);
        boolean millions = t.unit().equals("millions") && wrongUnit.isEmpty();
        return t.rows().stream()
                .flatMap(r -> r.values().stream())
                .filter(java.util.Objects::nonNull)
                .map(v -> millions ? v.movePointRight(3) : v)
                .toList();
    }

    /** A heading in £m over figures of a thousand or more: at that size they can only be £'000. */
    private static void unit(FigureTable t, List<Finding> found) {
        if (!t.unit().equals("millions")) {
            return;
        }
        BigDecimal largest = t.rows().stream()
                .flatMap(r -> r.values().stream())
                .filter(java.util.Objects::nonNull)
                .map(BigDecimal::abs)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        if (largest.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            Row row = t.rows().stream()
                    .filter(r -> r.values().stream()
                            .anyMatch(v -> v != null && v.abs().compareTo(largest) == 0))
                    .findFirst()
                    .orElseThrow();
            found.add(new Finding(
                    t.id(),
                    row.position(),
                    row.label(),
                    "unit",
                    largest,
                    largest.divide(BigDecimal.valueOf(1000)),
                    "the heading says £m, but a figure of " + largest.toPlainString() + " would be £"
                            + largest.divide(BigDecimal.valueOf(1000)).toPlainString() + "bn: the figures are £'000",
                    ""));
        }
    }

    private static int column(FigureTable t, String words) {
        for (int c = 0; c < t.columns().size(); c++) {
            if (t.columns().get(c).toLowerCase(Locale.ROOT).contains(words)) {
                return c;
            }
        }
        return -1;
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum.add(value);
    }
}
