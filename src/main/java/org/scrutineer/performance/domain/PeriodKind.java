package org.scrutineer.performance.domain;

public enum PeriodKind {
    FINANCIAL_YEAR,
    CALENDAR_YEAR,
    POOLED_YEARS,
    QUARTER,
    CUMULATIVE_QUARTERS,
    STANDING
}
