package org.scrutineer.finance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a figure that more than one paper of a meeting (or more than one table of a paper) states: the same measure
 * of the same division, or of the same line of its statement, must be the same figure wherever it is printed. An
 * annual budget is one figure for the year whatever date a paper's figures are taken at; a figure to date or a
 * forecast is compared only between papers whose figures are taken at the same date (a paper that does not say when
 * its figures were taken is compared on annual budgets only).
 */
public final class CrossPaperCheck {
    private CrossPaperCheck() {}

    /**
     * A figure as a paper states it: of what (a division, or "division: line"), which measure, at which date (null:
     * the paper does not say), the value, and where it is printed (paper and table, for the reader).
     */
    public record Stated(
            String subject, Column measure, LocalDate asAt, BigDecimal value, String paper, String where) {}

    /** A figure stated in more than one place with different values: each value with where it is printed. */
    public record Disagreement(String subject, Column measure, Map<BigDecimal, List<String>> values) {}

    /** How many figures were stated in more than one place, and those that do not agree. */
    public record Result(int compared, int acrossPapers, List<Disagreement> disagreements) {}

    /** The measure a summary table's column heading names, or null where it names none of a statement's five. */
    public static Column measureOf(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.contains("annual budget")) {
            return Column.ANNUAL_BUDGET;
        }
        if (h.contains("budget to date")) {
            return Column.BUDGET_TO_DATE;
        }
        if (h.contains("actual")) {
            return Column.ACTUAL_SPEND;
        }
        if (h.contains("forecast")) {
            return Column.FORECAST_OUTTURN;
        }
        if (h.contains("variance") && (h.contains("to date") || h.contains("(overspend)"))) {
            return Column.VARIANCE;
        }
        return null; // e.g. last year's outturn, a net budget of a savings line, an agency spend
    }

    public static Result check(List<Stated> figures) {
        Map<String, List<Stated>> bySubject = new LinkedHashMap<>();
        for (Stated f : figures) {
            if (f.measure() != Column.ANNUAL_BUDGET && f.asAt() == null) {
                continue; // a figure to date at an unknown date cannot be compared with any other
            }
            String when = f.measure() == Column.ANNUAL_BUDGET ? "" : f.asAt().toString();
            bySubject
                    .computeIfAbsent(
                            f.subject().toLowerCase(Locale.ROOT) + "|" + f.measure() + "|" + when,
                            k -> new ArrayList<>())
                    .add(f);
        }
        int compared = 0;
        int acrossPapers = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        for (List<Stated> same : bySubject.values()) {
            Set<String> places = new LinkedHashSet<>();
            Set<String> papers = new LinkedHashSet<>();
            same.forEach(f -> {
                places.add(f.paper() + "|" + f.where());
                papers.add(f.paper());
            });
            if (places.size() < 2) {
                continue;
            }
            compared++;
            if (papers.size() > 1) {
                acrossPapers++;
            }
            Map<BigDecimal, List<String>> values = new LinkedHashMap<>();
            for (Stated f : same) {
                BigDecimal key = values.keySet().stream()
                        .filter(v -> v.compareTo(f.value()) == 0)
                        .findFirst()
                        .orElse(f.value());
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(f.paper() + ", " + f.where());
            }
            if (values.size() > 1) {
                disagreements.add(
                        new Disagreement(same.get(0).subject(), same.get(0).measure(), values));
            }
        }
        return new Result(compared, acrossPapers, disagreements);
    }

    /**
     * The figures a statement states, by the division its department names (null: a department the meeting's papers
     * name no other way is still compared by its own name): each line and total by its place in the statement, and
     * its bottom line (Net Departmental Expenditure, else Net Operational Expenditure) as the division's own figures.
     */
    public static List<Stated> of(RevenueStatement s, String division, String paper, String where) {
        List<Stated> result = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Section section = null;
        String heading = "";
        StatementRow bottom = null;
        for (StatementRow r : s.rows()) {
            if (r.section() != section) {
                section = r.section();
                heading = "";
            }
            if (r.kind() == RowKind.HEADING) {
                heading = r.label().trim();
                continue;
            }
            String block = r.section().name().charAt(0)
                    + r.section().name().substring(1).toLowerCase(Locale.ROOT);
            String place = r.section() == Section.SUMMARY
                    ? r.label().trim()
                    : block + " – " + (heading.isEmpty() ? "" : heading + " – ")
                            + r.label().trim();
            int n = seen.merge(place, 1, Integer::sum);
            String subject = division + ": " + place + (n > 1 ? " (" + n + ")" : "");
            add(
                    result,
                    subject,
                    r.printed(),
                    s.asAt(),
                    paper,
                    where + ", " + r.label().trim());
            if (r.kind() == RowKind.TOTAL && r.section() == Section.SUMMARY) {
                bottom = r;
            }
            if (r.kind() == RowKind.TOTAL && r.section() != Section.SUMMARY && !heading.isEmpty()) {
                heading = ""; // a sub-total closes its heading's group
            }
        }
        if (bottom != null) {
            add(
                    result,
                    division,
                    bottom.printed(),
                    s.asAt(),
                    paper,
                    where + ", " + bottom.label().trim());
        }
        return result;
    }

    private static void add(
            List<Stated> result, String subject, Amounts a, LocalDate asAt, String paper, String where) {
        for (Column c : Column.values()) {
            if (a.get(c) != null) {
                result.add(new Stated(subject, c, asAt, BigDecimal.valueOf(a.get(c)), paper, where));
            }
        }
    }

    /** The figures a summary table states for the divisions it names, by the measures its column headings name. */
    public static List<Stated> of(
            FigureTable t, Map<String, String> divisions, LocalDate asAt, String paper, String where) {
        List<Stated> result = new ArrayList<>();
        for (FigureTable.Row r : t.rows()) {
            String division = divisions.get(r.label().trim());
            if (division == null) {
                continue;
            }
            for (int c = 0; c < t.columns().size(); c++) {
                Column measure = measureOf(t.columns().get(c));
                if (measure != null && r.value(c) != null) {
                    result.add(new Stated(
                            division,
                            measure,
                            asAt,
                            r.value(c),
                            paper,
                            where + ", " + r.label().trim()));
                }
            }
        }
        return result;
    }
}
