package org.scrutineer.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** Times as the council prints them: UK local time. */
@NamedInterface("web")
public final class LondonTime {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(LONDON);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(LONDON);

    private LondonTime() {}

    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    public static String date(Instant at) {
        return at == null ? "" : DATE.format(at);
    }

    /** "23 September 2025"; empty for no date. */
    public static String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
