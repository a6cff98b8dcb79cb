package org.scrutineer.moderngov.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What a ModernGov site's web service (mgWebService.asmx) publishes, as plain records. */
public final class ModernGov {
    private ModernGov() {}

    public record Committee(long id, String title, boolean deleted, boolean expired, String category) {
        /** Followed by default: not deleted and not expired. */
        public boolean current() {
            return !deleted && !expired;
        }
    }

    /** A meeting as GetMeetings lists it. */
    public record ScheduledMeeting(long id, long committeeId, LocalDate date, LocalTime time, String status) {
        public boolean cancelled() {
            return status.toLowerCase(java.util.Locale.ROOT).contains("cancel");
        }
    }

    public record Document(long id, String title, String url, boolean restricted, LocalDate publishedOn) {}

    /** An agenda item with its agenda text and minutes as plain text, paragraphs separated by a blank line. */
    public record Item(
            long id,
            String number,
            String title,
            String text,
            String minutes,
            boolean restricted,
            List<Document> documents) {
        public Item {
            documents = List.copyOf(documents);
        }
    }

    public record Attendee(String name, String role, String attendance, String party, String ward) {}

    /** A meeting as GetMeeting describes it. */
    public record MeetingDetail(
            long id,
            LocalDate date,
            LocalTime time,
            String status,
            String location,
            LocalTime plannedFinish,
            boolean agendaPublished,
            boolean minutesPublished,
            List<Item> items,
            List<Attendee> attendees) {
        public MeetingDetail {
            items = List.copyOf(items);
            attendees = List.copyOf(attendees);
        }
    }

    /** What was read, with what could not be (each problem in words a clerk understands). */
    public record Answer<T>(T value, List<String> problems) {
        public Answer {
            problems = List.copyOf(problems);
        }
    }
}
