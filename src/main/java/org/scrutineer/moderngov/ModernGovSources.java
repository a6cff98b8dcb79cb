package org.scrutineer.moderngov;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** ModernGov sources and which of Scrutineer's boards, meetings, items and documents came from which of their ids. */
@Repository
class ModernGovSources {
    private final JdbcClient jdbc;

    ModernGovSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Source(
            long id,
            String baseUrl,
            List<Long> committees,
            LocalDate from,
            LocalDate to,
            String addedBy,
            Instant lastRunAt,
            String lastSummary,
            List<String> lastProblems) {}

    public List<Source> all() {
        return jdbc.sql(
                        "select id, base_url, committees, from_date, to_date, added_by, last_run_at, last_summary, last_problems from moderngov_source order by base_url")
                .query((rs, n) -> new Source(
                        rs.getLong("id"),
                        rs.getString("base_url"),
                        Arrays.asList((Long[]) rs.getArray("committees").getArray()),
                        rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class),
                        rs.getString("added_by"),
                        rs.getTimestamp("last_run_at") == null
                                ? null
                                : rs.getTimestamp("last_run_at").toInstant(),
                        rs.getString("last_summary"),
                        Arrays.asList((String[]) rs.getArray("last_problems").getArray())))
                .list();
    }

    public Optional<Source> byId(long id) {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    /** Adds the source, or sets the committees and window of the one at that address. */
    public long save(String baseUrl, List<Long> committees, LocalDate from, LocalDate to, String by) {
        return jdbc.sql("""
                        insert into moderngov_source (base_url, committees, from_date, to_date, added_by) values (:u, :c, :f, :t, :b)
                        on conflict (base_url) do update set committees = excluded.committees, from_date = excluded.from_date,
                                                             to_date = excluded.to_date returning id""")
                .param("u", baseUrl)
                .param("c", committees.toArray(new Long[0]))
                .param("f", from)
                .param("t", to)
                .param("b", by)
                .query(Long.class)
                .single();
    }

    public void recordRun(long sourceId, Instant at, String summary, List<String> problems) {
        jdbc.sql("update moderngov_source set last_run_at = :at, last_summary = :s, last_problems = :p where id = :id")
                .param("at", java.sql.Timestamp.from(at))
                .param("s", summary)
                .param("p", problems.toArray(new String[0]))
                .param("id", sourceId)
                .update();
    }

    public Optional<Long> boardOf(long sourceId, long committeeId) {
        return jdbc.sql("select board_id from moderngov_committee where source_id = :s and committee_id = :c")
                .param("s", sourceId)
                .param("c", committeeId)
                .query(Long.class)
                .optional();
    }

    public void linkBoard(long sourceId, long committeeId, long boardId) {
        jdbc.sql("insert into moderngov_committee (source_id, committee_id, board_id) values (:s, :c, :b)")
                .param("s", sourceId)
                .param("c", committeeId)
                .param("b", boardId)
                .update();
    }

    public boolean boardCodeTaken(String code) {
        return jdbc.sql("select count(*) from board where code = :c")
                        .param("c", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public boolean meetingKeyTaken(String key) {
        return jdbc.sql("select count(*) from meeting where key = :k")
                        .param("k", key)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public Optional<Long> meetingOf(long sourceId, long meetingId) {
        return jdbc.sql("select meeting from moderngov_meeting where source_id = :s and meeting_id = :m")
                .param("s", sourceId)
                .param("m", meetingId)
                .query(Long.class)
                .optional();
    }

    public String keyOf(long meeting) {
        return jdbc.sql("select key from meeting where id = :m")
                .param("m", meeting)
                .query(String.class)
                .single();
    }

    public void linkMeeting(long sourceId, long meetingId, long meeting) {
        jdbc.sql("insert into moderngov_meeting (source_id, meeting_id, meeting) values (:s, :m, :id)")
                .param("s", sourceId)
                .param("m", meetingId)
                .param("id", meeting)
                .update();
    }

    /** What an import sets of a meeting it brought in: the source says when, where, and whether it is cancelled or held. */
    public void updateMeeting(
            long meeting,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String venue,
            String status,
            String municipalYear,
            LocalDate agendaPublishedOn) {
        jdbc.sql("""
                        update meeting set meeting_date = :d, start_time = :t, end_time = :e, venue = :v, status = :s, municipal_year = :y,
                                           agenda_published_on = :a where id = :id""")
                .param("d", date)
                .param("t", start)
                .param("e", end)
                .param("v", venue)
                .param("s", status)
                .param("y", municipalYear)
                .param("a", agendaPublishedOn)
                .param("id", meeting)
                .update();
    }

    public Optional<Long> itemOf(long sourceId, long itemId) {
        return jdbc.sql("select item from moderngov_item where source_id = :s and item_id = :i")
                .param("s", sourceId)
                .param("i", itemId)
                .query(Long.class)
                .optional();
    }

    /** An imported item: restricted items are Part II (ModernGov does not say under which paragraph of Schedule 12A). */
    public long addItem(
            long sourceId,
            long itemId,
            long meeting,
            String title,
            boolean restricted,
            String agendaText,
            String minutes,
            String from) {
        long id = jdbc.sql("""
                        insert into agenda_item (meeting_id, position, title, part, agenda_text, minutes, imported_from)
                        values (:m, (select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = :m), :t, :p, :text, :min, :from)
                        returning id""")
                .param("m", meeting)
                .param("t", title)
                .param("p", restricted ? "II" : "I")
                .param("text", agendaText)
                .param("min", minutes)
                .param("from", from)
                .query(Long.class)
                .single();
        jdbc.sql("insert into moderngov_item (source_id, item_id, item) values (:s, :i, :id)")
                .param("s", sourceId)
                .param("i", itemId)
                .param("id", id)
                .update();
        return id;
    }

    public void updateItem(long item, String title, boolean restricted, String agendaText, String minutes) {
        jdbc.sql("update agenda_item set title = :t, part = :p, agenda_text = :text, minutes = :min where id = :id")
                .param("t", title)
                .param("p", restricted ? "II" : "I")
                .param("text", agendaText)
                .param("min", minutes)
                .param("id", item)
                .update();
    }

    public void replaceAttendance(long meeting, List<org.scrutineer.meetings.domain.Meeting.Attendee> attendees) {
        jdbc.sql("delete from attendance where meeting_id = :m")
                .param("m", meeting)
                .update();
        int position = 0;
        for (var a : attendees) {
            jdbc.sql("insert into attendance (meeting_id, position, name, kind, note) values (:m, :p, :n, :k, :note)")
                    .param("m", meeting)
                    .param("p", ++position)
                    .param("n", a.name())
                    .param("k", a.kind())
                    .param("note", a.note())
                    .update();
        }
    }

    /** The source's documents already downloaded into Scrutineer. */
    public Set<Long> downloaded(long sourceId) {
        return jdbc
                .sql("select attachment_id from moderngov_document where source_id = :s and document is not null")
                .param("s", sourceId)
                .query(Long.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    public void saveDocument(
            long sourceId,
            long attachmentId,
            long item,
            String title,
            String url,
            boolean restricted,
            LocalDate publishedOn,
            Long document,
            String problem) {
        jdbc.sql("""
                        insert into moderngov_document (source_id, attachment_id, item, title, url, restricted, published_on, document, attempts, last_problem)
                        values (:s, :a, :i, :t, :u, :r, :p, :d, 1, :pr)
                        on conflict (source_id, attachment_id) do update set item = excluded.item, title = excluded.title, url = excluded.url,
                            restricted = excluded.restricted, published_on = excluded.published_on,
                            document = coalesce(excluded.document, moderngov_document.document),
                            attempts = moderngov_document.attempts + case when moderngov_document.document is null then 1 else 0 end,
                            last_problem = excluded.last_problem""")
                .param("s", sourceId)
                .param("a", attachmentId)
                .param("i", item)
                .param("t", title)
                .param("u", url)
                .param("r", restricted)
                .param("p", publishedOn)
                .param("d", document)
                .param("pr", problem)
                .update();
    }

    /** A public link to a document kept only at the source: of a Part I item, not restricted. */
    public record Link(String title, String url) {}

    public List<Link> publicLinks(long item) {
        return jdbc.sql("""
                        select d.title, d.url from moderngov_document d join agenda_item i on i.id = d.item
                        where d.item = :i and d.document is null and not d.restricted and i.part = 'I' order by d.attachment_id""")
                .param("i", item)
                .query((rs, n) -> new Link(rs.getString(1), rs.getString(2)))
                .list();
    }
}
