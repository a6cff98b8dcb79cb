package org.scrutineer.benchmarking.domain;

import java.util.Locale;

/**
 * How an area compares with a benchmark (England, its region, its peers), by Fingertips' rule: the difference is
 * significant when the benchmark's value lies outside the area's confidence interval at the indicator's level; it is
 * then better or worse by the indicator's polarity (higher or lower when there is no judgement), otherwise similar.
 * With no interval or no benchmark value there is no comparison.
 */
public enum Comparison {
    BETTER("better", "Better"),
    SIMILAR("similar", "Similar"),
    WORSE("worse", "Worse"),
    HIGHER("higher", "Higher"),
    LOWER("lower", "Lower"),
    NOT_COMPARED("not-compared", "Not compared");

    private final String code;
    private final String words;

    Comparison(String code, String words) {
        this.code = code;
        this.words = words;
    }

    public String code() {
        return code;
    }

    /** The word as a page prints it. */
    public String words() {
        return words;
    }

    public boolean significant() {
        return this != SIMILAR && this != NOT_COMPARED;
    }

    public static Comparison of(Interval area, Double benchmark, Polarity polarity) {
        if (area == null || benchmark == null || Double.isNaN(benchmark)) {
            return NOT_COMPARED;
        }
        if (area.contains(benchmark)) {
            return SIMILAR;
        }
        boolean areaHigher = benchmark < area.lower();
        return switch (polarity) {
            case HIGH_IS_GOOD -> areaHigher ? BETTER : WORSE;
            case LOW_IS_GOOD -> areaHigher ? WORSE : BETTER;
            case NO_JUDGEMENT -> areaHigher ? HIGHER : LOWER;
        };
    }

    /**
     * Fingertips' own word in a download's "Compared to England value or percentiles" column, or null when the
     * column holds none of these words (blank, or a quintile or percentile word, which is not a significance).
     */
    public static Comparison fromFingertips(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("better")) {
            return BETTER;
        }
        if (t.startsWith("worse")) {
            return WORSE;
        }
        if (t.startsWith("similar") || t.startsWith("not significantly different") || t.startsWith("same")) {
            return SIMILAR;
        }
        if (t.startsWith("higher")) {
            return HIGHER;
        }
        if (t.startsWith("lower")) {
            return LOWER;
        }
        if (t.startsWith("not compared")) {
            return NOT_COMPARED;
        }
        return null;
    }
}
