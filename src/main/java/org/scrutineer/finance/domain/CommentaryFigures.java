package org.scrutineer.finance.domain;

/**
 * Which figures the suggested commentary under a statement is worded from: as printed unless an officer chooses the
 * figures worked out from the lines (for a statement whose printed totals do not follow from them).
 */
public enum CommentaryFigures {
    AS_PRINTED("the figures as printed"),
    WORKED_OUT("the figures worked out from the lines");

    private final String words;

    CommentaryFigures(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
