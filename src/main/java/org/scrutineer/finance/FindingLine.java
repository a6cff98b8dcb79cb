package org.scrutineer.finance;

/** How a figure that does not follow from the others is worded, wherever it is shown. */
final class FindingLine {
    private FindingLine() {}

    static String of(String row, String column, String printed, String expected, String rule) {
        return row + ", " + column + ": printed " + printed + ", the figures give " + expected + " (" + rule + ").";
    }
}
