package org.scrutineer.finance.domain;

import java.time.LocalDate;
import java.util.List;

/** A department's revenue budget statement for a period ("Revenue Budget as at 31 May 2025"), rows as printed. */
public record RevenueStatement(String department, LocalDate asAt, List<StatementRow> rows) {
    public RevenueStatement {
        rows = List.copyOf(rows);
    }
}
