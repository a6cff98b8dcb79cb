package org.scrutineer.meetings.domain;

import java.time.LocalDate;

/** The council's municipal year, which runs from its annual meeting in May: a meeting in April closes the year before. */
public final class MunicipalYear {
    private MunicipalYear() {}

    /** The municipal year a meeting on this day belongs to, written 2025/26. */
    public static String of(LocalDate day) {
        int start = day.getMonthValue() >= 5 ? day.getYear() : day.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }
}
