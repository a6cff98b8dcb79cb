package org.scrutineer.assurance.domain;

import java.math.BigDecimal;
import java.util.Locale;
import org.scrutineer.benchmarking.domain.ConfidenceIntervals;
import org.scrutineer.benchmarking.domain.Interval;
import org.scrutineer.benchmarking.domain.Level;

/**
 * How a council's figure compares with England's, by one stated rule: with a confidence interval, "significantly
 * better/worse" when England's figure lies outside it and "similar" when inside; without one, "similar" within
 * {@link #SIMILAR_WITHIN} percentage points and otherwise "better" or "worse" by the measure's polarity. Without an
 * interval the rule never says "significantly" or "somewhat": two figures alone cannot show significance.
 */
public final class Comparison {
    public static final BigDecimal SIMILAR_WITHIN = new BigDecimal("2.0");
    public static final String RULE = "Similar within 2 percentage points of England; otherwise better or worse by the "
            + "measure's polarity. Significantly better or worse only where a confidence interval excludes England's figure.";

    /** The rule where the count and denominator are known: the benchmarking module's, the one Fingertips uses. */
    public static final String COUNTS_RULE =
            "Where the count and denominator are known: Fingertips' rule, as Benchmarking uses it. Significantly better or"
                    + " worse when England's figure lies outside the council's 95% confidence interval (Wilson score),"
                    + " otherwise similar.";

    public enum Polarity {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }

    /** What a comparison word says, whatever its qualifier. */
    public enum Direction {
        BETTER,
        SIMILAR,
        WORSE
    }

    public record Word(String words, Direction direction) {}

    private Comparison() {}

    public static Word compare(
            BigDecimal council, BigDecimal england, Polarity polarity, BigDecimal lower, BigDecimal upper) {
        int sign = council.compareTo(england) * (polarity == Polarity.HIGHER_IS_BETTER ? 1 : -1);
        if (lower != null && upper != null) {
            if (england.compareTo(lower) >= 0 && england.compareTo(upper) <= 0) {
                return new Word("similar", Direction.SIMILAR);
            }
            return sign > 0
                    ? new Word("significantly better", Direction.BETTER)
                    : new Word("significantly worse", Direction.WORSE);
        }
        if (council.subtract(england).abs().compareTo(SIMILAR_WITHIN) < 0 || sign == 0) {
            return new Word("similar", Direction.SIMILAR);
        }
        return sign > 0 ? new Word("better", Direction.BETTER) : new Word("worse", Direction.WORSE);
    }

    /**
     * A percentage known by its count and denominator: its 95% Wilson score interval, and England's figure compared with
     * it by the benchmarking module's rule (one rule for both modules).
     */
    public static Interval wilson95(BigDecimal count, BigDecimal denominator) {
        return ConfidenceIntervals.wilson(count.doubleValue(), denominator.doubleValue(), Level.P95, 100);
    }

    public static Word compareByCounts(
            BigDecimal count, BigDecimal denominator, BigDecimal england, Polarity polarity) {
        org.scrutineer.benchmarking.domain.Comparison c = org.scrutineer.benchmarking.domain.Comparison.of(
                wilson95(count, denominator),
                england.doubleValue(),
                polarity == Polarity.HIGHER_IS_BETTER
                        ? org.scrutineer.benchmarking.domain.Polarity.HIGH_IS_GOOD
                        : org.scrutineer.benchmarking.domain.Polarity.LOW_IS_GOOD);
        return switch (c) {
            case BETTER -> new Word("significantly better", Direction.BETTER);
            case WORSE -> new Word("significantly worse", Direction.WORSE);
            case SIMILAR -> new Word("similar", Direction.SIMILAR);
            // an interval and England's figure are both there, and the polarity judges: never these
            case HIGHER, LOWER, NOT_COMPARED -> throw new IllegalStateException("No judgement for " + c);
        };
    }

    /**
     * What a report's word says: "significantly/somewhat better" is better; "lower" or "higher" are read by polarity.
     * Null when the word says no direction.
     */
    public static Direction directionOf(String reportWord, Polarity polarity) {
        String w = reportWord == null ? "" : reportWord.toLowerCase(Locale.ROOT);
        if (w.contains("similar")) {
            return Direction.SIMILAR;
        }
        if (w.contains("better")) {
            return Direction.BETTER;
        }
        if (w.contains("worse")) {
            return Direction.WORSE;
        }
        if (w.contains("lower")) {
            return polarity == Polarity.HIGHER_IS_BETTER ? Direction.WORSE : Direction.BETTER;
        }
        if (w.contains("higher")) {
            return polarity == Polarity.HIGHER_IS_BETTER ? Direction.BETTER : Direction.WORSE;
        }
        return null;
    }
}
