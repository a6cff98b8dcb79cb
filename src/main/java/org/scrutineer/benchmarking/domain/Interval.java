package org.scrutineer.benchmarking.domain;

/** A confidence interval, on the indicator's own scale (after its multiplier). */
public record Interval(double lower, double upper) {
    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException(
                    "An interval needs a lower limit at or below its upper limit: " + lower + " to " + upper);
        }
    }

    /** Whether a value lies inside the interval; a value on a limit is inside, as Fingertips counts it. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
