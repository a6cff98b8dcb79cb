package org.scrutineer.meetings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClearWorkingDaysTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void bankHolidays2025() {
        assertThat(ClearWorkingDays.bankHolidays(2025))
                .containsExactlyInAnyOrder(
                        d(2025, 1, 1),
                        d(2025, 4, 18),
                        d(2025, 4, 21),
                        d(2025, 5, 5),
                        d(2025, 5, 26),
                        d(2025, 8, 25),
                        d(2025, 12, 25),
                        d(2025, 12, 26));
    }

    @Test
    void bankHolidays2026BoxingDaySaturdayMovesToMonday() {
        assertThat(ClearWorkingDays.bankHolidays(2026))
                .containsExactlyInAnyOrder(
                        d(2026, 1, 1),
                        d(2026, 4, 3),
                        d(2026, 4, 6),
                        d(2026, 5, 4),
                        d(2026, 5, 25),
                        d(2026, 8, 31),
                        d(2026, 12, 25),
                        d(2026, 12, 28));
    }

    @Test
    void bankHolidays2022OneOffsAndSubstitutes() {
        // New Year Sat -> Mon 3 Jan; Spring moved to 2 June; Jubilee 3 June; State Funeral 19 Sept;
        // Christmas Sunday -> Boxing Day Mon 26, Christmas substitute Tue 27
        assertThat(ClearWorkingDays.bankHolidays(2022))
                .containsExactlyInAnyOrder(
                        d(2022, 1, 3),
                        d(2022, 4, 15),
                        d(2022, 4, 18),
                        d(2022, 5, 2),
                        d(2022, 6, 2),
                        d(2022, 6, 3),
                        d(2022, 8, 29),
                        d(2022, 9, 19),
                        d(2022, 12, 26),
                        d(2022, 12, 27));
        assertThat(ClearWorkingDays.bankHolidays(2022)).doesNotContain(d(2022, 5, 30), d(2022, 1, 1));
    }

    @Test
    void bankHolidays2023CoronationAndNewYearSubstitute() {
        // New Year Sunday -> Mon 2 Jan; Coronation Mon 8 May
        assertThat(ClearWorkingDays.bankHolidays(2023))
                .containsExactlyInAnyOrder(
                        d(2023, 1, 2),
                        d(2023, 4, 7),
                        d(2023, 4, 10),
                        d(2023, 5, 1),
                        d(2023, 5, 8),
                        d(2023, 5, 29),
                        d(2023, 8, 28),
                        d(2023, 12, 25),
                        d(2023, 12, 26));
    }

    @Test
    void bankHolidays2020EarlyMayMovedToVeDay() {
        assertThat(ClearWorkingDays.bankHolidays(2020))
                .contains(d(2020, 5, 8))
                .doesNotContain(d(2020, 5, 4))
                .hasSize(8);
    }

    @Test
    void christmasOnSaturdayGivesMondayAndTuesday() {
        assertThat(ClearWorkingDays.bankHolidays(2021))
                .contains(d(2021, 12, 27), d(2021, 12, 28))
                .doesNotContain(d(2021, 12, 25));
    }

    @Test
    void workingDays() {
        assertThat(ClearWorkingDays.isWorkingDay(d(2025, 9, 22))).isTrue(); // Monday
        assertThat(ClearWorkingDays.isWorkingDay(d(2025, 9, 20))).isFalse(); // Saturday
        assertThat(ClearWorkingDays.isWorkingDay(d(2025, 9, 21))).isFalse(); // Sunday
        assertThat(ClearWorkingDays.isWorkingDay(d(2025, 5, 26))).isFalse(); // Spring bank holiday
        assertThat(ClearWorkingDays.REQUIRED).isEqualTo(5);
    }

    @Test
    void clearDaysBeforeSeptemberMeeting() {
        LocalDate meeting = d(2025, 9, 23); // Tuesday
        // 16, 17, 18, 19, 22 September
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(d(2025, 9, 15), meeting))
                .isEqualTo(ClearWorkingDays.REQUIRED);
        // 17, 18, 19, 22 September
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(d(2025, 9, 16), meeting))
                .isEqualTo(4);
        assertThat(ClearWorkingDays.latestPublicationDate(meeting, ClearWorkingDays.REQUIRED))
                .isEqualTo(d(2025, 9, 15));
    }

    @Test
    void acrossSpringBankHoliday() {
        LocalDate meeting = d(2025, 5, 27); // Tuesday after Spring bank holiday (Mon 26 May)
        // Working days before the meeting: 23, 22, 21, 20, 19 May (24-25 weekend, 26 holiday).
        // Publishing any time up to Sunday 18 May leaves those 5.
        assertThat(ClearWorkingDays.latestPublicationDate(meeting, 5)).isEqualTo(d(2025, 5, 18));
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(d(2025, 5, 18), meeting))
                .isEqualTo(5);
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(d(2025, 5, 19), meeting))
                .isEqualTo(4);
    }

    @Test
    void acrossChristmas2025() {
        LocalDate meeting = d(2026, 1, 2); // Friday
        // Working days: 31, 30, 29 Dec, then 24, 23 Dec
        // (1 Jan, 25-26 Dec holidays; 27-28 Dec weekend) -> publish by Mon 22 Dec
        assertThat(ClearWorkingDays.latestPublicationDate(meeting, 5)).isEqualTo(d(2025, 12, 22));
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(d(2025, 12, 22), meeting))
                .isEqualTo(5);
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(d(2025, 12, 23), meeting))
                .isEqualTo(4);
    }

    @Test
    void acrossEaster2026() {
        LocalDate meeting = d(2026, 4, 9); // Thursday after Easter
        // Working days: 8, 7 Apr, then 2, 1 Apr, 31 Mar
        // (6 Apr Easter Monday, 4-5 weekend, 3 Apr Good Friday) -> publish by Mon 30 Mar
        assertThat(ClearWorkingDays.latestPublicationDate(meeting, 5)).isEqualTo(d(2026, 3, 30));
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(d(2026, 3, 30), meeting))
                .isEqualTo(5);
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(d(2026, 3, 31), meeting))
                .isEqualTo(4);
    }

    @Test
    void noClearDaysWhenMeetingNotAfterPublication() {
        LocalDate day = d(2025, 9, 23);
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(day, day)).isZero();
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(day, day.plusDays(1)))
                .isZero();
        assertThat(ClearWorkingDays.clearWorkingDaysBetween(day, d(2025, 9, 1))).isZero();
    }

    @Test
    void negativeClearDaysRejected() {
        assertThatThrownBy(() -> ClearWorkingDays.latestPublicationDate(d(2025, 9, 23), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
