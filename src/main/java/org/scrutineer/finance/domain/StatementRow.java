package org.scrutineer.finance.domain;

import java.util.Objects;

/** One printed row of a revenue budget statement. */
public record StatementRow(int position, Section section, String label, RowKind kind, Amounts printed) {
    public StatementRow {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        printed = printed == null ? Amounts.NONE : printed;
    }
}
