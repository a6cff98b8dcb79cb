package org.scrutineer.meetings.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Meetings and agenda items with full defaults, so a test names only what it is about:
 * {@code anAgendaItem().titled("Contract award").exemptUnderParagraph(3).build()}.
 */
public final class MeetingFixtures {
    private MeetingFixtures() {}

    public static AgendaItemBuilder anAgendaItem() {
        return new AgendaItemBuilder();
    }

    public static MeetingBuilder aMeeting() {
        return new MeetingBuilder();
    }

    /** A Part I report, minuted, with no papers, minutes or resolutions yet. */
    public static final class AgendaItemBuilder {
        private long id = 1;
        private int position = 1;
        private String title = "Paper";
        private AgendaItem.Part part = AgendaItem.Part.I;
        private Integer exemptionParagraph;
        private String kind = "REPORT";
        private String minuteNumber;
        private List<AgendaItem.Document> documents = List.of();

        public AgendaItemBuilder numbered(long id, int position) {
            this.id = id;
            this.position = position;
            return this;
        }

        public AgendaItemBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public AgendaItemBuilder ofKind(String kind) {
            this.kind = kind;
            return this;
        }

        /** Part II, exempt under this paragraph of Schedule 12A (null: none given, which the record refuses). */
        public AgendaItemBuilder exemptUnderParagraph(Integer paragraph) {
            this.part = AgendaItem.Part.II;
            this.exemptionParagraph = paragraph;
            return this;
        }

        public AgendaItemBuilder minuted(String minuteNumber) {
            this.minuteNumber = minuteNumber;
            return this;
        }

        public AgendaItemBuilder withDocuments(AgendaItem.Document... documents) {
            this.documents = List.of(documents);
            return this;
        }

        public AgendaItem build() {
            return new AgendaItem(
                    id,
                    position,
                    "",
                    title,
                    part,
                    exemptionParagraph,
                    kind,
                    true,
                    minuteNumber,
                    "",
                    "",
                    "",
                    null,
                    "",
                    List.of(),
                    null,
                    documents,
                    "");
        }
    }

    /** A held meeting of board B on 23 September 2025, its agenda published on the 15th, with no attendance. */
    public static final class MeetingBuilder {
        private LocalDate date = LocalDate.of(2025, 9, 23);
        private LocalDate agendaPublishedOn = LocalDate.of(2025, 9, 15);
        private Meeting.Status status = Meeting.Status.HELD;
        private final List<AgendaItem> items = new ArrayList<>();

        public MeetingBuilder on(LocalDate date) {
            this.date = date;
            return this;
        }

        public MeetingBuilder agendaPublishedOn(LocalDate day) {
            this.agendaPublishedOn = day;
            return this;
        }

        public MeetingBuilder withStatus(Meeting.Status status) {
            this.status = status;
            return this;
        }

        public MeetingBuilder withItems(AgendaItem... items) {
            this.items.addAll(List.of(items));
            return this;
        }

        public Meeting build() {
            return new Meeting(
                    1,
                    "m",
                    "B",
                    "Board",
                    date,
                    (LocalTime) null,
                    null,
                    "",
                    status,
                    "2025/26",
                    agendaPublishedOn,
                    List.of(),
                    List.copyOf(items));
        }
    }
}
