package org.scrutineer.publishing;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.web.PublicAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's boards, their members, meetings and attendance as open data in the shapes civic-tech tools read:
 * Popolo organizations, people and memberships, and Open Civic Data events. The same answer for everyone, by the public
 * rule of the meeting pages: an agenda appears from its publication date, and only its Part I items and their papers.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Meetings meetings;
    private final Boards boards;
    private final JdbcClient jdbc;
    private final PublicAddress address;
    private final Clock clock;

    public OpenData(Meetings meetings, Boards boards, JdbcClient jdbc, PublicAddress address, Clock clock) {
        this.meetings = meetings;
        this.boards = boards;
        this.jdbc = jdbc;
        this.address = address;
        this.clock = clock;
    }

    public record Link(String url, @Nullable String note) {}

    public record Organization(
            String id,
            String name,
            String classification,
            @Nullable String parent_id,
            List<Link> links) {}

    public record Person(String id, String name) {}

    public record Membership(
            String id,
            String person_id,
            String organization_id,
            String role,
            @Nullable String on_behalf_of,
            @Nullable String start_date,
            @Nullable String end_date) {}

    public record Location(String name) {}

    public record Participant(String entity_type, String entity_id, String entity_name, String note) {}

    public record Media(String note, String url, String media_type) {}

    public record AgendaEntry(String order, String description, String notes, List<Media> media) {}

    public record Event(
            String id,
            String name,
            String classification,
            String status,
            String start_date,
            @Nullable String end_date,
            String timezone,
            Location location,
            List<Participant> participants,
            List<AgendaEntry> agenda,
            List<Link> sources) {}

    static final String COUNCIL = "ocd-organization/scrutineer/council";

    public List<Organization> organizations() {
        List<Organization> all = new ArrayList<>();
        all.add(new Organization(
                COUNCIL, "The council", "council", null, List.of(new Link(address.base() + "/", null))));
        boards.all()
                .forEach(b -> all.add(new Organization(
                        organizationId(b.code()),
                        b.name(),
                        "committee",
                        COUNCIL,
                        List.of(new Link(address.base() + "/boards/" + b.code(), "the board's page")))));
        return all;
    }

    private record Seat(String board, String name, String party, String role, LocalDate from, LocalDate to) {}

    private List<Seat> seats() {
        return jdbc.sql("""
                        select b.code, m.name, m.party, m.role, m.from_date, m.to_date from board_member m join board b on b.id = m.board_id
                        order by b.code, m.id""")
                .query((rs, n) -> new Seat(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** Everyone who sits on a board or is recorded at a meeting, once each by name. */
    public List<Person> people() {
        Map<String, Person> people = new LinkedHashMap<>();
        seats().forEach(s -> people.putIfAbsent(personId(s.name()), new Person(personId(s.name()), s.name())));
        jdbc.sql("select distinct name from attendance order by name")
                .query(String.class)
                .list()
                .forEach(n -> people.putIfAbsent(personId(n), new Person(personId(n), n)));
        return List.copyOf(people.values());
    }

    public List<Membership> memberships() {
        List<Membership> all = new ArrayList<>();
        int k = 0;
        for (Seat s : seats()) {
            all.add(new Membership(
                    "ocd-membership/scrutineer/" + (++k),
                    personId(s.name()),
                    organizationId(s.board()),
                    s.role().toLowerCase(Locale.ROOT).replace('_', '-'),
                    s.party().isBlank() ? null : s.party(),
                    s.from() == null ? null : s.from().toString(),
                    s.to() == null ? null : s.to().toString()));
        }
        return all;
    }

    public List<Event> events() {
        LocalDate today = LocalDate.now(clock);
        List<Event> events = new ArrayList<>();
        for (Meeting head : meetings.all(null)) {
            Meeting m = meetings.byKey(head.key()).orElseThrow();
            List<Participant> participants = new ArrayList<>();
            participants.add(new Participant("organization", organizationId(m.boardCode()), m.boardName(), "host"));
            m.attendance()
                    .forEach(a -> participants.add(new Participant(
                            "person",
                            personId(a.name()),
                            a.name(),
                            a.kind().toLowerCase(Locale.ROOT).replace('_', ' '))));
            List<AgendaEntry> agenda = new ArrayList<>();
            if (m.agendaIsPublic(today)) {
                int order = 0;
                for (AgendaItem i : m.publicItems()) {
                    agenda.add(new AgendaEntry(
                            String.valueOf(++order),
                            i.title(),
                            i.minutes(),
                            i.documents().stream()
                                    .map(d -> new Media(
                                            d.title(), address.base() + "/documents/" + d.id(), "application/pdf"))
                                    .toList()));
                }
            }
            events.add(new Event(
                    "ocd-event/scrutineer/" + m.key(),
                    m.boardName(),
                    "committee-meeting",
                    status(m, today),
                    at(m.date(), m.startTime()),
                    m.endTime() == null ? null : at(m.date(), m.endTime()),
                    LONDON.getId(),
                    new Location(m.venue()),
                    participants,
                    agenda,
                    List.of(new Link(address.base() + "/meetings/" + m.key(), "the meeting's page"))));
        }
        return events;
    }

    /** OCD's event statuses. */
    private static String status(Meeting m, LocalDate today) {
        if (m.status() == Meeting.Status.CANCELLED) {
            return "cancelled";
        }
        return m.date().isBefore(today)
                        || m.status() == Meeting.Status.HELD
                        || m.status() == Meeting.Status.MINUTES_APPROVED
                ? "passed"
                : "confirmed";
    }

    private static String at(LocalDate day, LocalTime time) {
        return time == null
                ? day.toString()
                : ZonedDateTime.of(day, time, LONDON).format(OFFSET);
    }

    static String organizationId(String boardCode) {
        return "ocd-organization/scrutineer/board/" + boardCode;
    }

    /** A person's id from their name as printed: "Councillor Ada Example" and "Cllr Ada Example" are one person. */
    static String personId(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("^(councillor|cllr\\.?|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)\\s+", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "ocd-person/scrutineer/" + plain;
    }
}
