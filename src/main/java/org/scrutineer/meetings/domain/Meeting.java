package org.scrutineer.meetings.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A meeting of a board: when and where, its status, who attended and its agenda. */
public record Meeting(
        long id,
        String key,
        String boardCode,
        String boardName,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String venue,
        Status status,
        String municipalYear,
        LocalDate agendaPublishedOn,
        List<Attendee> attendance,
        List<AgendaItem> items) {

    public enum Status {
        SCHEDULED("Scheduled"),
        AGENDA_PUBLISHED("Agenda published"),
        HELD("Held"),
        MINUTES_APPROVED("Minutes approved"),
        CANCELLED("Cancelled");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** How someone attended, as the minutes record it (the database accepts only these). */
    public static final List<String> ATTENDANCE_KINDS =
            List.of("PRESENT", "APOLOGIES", "ABSENT_COUNCIL_BUSINESS", "OFFICER", "ALSO_ATTENDING");

    public record Attendee(String name, String kind, String note) {}

    public Meeting {
        attendance = List.copyOf(attendance);
        items = List.copyOf(items);
    }

    /**
     * The status as of a day. A meeting whose date has passed but is still recorded as scheduled is not shown as one
     * still to come: nobody has recorded that it was held, and the page says so.
     */
    public String statusWords(LocalDate today) {
        if ((status == Status.SCHEDULED || status == Status.AGENDA_PUBLISHED) && date.isBefore(today)) {
            return "Date passed, not recorded as held";
        }
        return status.words();
    }

    /** "6.30 p.m.", as the council prints times. */
    public static String timeWords(LocalTime t) {
        if (t == null) {
            return "";
        }
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return hour + "." + String.format("%02d", t.getMinute()) + (t.getHour() < 12 ? " a.m." : " p.m.");
    }

    public String startWords() {
        return timeWords(startTime);
    }

    public String endWords() {
        return timeWords(endTime);
    }

    /** The agenda as the public sees it: Part I items only. */
    public List<AgendaItem> publicItems() {
        return items.stream().filter(AgendaItem::isPublic).toList();
    }

    /** Whether the public may see the agenda: from its publication date, and never for a cancelled meeting's draft. */
    public boolean agendaIsPublic(LocalDate today) {
        return agendaIsPublic(agendaPublishedOn, today);
    }

    /** The rule for an agenda published (or to be published) on a day: public from that day. */
    public static boolean agendaIsPublic(LocalDate publishedOn, LocalDate today) {
        return publishedOn != null && !publishedOn.isAfter(today);
    }
}
