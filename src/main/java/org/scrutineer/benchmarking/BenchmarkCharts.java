package org.scrutineer.benchmarking;

import java.util.List;
import java.util.Locale;
import org.scrutineer.benchmarking.domain.Comparison;
import org.scrutineer.benchmarking.domain.EnglandRange;
import org.scrutineer.benchmarking.domain.Interval;

/**
 * The benchmarking charts as SVG, drawn on the server so that pages work without JavaScript and PDFs can carry them:
 * each has a title and a description (its text alternative) and each page prints the table it is drawn from. Colours
 * follow Fingertips' (green better, amber similar, red worse, blues for higher and lower without judgement) and every
 * colour is also a word in the table.
 */
final class BenchmarkCharts {
    static final int WIDTH = 640;

    private BenchmarkCharts() {}

    /** One point of a trend chart: the period, the council's value and interval, England's value. */
    record TrendPoint(String period, Double value, Interval ci, Double england, Comparison compared) {}

    /** One bar of a compare-areas chart. */
    record AreaBar(String name, Double value, Interval ci, Comparison compared, boolean council) {}

    /** One line of a spine chart: the council's value against the England range, with England's value. */
    record SpineLine(String label, Double value, Double england, EnglandRange range, Comparison compared) {}

    static String colour(Comparison c) {
        return switch (c) {
            case BETTER -> "#00703c";
            case SIMILAR -> "#ffbf47";
            case WORSE -> "#d4351c";
            case HIGHER -> "#003078";
            case LOWER -> "#5694ca";
            case NOT_COMPARED -> "#b1b4b6";
        };
    }

    static String trend(String id, String title, String description, List<TrendPoint> points) {
        int height = 300;
        int left = 60;
        int right = WIDTH - 20;
        int top = 20;
        int bottom = height - 60;
        double[] range = range(points.stream()
                .flatMap(p -> java.util.stream.Stream.of(
                        p.value(),
                        p.england(),
                        p.ci() == null ? null : p.ci().lower(),
                        p.ci() == null ? null : p.ci().upper()))
                .toList());
        StringBuilder svg = open(id, title, description, height);
        axis(svg, range, left, right, top, bottom);
        int n = points.size();
        double step = n <= 1 ? 0 : (right - left - 40) / (double) (n - 1);
        StringBuilder england = new StringBuilder();
        for (int i = 0; i < n; i++) {
            TrendPoint p = points.get(i);
            double x = left + 20 + i * step;
            svg.append("<text x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(bottom + 18)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">")
                    .append(escape(p.period()))
                    .append("</text>");
            if (p.england() != null) {
                england.append(england.isEmpty() ? "M" : " L")
                        .append(fmt(x))
                        .append(' ')
                        .append(fmt(y(p.england(), range, top, bottom)));
            }
            if (p.ci() != null) {
                svg.append("<line x1=\"")
                        .append(fmt(x))
                        .append("\" x2=\"")
                        .append(fmt(x))
                        .append("\" y1=\"")
                        .append(fmt(y(p.ci().lower(), range, top, bottom)))
                        .append("\" y2=\"")
                        .append(fmt(y(p.ci().upper(), range, top, bottom)))
                        .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
            }
            if (p.value() != null) {
                svg.append("<circle cx=\"")
                        .append(fmt(x))
                        .append("\" cy=\"")
                        .append(fmt(y(p.value(), range, top, bottom)))
                        .append("\" r=\"5\" stroke=\"#0b0c0c\" fill=\"")
                        .append(colour(p.compared()))
                        .append("\"/>");
            }
        }
        if (!england.isEmpty()) {
            svg.append("<path d=\"")
                    .append(england)
                    .append("\" fill=\"none\" stroke=\"#0b0c0c\" stroke-dasharray=\"6 3\" stroke-width=\"2\"/>");
        }
        svg.append("<text x=\"")
                .append(left)
                .append("\" y=\"")
                .append(height - 14)
                .append("\" font-size=\"12\">")
                .append(
                        "Circles: the council, with 95% interval whiskers, coloured by comparison with England. Dashed line: England.</text>");
        return svg.append("</svg>").toString();
    }

    static String areas(String id, String title, String description, List<AreaBar> bars, Double england) {
        int row = 22;
        int height = 40 + row * Math.max(1, bars.size()) + 30;
        int left = 220;
        int right = WIDTH - 70;
        double max = bars.stream()
                .flatMap(b -> java.util.stream.Stream.of(b.value(), b.ci() == null ? null : b.ci().upper()))
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        max = Math.max(max, england == null ? 0 : england);
        max = max <= 0 ? 1 : max * 1.05;
        StringBuilder svg = open(id, title, description, height);
        int y = 30;
        for (AreaBar b : bars) {
            svg.append("<text x=\"")
                    .append(left - 6)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" font-size=\"12\" text-anchor=\"end\"")
                    .append(b.council() ? " font-weight=\"bold\"" : "")
                    .append(">")
                    .append(escape(shorten(b.name())))
                    .append("</text>");
            if (b.value() != null) {
                double w = Math.max(0, b.value()) / max * (right - left);
                svg.append("<rect x=\"")
                        .append(left)
                        .append("\" y=\"")
                        .append(y + 3)
                        .append("\" width=\"")
                        .append(fmt(w))
                        .append("\" height=\"14\" fill=\"")
                        .append(colour(b.compared()))
                        .append("\" stroke=\"#0b0c0c\" stroke-width=\"")
                        .append(b.council() ? "2" : "0.5")
                        .append("\"/>");
                svg.append("<text x=\"")
                        .append(fmt(left + w + 4))
                        .append("\" y=\"")
                        .append(y + 14)
                        .append("\" font-size=\"11\">")
                        .append(escape(number(b.value())))
                        .append("</text>");
            }
            if (b.ci() != null) {
                double x1 = left + Math.max(0, b.ci().lower()) / max * (right - left);
                double x2 = left + Math.max(0, b.ci().upper()) / max * (right - left);
                svg.append("<line x1=\"")
                        .append(fmt(x1))
                        .append("\" x2=\"")
                        .append(fmt(x2))
                        .append("\" y1=\"")
                        .append(y + 10)
                        .append("\" y2=\"")
                        .append(y + 10)
                        .append("\" stroke=\"#0b0c0c\" stroke-width=\"1\"/>");
            }
            y += row;
        }
        if (england != null) {
            double x = left + england / max * (right - left);
            svg.append("<line x1=\"")
                    .append(fmt(x))
                    .append("\" x2=\"")
                    .append(fmt(x))
                    .append("\" y1=\"24\" y2=\"")
                    .append(y + 4)
                    .append("\" stroke=\"#0b0c0c\" stroke-dasharray=\"6 3\" stroke-width=\"2\"/>");
        }
        svg.append("<text x=\"10\" y=\"")
                .append(height - 10)
                .append(
                        "\" font-size=\"12\">Bars coloured by comparison with England (dashed line); whiskers: 95% interval.</text>");
        return svg.append("</svg>").toString();
    }

    static String spine(String id, String title, String description, List<SpineLine> lines) {
        int row = 26;
        int height = 40 + row * Math.max(1, lines.size()) + 30;
        int left = 260;
        int right = WIDTH - 20;
        StringBuilder svg = open(id, title, description, height);
        svg.append("<text x=\"")
                .append(left)
                .append("\" y=\"18\" font-size=\"12\">Worst</text>")
                .append("<text x=\"")
                .append(right)
                .append("\" y=\"18\" font-size=\"12\" text-anchor=\"end\">Best</text>");
        int y = 30;
        for (SpineLine l : lines) {
            svg.append("<text x=\"")
                    .append(left - 6)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" font-size=\"12\" text-anchor=\"end\">")
                    .append(escape(shorten(l.label())))
                    .append("</text>");
            EnglandRange r = l.range();
            if (r != null && r.best() != r.worst()) {
                double span = r.best() - r.worst();
                java.util.function.DoubleUnaryOperator at = v -> left + (v - r.worst()) / span * (right - left);
                svg.append("<rect x=\"")
                        .append(left)
                        .append("\" y=\"")
                        .append(y + 4)
                        .append("\" width=\"")
                        .append(right - left)
                        .append("\" height=\"16\" fill=\"#dee0e2\"/>");
                double a = at.applyAsDouble(r.q25());
                double b = at.applyAsDouble(r.q75());
                svg.append("<rect x=\"")
                        .append(fmt(Math.min(a, b)))
                        .append("\" y=\"")
                        .append(y + 4)
                        .append("\" width=\"")
                        .append(fmt(Math.abs(b - a)))
                        .append("\" height=\"16\" fill=\"#8eb8dc\"/>");
                if (l.england() != null) {
                    double x = at.applyAsDouble(l.england());
                    svg.append("<line x1=\"")
                            .append(fmt(x))
                            .append("\" x2=\"")
                            .append(fmt(x))
                            .append("\" y1=\"")
                            .append(y + 1)
                            .append("\" y2=\"")
                            .append(y + 23)
                            .append("\" stroke=\"#d4351c\" stroke-width=\"2\"/>");
                }
                if (l.value() != null) {
                    double x = at.applyAsDouble(l.value());
                    svg.append("<circle cx=\"")
                            .append(fmt(x))
                            .append("\" cy=\"")
                            .append(y + 12)
                            .append("\" r=\"6\" stroke=\"#0b0c0c\" fill=\"")
                            .append(colour(l.compared()))
                            .append("\"/>");
                }
            }
            y += row;
        }
        svg.append("<text x=\"10\" y=\"")
                .append(height - 10)
                .append(
                        "\" font-size=\"12\">Grey: England's range of areas, worst to best; blue: 25th to 75th percentile; red line: England; circle: the council.</text>");
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" font-family=\"DejaVu Sans, Arial, sans-serif\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        return svg;
    }

    private static void axis(StringBuilder svg, double[] range, int left, int right, int top, int bottom) {
        svg.append("<line x1=\"")
                .append(left)
                .append("\" x2=\"")
                .append(left)
                .append("\" y1=\"")
                .append(top)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"#0b0c0c\"/>");
        svg.append("<line x1=\"")
                .append(left)
                .append("\" x2=\"")
                .append(right)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"#0b0c0c\"/>");
        for (int i = 0; i <= 4; i++) {
            double v = range[0] + (range[1] - range[0]) * i / 4;
            double y = y(v, range, top, bottom);
            svg.append("<text x=\"")
                    .append(left - 6)
                    .append("\" y=\"")
                    .append(fmt(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\">")
                    .append(escape(number(v)))
                    .append("</text>");
        }
    }

    private static double[] range(List<Double> values) {
        double lo = values.stream()
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .min()
                .orElse(0);
        double hi = values.stream()
                .filter(v -> v != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(1);
        if (hi == lo) {
            hi = lo + 1;
        }
        double pad = (hi - lo) * 0.1;
        return new double[] {Math.max(0, lo - pad), hi + pad};
    }

    private static double y(double v, double[] range, int top, int bottom) {
        return bottom - (v - range[0]) / (range[1] - range[0]) * (bottom - top);
    }

    private static String shorten(String text) {
        return text.length() > 38 ? text.substring(0, 37) + "…" : text;
    }

    static String number(Double v) {
        if (v == null) {
            return "";
        }
        double a = Math.abs(v);
        return String.format(Locale.UK, a >= 1000 ? "%,.0f" : a >= 100 ? "%.1f" : a >= 1 ? "%.2f" : "%.4f", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
