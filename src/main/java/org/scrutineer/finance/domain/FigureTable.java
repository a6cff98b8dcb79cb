package org.scrutineer.finance.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A summary table from a finance report (division summary, agency spend, reserves, savings by department...), rows as
 * printed. {@code unit} is what the printed heading says: thousands (£'000), millions (£m), percent, count or mixed.
 */
public record FigureTable(String id, String title, int sourceLine, String unit, List<String> columns, List<Row> rows) {
    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A printed row: its figures in column order, null where the cell is empty. */
    public record Row(int position, String label, RowKind kind, List<BigDecimal> values) {
        public BigDecimal value(int column) {
            return column < values.size() ? values.get(column) : null;
        }
    }

    /**
     * A printed figure of a table that does not follow from the others; {@code gives} is how its cell words the
     * worked-out figure ("lines give"), empty where the finding is about the table rather than one cell.
     */
    public record Finding(
            String table,
            int position,
            String row,
            String column,
            BigDecimal printed,
            BigDecimal expected,
            String rule,
            String gives) {}
}
