package org.scrutineer.benchmarking.domain;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Confidence intervals as the PHE/OHID "Technical Guide: Confidence intervals" defines them, and as the
 * {@code PHEindicatormethods} R package computes them (its {@code wilson_lower/upper}, {@code byars_lower/upper},
 * {@code phe_rate} and {@code calculate_dsr}):
 * <ul>
 * <li>Wilson score for a proportion of {@code count} in {@code denominator};</li>
 * <li>Byar's approximation to the Poisson for a count or crude rate, with the exact Poisson limits (from the
 * chi-square distribution) when the count is under 10, where Byar's is poor;</li>
 * <li>the exact Poisson limits at any count;</li>
 * <li>Dobson's method for a directly standardised rate: the DSR plus the Poisson limits of the total count scaled by
 * the DSR's own standard error. It needs the DSR's variance, which Fingertips' download does not carry; the Technical
 * Guide does not publish a DSR for fewer than 10 events, so neither does this.</li>
 * </ul>
 * Every limit is on the indicator's scale: multiplied by its multiplier (100 for a percentage, 100,000 for a rate per
 * 100,000).
 */
public final class ConfidenceIntervals {
    /** Under this many events Byar's approximation gives way to the exact Poisson limits (Technical Guide). */
    public static final int SMALL_COUNT = 10;

    private ConfidenceIntervals() {}

    /** Wilson score interval of a proportion; count 0 gives a lower limit of 0, count = denominator an upper of 1. */
    public static Interval wilson(double count, double denominator, Level level, double multiplier) {
        check(count, denominator);
        if (count > denominator) {
            throw new IllegalArgumentException(
                    "A proportion's count (" + count + ") cannot exceed its denominator (" + denominator + ")");
        }
        double z = level.z();
        double p = count / denominator;
        double root = z * Math.sqrt(z * z + 4 * count * (1 - p));
        double lower = (2 * count + z * z - root) / (2 * (denominator + z * z));
        double upper = (2 * count + z * z + root) / (2 * (denominator + z * z));
        return new Interval(Math.max(0, lower) * multiplier, Math.min(1, upper) * multiplier);
    }

    /** Byar's interval of a crude rate, or the exact Poisson interval when the count is under {@value #SMALL_COUNT}. */
    public static Interval byar(double count, double denominator, Level level, double multiplier) {
        check(count, denominator);
        if (count < SMALL_COUNT) {
            return exactPoisson(count, denominator, level, multiplier);
        }
        return new Interval(
                byarLower(count, level) / denominator * multiplier, byarUpper(count, level) / denominator * multiplier);
    }

    /** The exact Poisson interval of a crude rate, from the chi-square distribution. */
    public static Interval exactPoisson(double count, double denominator, Level level, double multiplier) {
        check(count, denominator);
        return new Interval(
                poissonLower(count, level) / denominator * multiplier,
                poissonUpper(count, level) / denominator * multiplier);
    }

    /**
     * Dobson's interval of a directly standardised rate: {@code dsr} and {@code variance} on the rate's own scale
     * (the variance of the DSR as already multiplied, i.e. {@code multiplier²} times the variance of the rate per
     * person), {@code count} the total events. The count's limits are Byar's (exact under 10, as for a crude rate);
     * the DSR is not given an interval under 10 events.
     */
    public static Interval dobson(double count, double dsr, double variance, Level level) {
        if (count < SMALL_COUNT) {
            throw new IllegalArgumentException("A directly standardised rate needs at least " + SMALL_COUNT
                    + " events for an interval; it has " + count);
        }
        if (variance < 0 || Double.isNaN(variance)) {
            throw new IllegalArgumentException("The variance of the rate cannot be negative");
        }
        double scale = Math.sqrt(variance / count);
        return new Interval(
                dsr + scale * (byarLower(count, level) - count), dsr + scale * (byarUpper(count, level) - count));
    }

    /** A directly standardised rate and its variance, from counts and populations by age band and a standard population. */
    public record Standardised(double rate, double variance, double count) {
        /** The rate's Dobson interval. */
        public Interval interval(Level level) {
            return dobson(count, rate, variance, level);
        }
    }

    /** Standardises by age band: DSR = Σ w·(O/n) / Σ w, var = Σ w²·O/n² / (Σ w)², both scaled by the multiplier. */
    public static Standardised standardise(
            double[] counts, double[] populations, double[] standard, double multiplier) {
        if (counts.length != populations.length || counts.length != standard.length) {
            throw new IllegalArgumentException("Each age band needs a count, a population and a standard population");
        }
        double weights = 0;
        double weighted = 0;
        double squares = 0;
        double events = 0;
        for (int i = 0; i < counts.length; i++) {
            check(counts[i], populations[i]);
            weights += standard[i];
            weighted += standard[i] * counts[i] / populations[i];
            squares += standard[i] * standard[i] * counts[i] / (populations[i] * populations[i]);
            events += counts[i];
        }
        return new Standardised(
                weighted / weights * multiplier, squares / (weights * weights) * multiplier * multiplier, events);
    }

    /** The interval for a figure by the method chosen, or null when the method cannot give one from what is known. */
    public static Interval of(
            CiMethod method,
            Double count,
            Double denominator,
            Double value,
            Double variance,
            Level level,
            double multiplier) {
        if (count == null || count < 0) {
            return null;
        }
        return switch (method) {
            case WILSON ->
                denominator == null || denominator <= 0 || count > denominator
                        ? null
                        : wilson(count, denominator, level, multiplier);
            case BYAR -> denominator == null || denominator <= 0 ? null : byar(count, denominator, level, multiplier);
            case EXACT_POISSON ->
                denominator == null || denominator <= 0 ? null : exactPoisson(count, denominator, level, multiplier);
            case DOBSON ->
                value == null || variance == null || count < SMALL_COUNT ? null : dobson(count, value, variance, level);
        };
    }

    static double byarLower(double count, Level level) {
        double z = level.z();
        return count * Math.pow(1 - 1 / (9 * count) - z / (3 * Math.sqrt(count)), 3);
    }

    static double byarUpper(double count, Level level) {
        double z = level.z();
        double o = count + 1;
        return o * Math.pow(1 - 1 / (9 * o) + z / (3 * Math.sqrt(o)), 3);
    }

    static double poissonLower(double count, Level level) {
        if (count == 0) {
            return 0;
        }
        if (SmallCounts.covers(count)) {
            return SmallCounts.LOWER[level.ordinal()][(int) count];
        }
        return exactLower(count, level);
    }

    static double poissonUpper(double count, Level level) {
        if (SmallCounts.covers(count)) {
            return SmallCounts.UPPER[level.ordinal()][(int) count];
        }
        return exactUpper(count, level);
    }

    /**
     * The exact limits of the whole counts under {@value #SMALL_COUNT}, worked out once: each is an inverse of the
     * chi-square distribution, which costs as much as a thousand Wilson intervals, and a national file has many
     * small counts.
     */
    private static final class SmallCounts {
        static final double[][] LOWER = new double[Level.values().length][SMALL_COUNT];
        static final double[][] UPPER = new double[Level.values().length][SMALL_COUNT];

        static {
            for (Level level : Level.values()) {
                for (int c = 0; c < SMALL_COUNT; c++) {
                    LOWER[level.ordinal()][c] = c == 0 ? 0 : exactLower(c, level);
                    UPPER[level.ordinal()][c] = exactUpper(c, level);
                }
            }
        }

        static boolean covers(double count) {
            return count >= 0 && count < SMALL_COUNT && count == Math.rint(count);
        }
    }

    private static double exactLower(double count, Level level) {
        return chiSquare(2 * count).inverseCumulativeProbability((1 - level.confidence()) / 2) / 2;
    }

    private static double exactUpper(double count, Level level) {
        return chiSquare(2 * count + 2).inverseCumulativeProbability(level.confidence() + (1 - level.confidence()) / 2)
                / 2;
    }

    private static ChiSquaredDistribution chiSquare(double degreesOfFreedom) {
        return new ChiSquaredDistribution(null, degreesOfFreedom, 1e-14);
    }

    private static void check(double count, double denominator) {
        if (Double.isNaN(count) || count < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
        if (Double.isNaN(denominator) || denominator <= 0) {
            throw new IllegalArgumentException("A denominator must be more than zero");
        }
    }
}
