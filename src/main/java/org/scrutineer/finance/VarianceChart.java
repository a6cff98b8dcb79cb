package org.scrutineer.finance;

import java.util.ArrayList;
import java.util.List;
import org.scrutineer.finance.domain.Amounts;

/**
 * A bar chart of each line's forecast outturn variance, drawn as SVG on the page and in the PDF: overspends to the
 * left of the axis, underspends to the right, every bar labelled with its figure. The statement table above it is the
 * chart's text alternative.
 */
record VarianceChart(int width, int height, int axis, List<Bar> bars, String description) {
    static final int WIDTH = 640;
    static final int LABELS = 250;
    static final int ROW = 20;

    public record Bar(String label, String value, int y, int x, int length, boolean overspend) {
        public int textY() {
            return y + 14;
        }

        public int valueX() {
            return overspend ? x - 4 : x + length + 4;
        }
    }

    /** Lines with a forecast variance, in statement order; null when there is nothing to draw. */
    public static VarianceChart of(List<String> labels, List<Long> forecasts) {
        return of(labels, forecasts, "line", "lines");
    }

    public static VarianceChart of(List<String> labels, List<Long> forecasts, String one, String many) {
        long max = forecasts.stream().mapToLong(Math::abs).max().orElse(0);
        if (max == 0) {
            return null;
        }
        int plot = WIDTH - LABELS - 20;
        int axis = LABELS + plot / 2;
        int half = plot / 2 - 50;
        List<Bar> bars = new ArrayList<>();
        int y = 24;
        int over = 0;
        int under = 0;
        for (int i = 0; i < labels.size(); i++) {
            long v = forecasts.get(i);
            if (v == 0) {
                continue;
            }
            int length = (int) Math.max(1, Math.round(half * (Math.abs(v) / (double) max)));
            boolean overspend = v < 0;
            bars.add(new Bar(labels.get(i), Amounts.print(v), y, overspend ? axis - length : axis, length, overspend));
            y += ROW;
            if (overspend) {
                over++;
            } else {
                under++;
            }
        }
        String description = "Forecast outturn variance by " + one + ", £'000: " + over + " " + (over == 1 ? one : many)
                + " forecast to overspend (bars to the left), " + under
                + " to underspend (bars to the right). The figures are in the table above.";
        return new VarianceChart(WIDTH, y + 8, axis, bars, description);
    }
}
