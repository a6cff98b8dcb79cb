package org.scrutineer.finance.domain;

/** The five columns of a revenue budget statement, all in £'000. */
public enum Column {
    ANNUAL_BUDGET("Annual Budget"),
    BUDGET_TO_DATE("Budget to Date"),
    ACTUAL_SPEND("Actual Spend"),
    VARIANCE("Variance (Overspend)"),
    FORECAST_OUTTURN("Forecast Outturn");

    private final String heading;

    Column(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
