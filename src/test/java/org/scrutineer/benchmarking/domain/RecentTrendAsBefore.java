package org.scrutineer.benchmarking.domain;

import java.util.List;

/**
 * RecentTrend as it was before it was made faster (issue 14), for IndicatorAnalysisAsBefore. The recent trend of an area's last five points, as Fingertips' trend markers compute it (its public
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
final class RecentTrendAsBefore {
    public static final int POINTS = 5;
    /** χ² with one degree of freedom at 99.8%, as Fingertips writes it. */
    public static final double CRITICAL = 9.54953570608324;

    private RecentTrendAsBefore() {}

    /** One point of a series, oldest first when handed over. Any field may be null. */
    record Point(Double value, Double lower95, Double upper95, Double count, Double denominator) {}

    /** The marker and its statistic (χ² is NaN when it cannot be calculated). */
    record Result(Trend trend, double chiSquare) {}

    /** The trend of the last {@value #POINTS} points of {@code series} (oldest first). */
    static Result of(List<Point> series, boolean proportion, Polarity polarity) {
        if (series.size() < POINTS) {
            return new Result(Trend.CANNOT_BE_CALCULATED, Double.NaN);
        }
        List<Point> last = series.subList(series.size() - POINTS, series.size());
        return proportion ? proportions(last, polarity) : weighted(last, polarity);
    }

    private static Result proportions(List<Point> points, Polarity polarity) {
        double n = 0, o = 0, ot = 0, nt = 0, nt2 = 0;
        double[] logOdds = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            Point p = points.get(i);
            if (p.count() == null || p.denominator() == null || p.count() <= 0 || p.count() >= p.denominator()) {
                return new Result(Trend.CANNOT_BE_CALCULATED, Double.NaN); // log-odds undefined at 0% and 100%
            }
            int t = i + 1;
            n += p.denominator();
            o += p.count();
            ot += p.count() * t;
            nt += p.denominator() * t;
            nt2 += p.denominator() * t * t;
            logOdds[i] = Math.log(p.count() / (p.denominator() - p.count()));
        }
        double chi = n * Math.pow(n * ot - o * nt, 2) / (o * (n - o) * (n * nt2 - nt * nt));
        double slope = n * ot - o * nt;
        boolean steady = true;
        for (int leftOut = 1; leftOut <= POINTS; leftOut++) {
            steady &= Math.signum(unweightedSlope(logOdds, leftOut)) == Math.signum(unweightedSlope(logOdds, 0));
        }
        return result(chi, slope, steady, polarity);
    }

    private static Result weighted(List<Point> points, Polarity polarity) {
        double[] w = new double[POINTS];
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            Point p = points.get(i);
            if (p.value() == null || p.lower95() == null || p.upper95() == null || p.upper95() <= p.lower95()) {
                return new Result(Trend.CANNOT_BE_CALCULATED, Double.NaN);
            }
            double se = (p.upper95() - p.lower95()) / 3.92;
            w[i] = 1 / (se * se);
            y[i] = p.value();
        }
        double[] all = weightedSlope(w, y, 0);
        double chi = all[0] * all[0] / all[1];
        boolean steady = true;
        for (int leftOut = 1; leftOut <= POINTS; leftOut++) {
            steady &= Math.signum(weightedSlope(w, y, leftOut)[0]) == Math.signum(all[0]);
        }
        return result(chi, all[0], steady, polarity);
    }

    private static Result result(double chi, double slope, boolean steady, Polarity polarity) {
        if (chi > CRITICAL && steady && slope != 0) {
            return new Result(Trend.of(slope > 0, polarity), chi);
        }
        return new Result(Trend.NO_SIGNIFICANT_CHANGE, chi);
    }

    /** The weighted least-squares slope of y on t = 1..5 and its variance, leaving out point {@code leftOut} (1-based; 0 none). */
    private static double[] weightedSlope(double[] w, double[] y, int leftOut) {
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
        return new double[] {(s1 * sty - st * sy) / d, s1 / d};
    }

    private static double unweightedSlope(double[] y, int leftOut) {
        double[] ones = new double[y.length];
        java.util.Arrays.fill(ones, 1);
        return weightedSlope(ones, y, leftOut)[0];
    }
}
