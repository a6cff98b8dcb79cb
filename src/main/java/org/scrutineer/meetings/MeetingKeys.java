package org.scrutineer.meetings;

import java.time.LocalDate;
import java.util.Locale;

/** A meeting's key in addresses: the board's short code and the date, e.g. hsc-2025-09-23. */
final class MeetingKeys {
    private MeetingKeys() {}

    static String of(String boardCode, LocalDate date) {
        String code = boardCode.toLowerCase(Locale.ROOT).replaceAll("-ppb$", "").replaceAll("[^a-z0-9]+", "-");
        return code + "-" + date;
    }
}
