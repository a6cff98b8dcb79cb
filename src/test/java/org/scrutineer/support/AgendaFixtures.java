package org.scrutineer.support;

import java.time.LocalDate;
import java.time.LocalTime;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.meetings.domain.MunicipalYear;

/**
 * Meetings and agenda items as tests add them through {@link Meetings}, with full defaults, so that a test names only
 * what it is about instead of seven or eleven positional arguments.
 */
public final class AgendaFixtures {
    private AgendaFixtures() {}

    /** A meeting of the board on the day: 6.30 pm in the Council Chamber, scheduled, in that day's municipal year (the meetings' own rule). */
    public static NewMeetingBuilder aNewMeeting(String key, long boardId, LocalDate date) {
        return new NewMeetingBuilder(key, boardId, date);
    }

    /** A Part I report, minuted, with no reporting officer, portfolio, wards, link or printed pages. */
    public static NewItemBuilder aNewItem(String title) {
        return new NewItemBuilder(title);
    }

    public static final class NewMeetingBuilder {
        private final String key;
        private final long boardId;
        private final LocalDate date;
        private LocalTime start = LocalTime.of(18, 30);
        private String venue = "Council Chamber";
        private Meeting.Status status = Meeting.Status.SCHEDULED;

        private NewMeetingBuilder(String key, long boardId, LocalDate date) {
            this.key = key;
            this.boardId = boardId;
            this.date = date;
        }

        public NewMeetingBuilder at(LocalTime start) {
            this.start = start;
            return this;
        }

        public NewMeetingBuilder in(String venue) {
            this.venue = venue;
            return this;
        }

        public NewMeetingBuilder withStatus(Meeting.Status status) {
            this.status = status;
            return this;
        }

        public Meetings.NewMeeting build() {
            return new Meetings.NewMeeting(key, boardId, date, start, venue, status, MunicipalYear.of(date));
        }
    }

    public static final class NewItemBuilder {
        private final String title;
        private String heading = "";
        private AgendaItem.Part part = AgendaItem.Part.I;
        private Integer paragraph;
        private String kind = "REPORT";
        private String reportingOfficer = "";

        private NewItemBuilder(String title) {
            this.title = title;
        }

        public NewItemBuilder headed(String heading) {
            this.heading = heading;
            return this;
        }

        /** Part II, exempt under this paragraph of Schedule 12A. */
        public NewItemBuilder exemptUnderParagraph(Integer paragraph) {
            this.part = AgendaItem.Part.II;
            this.paragraph = paragraph;
            return this;
        }

        public NewItemBuilder ofKind(String kind) {
            this.kind = kind;
            return this;
        }

        public NewItemBuilder reportedBy(String officer) {
            this.reportingOfficer = officer;
            return this;
        }

        public Meetings.NewItem build() {
            return new Meetings.NewItem(
                    heading, title, part, paragraph, kind, true, reportingOfficer, "", "", null, null);
        }
    }
}
