package org.scrutineer.benchmarking.domain;

import java.util.Arrays;
import java.util.Collection;

/**
 * The spread of the areas' values behind a spine chart: worst, 25th percentile, median, 75th percentile and best, by
 * the indicator's polarity (with no judgement, "worst" is the lowest and "best" the highest, as Fingertips draws it).
 * Percentiles interpolate linearly between ranked values (R's default, type 7).
 */
public record EnglandRange(double worst, double q25, double median, double q75, double best, int areas) {

    /** The range of these values, or null when there are none. */
    public static EnglandRange of(Collection<Double> values, Polarity polarity) {
        double[] sorted = values.stream()
                .filter(v -> v != null && !v.isNaN())
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        if (sorted.length == 0) {
            return null;
        }
        double low = sorted[0];
        double high = sorted[sorted.length - 1];
        double p25 = percentile(sorted, 0.25);
        double p75 = percentile(sorted, 0.75);
        double median = percentile(sorted, 0.5);
        return polarity == Polarity.LOW_IS_GOOD
                ? new EnglandRange(high, p75, median, p25, low, sorted.length)
                : new EnglandRange(low, p25, median, p75, high, sorted.length);
    }

    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /**
     * The quintile (1 = lowest values, 5 = highest) of each value among {@code values}, by PHE's method
     * ({@code PHEindicatormethods::phe_quantile}: ties take the lowest rank); null for a missing value, and for all when
     * fewer than five areas have a value.
     */
    public static Integer[] quintiles(Double[] values) {
        double[] plain = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            plain[i] = values[i] == null ? Double.NaN : values[i];
        }
        int[] q = quintiles(plain);
        Integer[] result = new Integer[values.length];
        for (int i = 0; i < q.length; i++) {
            result[i] = q[i] == 0 ? null : q[i];
        }
        return result;
    }

    /** The same on plain numbers, NaN for a missing value and 0 for no quintile. */
    static int[] quintiles(double[] values) {
        int[] result = new int[values.length];
        double[] present = new double[values.length];
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                present[n++] = v;
            }
        }
        if (n < 5) {
            return result;
        }
        present = Arrays.copyOf(present, n);
        Arrays.sort(present);
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            int rank = lowestRank(present, v);
            int q = (int) Math.floor(6 - Math.ceil(((n + 1) - rank) / (n / 5.0)));
            result[i] = Math.max(q, 1);
        }
        return result;
    }

    private static int lowestRank(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo + 1;
    }
}
