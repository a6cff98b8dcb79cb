package org.scrutineer.finance.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every printed figure of a revenue budget statement that does not follow from the others, by the one rule of
 * {@link StatementTotals}: a line's variance that is not budget to date less actual spend; a sub-total that is not the
 * sum of the lines under its heading; a section total that is not the sum of its whole section; a net figure that is
 * not the printed totals it is made of. Each figure is compared with what the printed figures it is built from give,
 * so a slip is listed once, where it was made.
 */
public final class StatementCheck {
    private StatementCheck() {}

    public static List<Inconsistency> check(RevenueStatement statement) {
        List<Inconsistency> found = new ArrayList<>();
        for (StatementTotals.Derivation d : StatementTotals.derive(statement)) {
            StatementRow row = d.row();
            for (Column c : Column.values()) {
                Long printed = row.printed().get(c);
                Long want = d.fromPrinted().get(c);
                if (printed != null && want != null && !printed.equals(want)) {
                    found.add(new Inconsistency(
                            statement.department(), row.position(), row.label(), c, printed, want, d.rule()));
                }
            }
        }
        return found;
    }
}
