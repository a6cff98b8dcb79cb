package org.scrutineer.questions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.scrutineer.meetings.domain.ClearWorkingDays;

/**
 * Standing Order 34(9)(iii): written notice of a public question must reach the Committee Services Manager "by 4.00 pm
 * on the working day prior to the date of the meeting" (PQ-05). The working day comes from the meetings' one calendar
 * (weekends, England and Wales bank holidays, the council's closure days); the meeting's start time does not matter.
 */
public final class NoticeDeadline {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final LocalTime FOUR_PM = LocalTime.of(16, 0);

    private NoticeDeadline() {}

    /** 4.00 pm London time, in the offset of the deadline's own date (BST or GMT), on the working day before the meeting. */
    public static ZonedDateTime forMeeting(LocalDate meeting, Set<LocalDate> closures) {
        return ClearWorkingDays.workingDayBefore(meeting, closures)
                .atTime(FOUR_PM)
                .atZone(LONDON);
    }

    /** "By 4.00 pm" includes 16:00:00 itself; arrival counts, whatever the office hours. */
    public static boolean inTime(Instant received, LocalDate meeting, Set<LocalDate> closures) {
        return !received.isAfter(forMeeting(meeting, closures).toInstant());
    }
}
