package org.scrutineer.finance.domain;

/** A printed figure that does not follow from the others: where it is, what was printed, what the others give, and why. */
public record Inconsistency(
        String department, int position, String row, Column column, long printed, long expected, String rule) {
    public long difference() {
        return printed - expected;
    }
}
