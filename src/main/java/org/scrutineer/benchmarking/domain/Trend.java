package org.scrutineer.benchmarking.domain;

/** A recent-trend marker, in the words Fingertips prints. */
public enum Trend {
    INCREASING_GETTING_BETTER("Increasing and getting better"),
    INCREASING_GETTING_WORSE("Increasing and getting worse"),
    DECREASING_GETTING_BETTER("Decreasing and getting better"),
    DECREASING_GETTING_WORSE("Decreasing and getting worse"),
    INCREASING("Increasing"),
    DECREASING("Decreasing"),
    NO_SIGNIFICANT_CHANGE("No significant change"),
    CANNOT_BE_CALCULATED("Cannot be calculated");

    private final String words;

    Trend(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    static Trend of(boolean increasing, Polarity polarity) {
        return switch (polarity) {
            case HIGH_IS_GOOD -> increasing ? INCREASING_GETTING_BETTER : DECREASING_GETTING_WORSE;
            case LOW_IS_GOOD -> increasing ? INCREASING_GETTING_WORSE : DECREASING_GETTING_BETTER;
            case NO_JUDGEMENT -> increasing ? INCREASING : DECREASING;
        };
    }
}
