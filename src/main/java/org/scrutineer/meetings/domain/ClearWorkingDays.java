package org.scrutineer.meetings.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts "clear working days" for the Local Government Act 1972 access-to-information rule:
 * a meeting's agenda and reports must be open to the public at least five clear working days
 * before the meeting. Clear days exclude the day of publication and the day of the meeting;
 * weekends and England and Wales bank holidays are not working days.
 */
public final class ClearWorkingDays {

    /** Clear working days the Act requires. */
    public static final int REQUIRED = 5;

    /** One-off changes to the rule-based calendar: dates removed and dates added, by year. */
    private record OneOff(List<LocalDate> removed, List<LocalDate> added) {}

    // Royal and national one-offs (GOV.UK bank holiday lists / proclamations).
    private static final Map<Integer, OneOff> ONE_OFFS = Map.of(
            // Millennium
            1999, new OneOff(List.of(), List.of(LocalDate.of(1999, 12, 31))),
            // Golden Jubilee: Spring moved to Tue 4 June, plus Mon 3 June
            2002,
                    new OneOff(
                            List.of(LocalDate.of(2002, 5, 27)),
                            List.of(LocalDate.of(2002, 6, 3), LocalDate.of(2002, 6, 4))),
            // Royal Wedding
            2011, new OneOff(List.of(), List.of(LocalDate.of(2011, 4, 29))),
            // Diamond Jubilee: Spring moved to Mon 4 June, plus Tue 5 June
            2012,
                    new OneOff(
                            List.of(LocalDate.of(2012, 5, 28)),
                            List.of(LocalDate.of(2012, 6, 4), LocalDate.of(2012, 6, 5))),
            // VE Day 75: Early May moved to Fri 8 May
            2020, new OneOff(List.of(LocalDate.of(2020, 5, 4)), List.of(LocalDate.of(2020, 5, 8))),
            // Platinum Jubilee: Spring moved to Thu 2 June, plus Fri 3 June; State Funeral Mon 19 Sept
            2022,
                    new OneOff(
                            List.of(LocalDate.of(2022, 5, 30)),
                            List.of(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19))),
            // Coronation
            2023, new OneOff(List.of(), List.of(LocalDate.of(2023, 5, 8))));

    private ClearWorkingDays() {}

    /** True unless the day is a Saturday, Sunday or England and Wales bank holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, Set.of());
    }

    /**
     * The same calendar with the council's own one-off closure days (24 December, say) laid over it: the one
     * working-day calendar of the meetings, used for the five clear days and the public question deadline alike.
     */
    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> closures) {
        if (closures.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        return !bankHolidays(day.getYear()).contains(day);
    }

    /** England and Wales bank holidays for the year, by rule plus known one-offs. */
    public static Set<LocalDate> bankHolidays(int year) {
        Set<LocalDate> days = new TreeSet<>();

        // New Year's Day, substitute next Monday at a weekend
        days.add(nextMondayIfWeekend(LocalDate.of(year, Month.JANUARY, 1)));

        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));

        LocalDate may1 = LocalDate.of(year, Month.MAY, 1);
        days.add(may1.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(may1.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));

        addChristmas(year, days);

        OneOff oneOff = ONE_OFFS.get(year);
        if (oneOff != null) {
            oneOff.removed().forEach(days::remove);
            days.addAll(oneOff.added());
        }
        return Collections.unmodifiableSet(days);
    }

    /** Working days strictly after {@code published} and strictly before {@code meeting}. */
    public static int clearWorkingDaysBetween(LocalDate published, LocalDate meeting) {
        return clearWorkingDaysBetween(published, meeting, Set.of());
    }

    public static int clearWorkingDaysBetween(LocalDate published, LocalDate meeting, Set<LocalDate> closures) {
        int count = 0;
        for (LocalDate day = published.plusDays(1); day.isBefore(meeting); day = day.plusDays(1)) {
            if (isWorkingDay(day, closures)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Latest publication date leaving at least {@code clearDays} clear working days before the
     * meeting. The publication day itself may be any day, including a weekend.
     */
    public static LocalDate latestPublicationDate(LocalDate meeting, int clearDays) {
        return latestPublicationDate(meeting, clearDays, Set.of());
    }

    public static LocalDate latestPublicationDate(LocalDate meeting, int clearDays, Set<LocalDate> closures) {
        if (clearDays < 0) {
            throw new IllegalArgumentException("clearDays must not be negative: " + clearDays);
        }
        LocalDate day = meeting.minusDays(1);
        int found = 0;
        while (found < clearDays) {
            if (isWorkingDay(day, closures)) {
                found++;
            }
            day = day.minusDays(1);
        }
        return day;
    }

    /** The last working day strictly before the given day. */
    public static LocalDate workingDayBefore(LocalDate day, Set<LocalDate> closures) {
        LocalDate d = day.minusDays(1);
        while (!isWorkingDay(d, closures)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static void addChristmas(int year, Set<LocalDate> days) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        switch (christmas.getDayOfWeek()) {
            case SATURDAY -> { // Mon 27 and Tue 28
                days.add(christmas.plusDays(2));
                days.add(christmas.plusDays(3));
            }
            case SUNDAY -> { // Boxing Day Mon 26, Christmas substitute Tue 27
                days.add(christmas.plusDays(1));
                days.add(christmas.plusDays(2));
            }
            case FRIDAY -> { // Boxing Day Saturday -> Mon 28
                days.add(christmas);
                days.add(christmas.plusDays(3));
            }
            default -> {
                days.add(christmas);
                days.add(christmas.plusDays(1));
            }
        }
    }

    private static LocalDate nextMondayIfWeekend(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
