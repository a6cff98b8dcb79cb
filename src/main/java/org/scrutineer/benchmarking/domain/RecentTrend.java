package org.scrutineer.benchmarking.domain;

import java.util.List;

/**
 * The recent trend of an area's last five points, as Fingertips' trend markers compute it (its public
 * "Fingertips trend markers" methodology and the {@code TrendMarkerCalculator} of its open source code):
 * <ul>
 * <li>a proportion: the chi-square test for trend (Cochran-Armitage) on the counts and denominators;</li>
 * <li>anything else: a weighted regression of the values on time, each point weighted by 1/SE², its standard error
 * taken from its 95% interval as (upper − lower) / 3.92, and χ² = (slope / SE of slope)².</li>
 * </ul>
 * The trend is significant when χ² exceeds 9.5495, the 99.8% point of the chi-square distribution with one degree of
 * freedom, and the slope keeps its sign when each of the five points is left out in turn (Fingertips' check against a
 * single outlying point; for proportions on the log-odds). Fewer than five points, or a point without what its test
 * needs, cannot be calculated.
 */
public final class RecentTrend {
    public static final int POINTS = 5;
    /** χ² with one degree of freedom at 99.8%, as Fingertips writes it. */
    public static final double CRITICAL = 9.54953570608324;

    private RecentTrend() {}

    /** One point of a series, oldest first when handed over. Any field may be null. */
    public record Point(Double value, Double lower95, Double upper95, Double count, Double denominator) {}

    /** The marker and its statistic (χ² is NaN when it cannot be calculated). */
    public record Result(Trend trend, double chiSquare) {}

    /** The trend of the last {@value #POINTS} points of {@code series} (oldest first). */
    public static Result of(List<Point> series, boolean proportion, Polarity polarity) {
        if (series.size() < POINTS) {
            return new Result(Trend.CANNOT_BE_CALCULATED, Double.NaN);
        }
        Points points = new Points(POINTS);
        List<Point> last = series.subList(series.size() - POINTS, series.size());
        for (int i = 0; i < POINTS; i++) {
            Point p = last.get(i);
            points.set(i, p.value(), p.lower95(), p.upper95(), p.count(), p.denominator());
        }
        return points.trendOfFiveFrom(0, proportion, polarity);
    }

    /**
     * A series' points as plain numbers (NaN where a figure is missing), so that a whole indicator's trends are worked
     * out without a list or a boxed number per point; {@link #of} reads its points through this too, so the rule is
     * in one place.
     */
    public static final class Points {
        final double[] value;
        final double[] lower95;
        final double[] upper95;
        final double[] count;
        final double[] denominator;

        public Points(int size) {
            value = new double[size];
            lower95 = new double[size];
            upper95 = new double[size];
            count = new double[size];
            denominator = new double[size];
        }

        public void set(int i, Double value, Double lower95, Double upper95, Double count, Double denominator) {
            this.value[i] = value == null ? Double.NaN : value;
            this.lower95[i] = lower95 == null ? Double.NaN : lower95;
            this.upper95[i] = upper95 == null ? Double.NaN : upper95;
            this.count[i] = count == null ? Double.NaN : count;
            this.denominator[i] = denominator == null ? Double.NaN : denominator;
        }

        /** The trend of the {@value #POINTS} points from {@code from} (oldest first). */
        public Result trendOfFiveFrom(int from, boolean proportion, Polarity polarity) {
            return proportion ? proportions(from, polarity) : weighted(from, polarity);
        }

        private Result proportions(int from, Polarity polarity) {
            double n = 0, o = 0, ot = 0, nt = 0, nt2 = 0;
            double[] logOdds = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                double c = count[from + i];
                double d = denominator[from + i];
                if (Double.isNaN(c) || Double.isNaN(d) || c <= 0 || c >= d) {
                    return new Result(Trend.CANNOT_BE_CALCULATED, Double.NaN); // log-odds undefined at 0% and 100%
                }
                int t = i + 1;
                n += d;
                o += c;
                ot += c * t;
                nt += d * t;
                nt2 += d * t * t;
                logOdds[i] = Math.log(c / (d - c));
            }
            double chi = n * Math.pow(n * ot - o * nt, 2) / (o * (n - o) * (n * nt2 - nt * nt));
            double slope = n * ot - o * nt;
            double whole = Math.signum(slope(ONES, logOdds, 0));
            boolean steady = true;
            for (int leftOut = 1; leftOut <= POINTS; leftOut++) {
                steady &= Math.signum(slope(ONES, logOdds, leftOut)) == whole;
            }
            return result(chi, slope, steady, polarity);
        }

        private Result weighted(int from, Polarity polarity) {
            double[] w = new double[POINTS];
            double[] y = new double[POINTS];
            for (int i = 0; i < POINTS; i++) {
                double v = value[from + i];
                double lower = lower95[from + i];
                double upper = upper95[from + i];
                if (Double.isNaN(v) || Double.isNaN(lower) || Double.isNaN(upper) || upper <= lower) {
                    return new Result(Trend.CANNOT_BE_CALCULATED, Double.NaN);
                }
                double se = (upper - lower) / 3.92;
                w[i] = 1 / (se * se);
                y[i] = v;
            }
            double slope = slope(w, y, 0);
            double chi = slope * slope / variance(w);
            boolean steady = true;
            for (int leftOut = 1; leftOut <= POINTS; leftOut++) {
                steady &= Math.signum(slope(w, y, leftOut)) == Math.signum(slope);
            }
            return result(chi, slope, steady, polarity);
        }
    }

    private static final double[] ONES = {1, 1, 1, 1, 1};

    private static Result result(double chi, double slope, boolean steady, Polarity polarity) {
        if (chi > CRITICAL && steady && slope != 0) {
            return new Result(Trend.of(slope > 0, polarity), chi);
        }
        return new Result(Trend.NO_SIGNIFICANT_CHANGE, chi);
    }

    /** The variance of the weighted least-squares slope on t = 1..5 with every point. */
    private static double variance(double[] w) {
        double s1 = 0, st = 0, st2 = 0;
        for (int i = 0; i < w.length; i++) {
            int t = i + 1;
            s1 += w[i];
            st += w[i] * t;
            st2 += w[i] * t * t;
        }
        return s1 / (s1 * st2 - st * st);
    }

    /** The weighted least-squares slope of y on t = 1..5, leaving out point {@code leftOut} (1-based; 0 none). */
    private static double slope(double[] w, double[] y, int leftOut) {
        double s1 = 0, sty = 0, st = 0, sy = 0, st2 = 0;
        for (int i = 0; i < w.length; i++) {
            int t = i + 1;
            if (t == leftOut) {
                continue;
            }
            s1 += w[i];
            sty += w[i] * t * y[i];
            st += w[i] * t;
            sy += w[i] * y[i];
            st2 += w[i] * t * t;
        }
        double d = s1 * st2 - st * st;
        return (s1 * sty - st * sy) / d;
    }
}
