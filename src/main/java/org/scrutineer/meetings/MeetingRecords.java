package org.scrutineer.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.meetings.domain.MunicipalYear;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee officer's record of a meeting: the meeting itself, its items and papers, minutes and actions,
 * attendance, declarations and the signing of the previous minutes. Each change is one transaction with its audit
 * rows, so a fault half way leaves nothing written; each takes the meeting's row first, so that the old value it audits
 * is the one it replaces even when two officers save at once.
 */
@Service
@Transactional
public class MeetingRecords {
    private final Meetings meetings;
    private final MinuteActions actions;
    private final Declarations declarations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    public MeetingRecords(
            Meetings meetings, MinuteActions actions, Declarations declarations, AuditTrail audit, JdbcClient jdbc) {
        this.meetings = meetings;
        this.actions = actions;
        this.declarations = declarations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A paper as uploaded and read: its file name, bytes, and what reading it found. */
    public record Upload(String fileName, byte[] content, AgendaPacks.Paper paper) {}

    /** An action arising from a minute. */
    public record NewAction(String text, String owner, LocalDate due) {}

    /** Creates a meeting; its key, made of the board and the day. */
    public String create(Board board, LocalDate day, LocalTime start, String venue) {
        String key = MeetingKeys.of(board.code(), day);
        meetings.create(new Meetings.NewMeeting(
                key, board.id(), day, start, venue, Meeting.Status.SCHEDULED, MunicipalYear.of(day)));
        audit.created(
                scope(key),
                "meeting",
                key,
                Map.of("board", board.code(), "date", day.toString(), "time", start.toString(), "venue", venue));
        return key;
    }

    /** Adds an item at the end of the agenda, with its paper if one was uploaded. */
    public long addItem(String key, Meetings.NewItem item, Upload upload) {
        Meeting m = locked(key);
        long itemId = meetings.addItem(m.id(), item);
        audit.created(
                scope(key),
                "agenda_item",
                item.title(),
                Map.of("part", item.part().name(), "heading", item.heading()));
        if (upload != null) {
            meetings.addDocument(
                    itemId,
                    item.title(),
                    "REPORT",
                    upload.fileName(),
                    upload.content(),
                    upload.paper().pages(),
                    upload.paper().text(),
                    CurrentUser.name());
            audit.created(
                    scope(key),
                    "item_document",
                    upload.fileName(),
                    Map.of("pages", upload.paper().pages(), "bytes", upload.content().length));
        }
        return itemId;
    }

    /** Adds a paper to an item: an appendix uploaded, or the report written in Scrutineer's template. */
    public void addPaper(
            String key,
            long itemId,
            String title,
            String kind,
            Upload upload,
            String audited,
            Map<String, Object> described) {
        Meeting m = locked(key);
        item(m, itemId);
        meetings.addDocument(
                itemId,
                title,
                kind,
                upload.fileName(),
                upload.content(),
                upload.paper().pages(),
                upload.paper().text(),
                CurrentUser.name());
        audit.created(scope(key), "item_document", audited, described);
    }

    /** Records an item's minute and resolutions, and the action arising if there is one; the meeting is then held. */
    public void saveMinutes(String key, long itemId, String minutes, List<String> resolutions, NewAction action) {
        Meeting m = locked(key);
        AgendaItem item = item(m, itemId);
        meetings.saveMinutes(itemId, minutes, resolutions);
        audit.updated(
                scope(key),
                "agenda_item_minutes",
                item.title(),
                Map.of("minutes", item.minutes(), "resolutions", item.resolutions()),
                Map.of("minutes", minutes, "resolutions", resolutions));
        if (action != null) {
            long id = actions.add(itemId, action.text(), action.owner(), action.due());
            audit.created(
                    scope(key),
                    "minute_action",
                    String.valueOf(id),
                    Map.of("text", action.text(), "owner", action.owner()));
        }
        if (m.status() == Meeting.Status.SCHEDULED || m.status() == Meeting.Status.AGENDA_PUBLISHED) {
            meetings.setStatus(m.id(), Meeting.Status.HELD);
        }
    }

    public void recordAttendance(String key, Meeting.Attendee attendee) {
        Meeting m = locked(key);
        meetings.addAttendee(m.id(), attendee);
        audit.created(
                scope(key), "attendance", attendee.name(), Map.of("kind", attendee.kind(), "note", attendee.note()));
    }

    public void recordEndTime(String key, LocalTime end) {
        Meeting m = locked(key);
        meetings.setEndTime(m.id(), end);
        audit.updated(
                scope(key),
                "meeting",
                key,
                Map.of("endTime", String.valueOf(m.endTime())),
                Map.of("endTime", end.toString()));
    }

    public void recordDeclaration(String key, Declarations.Declaration declaration) {
        Meeting m = locked(key);
        item(m, declaration.itemId());
        declarations.add(m.id(), declaration);
        audit.created(
                scope(key),
                "declaration",
                declaration.member(),
                Map.of("item", declaration.itemId(), "type", declaration.type().name(), "note", declaration.note()));
    }

    /** Signs the board's previous meeting's minutes as a correct record at this meeting; the previous meeting. */
    public Meeting signPreviousMinutes(String key) {
        Meeting m = locked(key);
        Meeting previous = meetings.all(m.boardCode()).stream()
                .filter(x -> x.date().isBefore(m.date()))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new NotFound("No earlier meeting of the board"));
        Meeting before = locked(previous.key());
        meetings.approveMinutes(before.id(), m.id());
        audit.updated(
                scope(before.key()),
                "meeting",
                before.key(),
                Map.of("status", before.status().name()),
                Map.of("status", "MINUTES_APPROVED", "at", key));
        return before;
    }

    /** Marks an action done, audited under its board; the board's code. An action that does not exist is not found, and nothing is written. */
    public String actionDone(long id, LocalDate today) {
        String board = actions.boardOf(id).orElseThrow(() -> new NotFound("No action " + id));
        if (actions.done(id, today)) {
            audit.updated(
                    "board:" + board,
                    "minute_action",
                    String.valueOf(id),
                    Map.of("done", "no"),
                    Map.of("doneOn", today.toString()));
        }
        return board;
    }

    /** The meeting, read after taking its row: a second officer's change to it waits until this one is written. */
    Meeting locked(String key) {
        Optional<Long> id = jdbc.sql("select id from meeting where key = :k for no key update")
                .param("k", key)
                .query(Long.class)
                .optional();
        return id.flatMap(x -> meetings.byKey(key)).orElseThrow(() -> new NotFound("No meeting " + key));
    }

    private static AgendaItem item(Meeting m, long itemId) {
        return m.items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFound("No item " + itemId));
    }

    static String scope(String key) {
        return "meeting:" + key;
    }
}
