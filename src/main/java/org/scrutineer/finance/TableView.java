package org.scrutineer.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.scrutineer.finance.domain.FigureTable;
import org.scrutineer.finance.domain.TableCheck;

/** A summary table as shown: cells as printed, the rows the checks question flagged, and what they found. */
record TableView(
        String id,
        String title,
        int sourceLine,
        String unit,
        List<String> columns,
        List<Row> rows,
        List<FigureTable.Finding> findings,
        VarianceChart chart) {

    /** A row: its cells as printed and, for each, what the other figures give where the printed one does not follow. */
    public record Row(String label, String kind, List<String> cells, boolean flagged, List<String> worked) {
        public String worked(int column) {
            return worked == null || column >= worked.size() ? "" : worked.get(column);
        }
    }

    /** Each finding as a sentence, as every page and PDF prints it. */
    public List<String> findingLines() {
        return findings.stream()
                .map(f -> FindingLine.of(
                        f.row(),
                        f.column(),
                        f.printed().toPlainString(),
                        f.expected().toPlainString(),
                        f.rule()))
                .toList();
    }

    public static TableView of(FigureTable t) {
        List<FigureTable.Finding> findings = TableCheck.check(t);
        Set<Integer> flagged =
                findings.stream().map(FigureTable.Finding::position).collect(Collectors.toSet());
        List<Row> rows = t.rows().stream()
                .map(r -> new Row(
                        r.label(),
                        r.kind().name(),
                        java.util.stream.IntStream.range(0, t.columns().size())
                                .mapToObj(c -> print(r.value(c)))
                                .toList(),
                        flagged.contains(r.position()),
                        java.util.stream.IntStream.range(0, t.columns().size())
                                .mapToObj(c -> worked(
                                        findings, r.position(), t.columns().get(c)))
                                .toList()))
                .toList();
        return new TableView(
                t.id(), t.title(), t.sourceLine(), unitWords(t.unit()), t.columns(), rows, findings, chart(t));
    }

    /** What the other figures give for one cell, where the printed figure does not follow (several findings: each). */
    private static String worked(List<FigureTable.Finding> findings, int position, String column) {
        return String.join(
                "; ",
                findings.stream()
                        .filter(f -> f.position() == position
                                && f.column().equals(column)
                                && !f.gives().isEmpty())
                        .map(f -> f.gives() + " " + print(f.expected()))
                        .toList());
    }

    /** A forecast-variance chart by row (e.g. by department) where a £'000 table has a forecast column. */
    static VarianceChart chart(FigureTable t) {
        int forecast = -1;
        for (int c = 0; c < t.columns().size(); c++) {
            if (t.columns().get(c).toLowerCase(java.util.Locale.ROOT).contains("forecast")) {
                forecast = c;
                break;
            }
        }
        if (forecast < 0 || !t.unit().equals("thousands")) {
            return null;
        }
        int column = forecast;
        List<FigureTable.Row> lines = t.rows().stream()
                .filter(r -> r.kind() == org.scrutineer.finance.domain.RowKind.LINE && r.value(column) != null)
                .toList();
        return VarianceChart.of(
                lines.stream().map(FigureTable.Row::label).toList(),
                lines.stream().map(r -> r.value(column).longValue()).toList(),
                "row",
                "rows");
    }

    static String print(BigDecimal v) {
        if (v == null) {
            return "";
        }
        String digits = v.scale() > 0
                ? String.format("%,." + v.scale() + "f", v.abs())
                : String.format("%,d", v.abs().longValueExact());
        return v.signum() < 0 ? "(" + digits + ")" : digits;
    }

    private static String unitWords(String unit) {
        return switch (unit) {
            case "thousands" -> "£'000";
            case "millions" -> "£m";
            case "percent" -> "%";
            case "count" -> "numbers";
            default -> "as headed";
        };
    }
}
