package org.scrutineer.performance.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as councils print it: a financial year (2023/24), a calendar year (2023),
 * a pooled range of years (2021-23), a quarter (Q1 2025/26), cumulative quarters (Q1-3 2024/25)
 * or a standing target with no period. The financial year runs 1 April to 31 March.
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end, String label) implements Comparable<Period> {

    public static final Period STANDING = new Period(PeriodKind.STANDING, null, null, "standing target");

    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern POOLED = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("Q([1-4]) (\\d{4})/(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUMULATIVE =
            Pattern.compile("Q([1-4])-([1-4]) (\\d{4})/(\\d{2})", Pattern.CASE_INSENSITIVE);

    /** Orders by end date, then the longer span first; standing targets come before dated periods. */
    public static final Comparator<Period> CHRONOLOGICAL = Comparator.comparing(
                    Period::end, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Period::start, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
    }

    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PeriodFormatException(text, "the period is empty");
        }
        String s = text.trim().replaceAll("\\s+", " ");
        if (s.equalsIgnoreCase("standing target") || s.equalsIgnoreCase("standing")) {
            return STANDING;
        }
        Matcher m;
        if ((m = CUMULATIVE.matcher(s)).matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            int year = financialYearStart(text, m.group(3), m.group(4));
            if (from >= to) {
                throw new PeriodFormatException(text, "the first quarter must come before the last (e.g. Q1-3)");
            }
            return cumulativeQuarters(from, to, year);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return quarter(Integer.parseInt(m.group(1)), financialYearStart(text, m.group(2), m.group(3)));
        }
        if ((m = FINANCIAL_YEAR.matcher(s)).matches()) {
            return financialYear(financialYearStart(text, m.group(1), m.group(2)));
        }
        if ((m = POOLED.matcher(s)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int last = centuryOf(first, m.group(2));
            if (last <= first) {
                throw new PeriodFormatException(text, "a pooled range must end after it starts (e.g. 2021-23)");
            }
            return new Period(
                    PeriodKind.POOLED_YEARS,
                    LocalDate.of(first, 1, 1),
                    LocalDate.of(last, 12, 31),
                    first + "-" + two(last));
        }
        if ((m = CALENDAR_YEAR.matcher(s)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return new Period(
                    PeriodKind.CALENDAR_YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), String.valueOf(y));
        }
        throw new PeriodFormatException(
                text, "expected one of 2023/24, 2023, 2021-23, Q1 2025/26, Q1-3 2024/25 or 'standing target'");
    }

    public static Period financialYear(int startYear) {
        return new Period(
                PeriodKind.FINANCIAL_YEAR,
                LocalDate.of(startYear, Month.APRIL, 1),
                LocalDate.of(startYear + 1, Month.MARCH, 31),
                startYear + "/" + two(startYear + 1));
    }

    public static Period quarter(int q, int financialYearStart) {
        LocalDate start = quarterStart(q, financialYearStart);
        return new Period(
                PeriodKind.QUARTER,
                start,
                start.plusMonths(3).minusDays(1),
                "Q" + q + " " + financialYearStart + "/" + two(financialYearStart + 1));
    }

    /** The quarter of the financial year that a day falls in: 25 November 2026 is in Q3 2026/27. */
    public static Period quarterContaining(LocalDate day) {
        int financialYearStart = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return quarter((day.getMonthValue() + 8) % 12 / 3 + 1, financialYearStart);
    }

    public static Period cumulativeQuarters(int from, int to, int financialYearStart) {
        return new Period(
                PeriodKind.CUMULATIVE_QUARTERS,
                quarterStart(from, financialYearStart),
                quarterStart(to, financialYearStart).plusMonths(3).minusDays(1),
                "Q" + from + "-" + to + " " + financialYearStart + "/" + two(financialYearStart + 1));
    }

    /** True for a figure that covers a whole year or more: a final one can be judged against an annual target. */
    public boolean coversWholeYear() {
        return switch (kind) {
            case FINANCIAL_YEAR, CALENDAR_YEAR, POOLED_YEARS -> true;
            case CUMULATIVE_QUARTERS -> start.plusYears(1).minusDays(1).equals(end);
            case QUARTER, STANDING -> false;
        };
    }

    public boolean isStanding() {
        return kind == PeriodKind.STANDING;
    }

    /** The financial year (as its first calendar year) that a quarter or cumulative period belongs to. */
    public int financialYearStart() {
        if (start == null) {
            throw new IllegalStateException("a standing target has no financial year");
        }
        return start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1;
    }

    /** The quarter number (1-4) of a single quarter. */
    public int quarterNumber() {
        if (kind != PeriodKind.QUARTER) {
            throw new IllegalStateException(label + " is not a single quarter");
        }
        return (start.getMonthValue() + 8) % 12 / 3 + 1;
    }

    @Override
    public int compareTo(Period other) {
        return CHRONOLOGICAL.compare(this, other);
    }

    @Override
    public String toString() {
        return label;
    }

    private static LocalDate quarterStart(int q, int financialYearStart) {
        return LocalDate.of(financialYearStart, Month.APRIL, 1).plusMonths(3L * (q - 1));
    }

    private static int financialYearStart(String text, String first, String second) {
        int start = Integer.parseInt(first);
        if ((start + 1) % 100 != Integer.parseInt(second)) {
            throw new PeriodFormatException(
                    text,
                    "a financial year runs into the next year, so " + start + " must be followed by /"
                            + two(start + 1));
        }
        return start;
    }

    private static int centuryOf(int first, String twoDigits) {
        int last = first / 100 * 100 + Integer.parseInt(twoDigits);
        return last < first ? last + 100 : last;
    }

    private static String two(int year) {
        return String.format("%02d", year % 100);
    }
}
