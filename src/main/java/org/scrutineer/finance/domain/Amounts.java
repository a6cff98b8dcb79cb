package org.scrutineer.finance.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * A row's five figures in £'000 as printed; a missing figure is null. Variance is budget to date less actual spend,
 * so an overspend is negative (printed in brackets); income is negative.
 */
public record Amounts(Long annualBudget, Long budgetToDate, Long actualSpend, Long variance, Long forecastOutturn) {
    public static final Amounts NONE = new Amounts(null, null, null, null, null);

    public static Amounts of(
            long annualBudget, long budgetToDate, long actualSpend, long variance, long forecastOutturn) {
        return new Amounts(annualBudget, budgetToDate, actualSpend, variance, forecastOutturn);
    }

    /** A line as an officer enters it: four figures, and the variance worked out from them (budget to date less actual spend). */
    public static Amounts entered(long annualBudget, long budgetToDate, long actualSpend, long forecastOutturn) {
        return new Amounts(annualBudget, budgetToDate, actualSpend, budgetToDate - actualSpend, forecastOutturn);
    }

    public Long get(Column c) {
        return switch (c) {
            case ANNUAL_BUDGET -> annualBudget;
            case BUDGET_TO_DATE -> budgetToDate;
            case ACTUAL_SPEND -> actualSpend;
            case VARIANCE -> variance;
            case FORECAST_OUTTURN -> forecastOutturn;
        };
    }

    public boolean empty() {
        return annualBudget == null
                && budgetToDate == null
                && actualSpend == null
                && variance == null
                && forecastOutturn == null;
    }

    /** Column by column sum, a missing figure counting as nothing. */
    public Amounts plus(Amounts other) {
        Map<Column, Long> sum = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            Long a = get(c);
            Long b = other.get(c);
            sum.put(c, a == null && b == null ? null : (a == null ? 0 : a) + (b == null ? 0 : b));
        }
        return new Amounts(
                sum.get(Column.ANNUAL_BUDGET),
                sum.get(Column.BUDGET_TO_DATE),
                sum.get(Column.ACTUAL_SPEND),
                sum.get(Column.VARIANCE),
                sum.get(Column.FORECAST_OUTTURN));
    }

    /** The variance these figures imply: budget to date less actual spend. */
    public Long expectedVariance() {
        return budgetToDate == null || actualSpend == null ? null : budgetToDate - actualSpend;
    }

    /** £'000 as the council prints a variance or forecast: thousands separated, an overspend in brackets. */
    public static String print(Long thousands) {
        if (thousands == null) {
            return "";
        }
        String digits = String.format("%,d", Math.abs(thousands));
        return thousands < 0 ? "(" + digits + ")" : digits;
    }

    /** £'000 as printed in a column: brackets for the variance and forecast columns, a minus sign for budgets and spend. */
    public static String print(Column column, Long thousands) {
        if (thousands == null) {
            return "";
        }
        return column == Column.VARIANCE || column == Column.FORECAST_OUTTURN
                ? print(thousands)
                : String.format("%,d", thousands);
    }
}
