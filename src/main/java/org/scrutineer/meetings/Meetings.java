package org.scrutineer.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.AgendaNumbering;
import org.scrutineer.meetings.domain.Meeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Meetings, their attendance, agenda items and documents, in PostgreSQL. */
@Repository
public class Meetings {
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    public Meetings(JdbcClient jdbc, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public record NewMeeting(
            String key,
            long boardId,
            LocalDate date,
            LocalTime startTime,
            String venue,
            Meeting.Status status,
            String municipalYear) {}

    public long create(NewMeeting m) {
        return jdbc.sql("""
                        insert into meeting (key, board_id, meeting_date, start_time, venue, status, municipal_year)
                        values (:k, :b, :d, :t, :v, :s, :y) returning id""")
                .param("k", m.key())
                .param("b", m.boardId())
                .param("d", m.date())
                .param("t", m.startTime())
                .param("v", m.venue())
                .param("s", m.status().name())
                .param("y", m.municipalYear())
                .query(Long.class)
                .single();
    }

    public void setStatus(long meetingId, Meeting.Status status) {
        jdbc.sql("update meeting set status = :s where id = :m")
                .param("s", status.name())
                .param("m", meetingId)
                .update();
    }

    public void setEndTime(long meetingId, LocalTime end) {
        jdbc.sql("update meeting set end_time = :e where id = :m")
                .param("e", end)
                .param("m", meetingId)
                .update();
    }

    public void setAgendaPublished(long meetingId, LocalDate on) {
        jdbc.sql(
                        "update meeting set agenda_published_on = :d, status = case when status = 'SCHEDULED' then 'AGENDA_PUBLISHED' else status end where id = :m")
                .param("d", on)
                .param("m", meetingId)
                .update();
    }

    public void approveMinutes(long meetingId, long atMeetingId) {
        jdbc.sql("update meeting set status = 'MINUTES_APPROVED', minutes_approved_at = :a where id = :m")
                .param("a", atMeetingId)
                .param("m", meetingId)
                .update();
    }

    public void addAttendee(long meetingId, Meeting.Attendee a) {
        jdbc.sql("""
                        insert into attendance (meeting_id, position, name, kind, note)
                        values (:m, (select coalesce(max(position), 0) + 1 from attendance where meeting_id = :m), :n, :k, :note)""")
                .param("m", meetingId)
                .param("n", a.name())
                .param("k", a.kind())
                .param("note", a.note())
                .update();
    }

    public record NewItem(
            String heading,
            String title,
            AgendaItem.Part part,
            Integer exemptionParagraph,
            String kind,
            boolean minuted,
            String reportingOfficer,
            String portfolio,
            String wards,
            String link,
            String printedPages) {}

    /** Adds an item at the end of the agenda and renumbers the meeting's minutes. */
    @Transactional
    public long addItem(long meetingId, NewItem i) {
        long id = jdbc.sql("""
                        insert into agenda_item (meeting_id, position, heading, title, part, exemption_paragraph, kind, minuted,
                                                 reporting_officer, portfolio, wards, link, printed_pages)
                        values (:m, (select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = :m), :h, :t, :p, :e, :k, :min,
                                :o, :pf, :w, :l, :pp) returning id""")
                .param("m", meetingId)
                .param("h", i.heading())
                .param("t", i.title())
                .param("p", i.part().name())
                .param("e", i.exemptionParagraph())
                .param("k", i.kind())
                .param("min", i.minuted())
                .param("o", i.reportingOfficer())
                .param("pf", i.portfolio())
                .param("w", i.wards())
                .param("l", i.link())
                .param("pp", i.printedPages())
                .query(Long.class)
                .single();
        renumberMinutes(meetingId);
        return id;
    }

    /** Minute numbers run through the board's municipal year: this meeting's first follows the year's earlier meetings. */
    public void renumberMinutes(long meetingId) {
        int before = jdbc.sql("""
                        select count(*) from agenda_item i join meeting e on e.id = i.meeting_id, meeting m
                        where m.id = :m and e.board_id = m.board_id and e.municipal_year = m.municipal_year
                          and (e.meeting_date, e.id) < (m.meeting_date, m.id) and i.minuted""").param("m", meetingId).query(Integer.class).single();
        List<Object[]> items = jdbc.sql("select id, minuted from agenda_item where meeting_id = :m order by position")
                .param("m", meetingId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)})
                .list();
        List<Integer> numbers = AgendaNumbering.minuteNumbers(
                before + 1, items.stream().map(o -> (Boolean) o[1]).toList());
        for (int k = 0; k < items.size(); k++) {
            jdbc.sql("update agenda_item set minute_number = :n where id = :i")
                    .param("n", numbers.get(k) == null ? null : numbers.get(k).toString())
                    .param("i", items.get(k)[0])
                    .update();
        }
    }

    public void saveMinutes(long itemId, String minutes, List<String> resolutions) {
        jdbc.sql("update agenda_item set minutes = :m, resolutions = :r where id = :i")
                .param("m", minutes)
                .param("r", resolutions.toArray(new String[0]))
                .param("i", itemId)
                .update();
    }

    public long addDocument(
            long itemId,
            String title,
            String kind,
            String fileName,
            byte[] content,
            int pages,
            String text,
            String by) {
        return addDocument(itemId, title, kind, fileName, content, pages, text, by, clock.instant());
    }

    /** Adds a paper as uploaded at a given moment: what a supplement carries is decided by these times. */
    public long addDocument(
            long itemId,
            String title,
            String kind,
            String fileName,
            byte[] content,
            int pages,
            String text,
            String by,
            java.time.Instant uploadedAt) {
        return jdbc.sql("""
                        insert into item_document (item_id, position, title, kind, file_name, content, size_bytes, pages, text, uploaded_by, uploaded_at)
                        values (:i, (select coalesce(max(position), 0) + 1 from item_document where item_id = :i), :t, :k, :f, :c, :s, :p, :x, :b, :at)
                        returning id""")
                .param("i", itemId)
                .param("t", title)
                .param("k", kind)
                .param("f", fileName)
                .param("c", content)
                .param("s", (long) content.length)
                .param("p", pages)
                .param("x", text)
                .param("b", by)
                .param("at", java.sql.Timestamp.from(uploadedAt))
                .query(Long.class)
                .single();
    }

    /** An item's paper as its meeting page lists it, with the item and meeting it belongs to. */
    public record Paper(long id, long itemId, String meetingKey, String title, String fileName, int pages, long size) {}

    /** A paper of the given item of the given meeting: nothing for a paper of another item or meeting. */
    public Optional<Paper> paper(String meetingKey, long itemId, long documentId) {
        return jdbc.sql("""
                        select d.id, d.item_id, m.key, d.title, d.file_name, d.pages, d.size_bytes from item_document d
                        join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
                        where d.id = :d and d.item_id = :i and m.key = :k""")
                .param("d", documentId)
                .param("i", itemId)
                .param("k", meetingKey)
                .query((rs, n) -> new Paper(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getLong(7)))
                .optional();
    }

    /**
     * Puts a new file in a paper's place, keeping its title and place among the item's papers. It counts as uploaded now,
     * so the next pack or supplement carries it; packs already published keep the paper as it was, frozen.
     */
    public void replaceDocument(long documentId, String fileName, byte[] content, int pages, String text, String by) {
        jdbc.sql("""
                        update item_document set file_name = :f, content = :c, size_bytes = :s, pages = :p, text = :x, uploaded_by = :b,
                                                 uploaded_at = :at where id = :d""")
                .param("f", fileName)
                .param("c", content)
                .param("s", (long) content.length)
                .param("p", pages)
                .param("x", text)
                .param("b", by)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("d", documentId)
                .update();
    }

    /** Takes a paper off its item; packs already published keep it, frozen. */
    public void removeDocument(long documentId) {
        jdbc.sql("delete from item_document where id = :d")
                .param("d", documentId)
                .update();
    }

    /** A document's bytes with what decides who may read it. */
    public record DocumentFile(
            long id,
            String fileName,
            byte[] content,
            AgendaItem.Part part,
            String meetingKey,
            long boardId,
            LocalDate agendaPublishedOn) {}

    public Optional<DocumentFile> document(long id) {
        return jdbc.sql("""
                        select d.id, d.file_name, d.content, i.part, m.key, m.board_id, m.agenda_published_on
                        from item_document d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id where d.id = :d""")
                .param("d", id)
                .query((rs, n) -> new DocumentFile(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBytes(3),
                        AgendaItem.Part.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getObject(7, LocalDate.class)))
                .optional();
    }

    /** A document's title and bytes, as it goes into an agenda pack. */
    public record DocumentContent(String title, byte[] content) {}

    /** The documents of the meeting's items (all, or those uploaded after a moment), in agenda order, with their bytes. */
    public Map<Long, List<DocumentContent>> documentContents(long meetingId, java.time.Instant after) {
        Map<Long, List<DocumentContent>> contents = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.item_id, d.title, d.content from item_document d join agenda_item i on i.id = d.item_id
                        where i.meeting_id = :m and (cast(:after as timestamptz) is null or d.uploaded_at > :after)
                        order by i.position, d.position""")
                .param("m", meetingId)
                .param("after", after == null ? null : java.sql.Timestamp.from(after))
                .query(rs -> {
                    contents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new DocumentContent(rs.getString(2), rs.getBytes(3)));
                });
        return contents;
    }

    public Optional<Meeting> byKey(String key) {
        return jdbc.sql("""
                        select m.id, m.key, b.code, b.name, m.meeting_date, m.start_time, m.end_time, m.venue, m.status, m.municipal_year, m.agenda_published_on from meeting m join board b on b.id = m.board_id where m.key = :k""")
                .param("k", key)
                .query((rs, n) -> head(rs))
                .optional()
                .map(this::complete);
    }

    public Optional<Long> idOf(String key) {
        return jdbc.sql("select id from meeting where key = :k")
                .param("k", key)
                .query(Long.class)
                .optional();
    }

    /** All meetings, earliest first, optionally of one board: when, where and status, without attendance or items. */
    public List<Meeting> all(String boardCode) {
        return jdbc.sql("""
                        select m.id, m.key, b.code, b.name, m.meeting_date, m.start_time, m.end_time, m.venue, m.status, m.municipal_year, m.agenda_published_on from meeting m join board b on b.id = m.board_id
                        where (cast(:b as text) is null or b.code = :b) order by m.meeting_date, m.start_time nulls last, m.id""").param("b", boardCode).query((rs, n) -> head(rs)).list();
    }

    // the meeting row is read whole before its attendance and items are queried: a row mapper that queried again would
    // hold two pooled connections per request and could starve the pool under load
    private Meeting head(ResultSet rs) throws SQLException {
        return new Meeting(
                rs.getLong("id"),
                rs.getString("key"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                rs.getString("venue"),
                Meeting.Status.valueOf(rs.getString("status")),
                rs.getString("municipal_year"),
                rs.getObject("agenda_published_on", LocalDate.class),
                List.of(),
                List.of());
    }

    private Meeting complete(Meeting m) {
        return new Meeting(
                m.id(),
                m.key(),
                m.boardCode(),
                m.boardName(),
                m.date(),
                m.startTime(),
                m.endTime(),
                m.venue(),
                m.status(),
                m.municipalYear(),
                m.agendaPublishedOn(),
                attendance(m.id()),
                items(m.id()));
    }

    private List<Meeting.Attendee> attendance(long meetingId) {
        return jdbc.sql("select name, kind, note from attendance where meeting_id = :m order by position")
                .param("m", meetingId)
                .query((rs, n) -> new Meeting.Attendee(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private List<AgendaItem> items(long meetingId) {
        Map<Long, List<AgendaItem.Document>> documents = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.item_id, d.id, d.title, d.kind, d.file_name, d.pages, d.size_bytes from item_document d
                        join agenda_item i on i.id = d.item_id where i.meeting_id = :m order by d.position""").param("m", meetingId).query(rs -> {
            documents
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new AgendaItem.Document(
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6),
                            rs.getLong(7)));
        });
        return jdbc.sql(
                        "select id, position, heading, title, part, exemption_paragraph, kind, minuted, minute_number, reporting_officer, portfolio, wards, link, minutes, resolutions, printed_pages, agenda_text from agenda_item where meeting_id = :m order by position")
                .param("m", meetingId)
                .query((rs, n) -> new AgendaItem(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("heading"),
                        rs.getString("title"),
                        AgendaItem.Part.valueOf(rs.getString("part")),
                        (Integer) rs.getObject("exemption_paragraph"),
                        rs.getString("kind"),
                        rs.getBoolean("minuted"),
                        rs.getString("minute_number"),
                        rs.getString("reporting_officer"),
                        rs.getString("portfolio"),
                        rs.getString("wards"),
                        rs.getString("link"),
                        rs.getString("minutes"),
                        Arrays.asList((String[]) rs.getArray("resolutions").getArray()),
                        rs.getString("printed_pages"),
                        documents.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getString("agenda_text")))
                .list();
    }

    /**
     * An agenda item as other features name it: which meeting of which board, and its title. Part II items and
     * unpublished agendas are named too: {@link MeetingAccess#mayRead(ItemRef)} says who may see each.
     */
    public record ItemRef(
            long itemId,
            String meetingKey,
            long boardId,
            String boardCode,
            String boardName,
            LocalDate date,
            String title,
            AgendaItem.Part part,
            LocalDate agendaPublishedOn) {}

    private static final String ITEM_REF = """
            select i.id, m.key, b.id as board_id, b.code, b.name, m.meeting_date, i.title, i.part, m.agenda_published_on
            from agenda_item i join meeting m on m.id = i.meeting_id join board b on b.id = m.board_id
            """;

    private static ItemRef itemRef(ResultSet rs) throws SQLException {
        return new ItemRef(
                rs.getLong("id"),
                rs.getString("key"),
                rs.getLong("board_id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getObject("meeting_date", LocalDate.class),
                rs.getString("title"),
                AgendaItem.Part.valueOf(rs.getString("part")),
                rs.getObject("agenda_published_on", LocalDate.class));
    }

    /** The items of meetings held between two days, latest meeting first, each meeting's items in agenda order. */
    public List<ItemRef> itemsBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(ITEM_REF
                        + " where m.meeting_date between :from and :to order by m.meeting_date desc, m.id, i.position")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> itemRef(rs))
                .list();
    }

    /** The items named, in no particular order; ids that name no item are left out. */
    public List<ItemRef> items(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ITEM_REF + " where i.id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> itemRef(rs))
                .list();
    }

    /** The meeting an item belongs to. */
    public Optional<String> meetingKeyOfItem(long itemId) {
        return jdbc.sql("select m.key from agenda_item i join meeting m on m.id = i.meeting_id where i.id = :i")
                .param("i", itemId)
                .query(String.class)
                .optional();
    }
}
