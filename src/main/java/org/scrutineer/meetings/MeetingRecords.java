package org.scrutineer.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.meetings.domain.MunicipalYear;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.FormRefused;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
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
class MeetingRecords {
    private final Meetings meetings;
    private final MinuteActions actions;
    private final Declarations declarations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Boards boards;
    private final Texts texts;

    MeetingRecords(
            Meetings meetings,
            MinuteActions actions,
            Declarations declarations,
            AuditTrail audit,
            JdbcClient jdbc,
            Boards boards,
            Texts texts) {
        this.texts = texts;
        this.boards = boards;
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

    /** The new meeting form, as sent. */
    public record NewMeetingForm(String board, String date, String time, String venue) {}

    /** Creates the meeting the form describes; its key, made of the board and the day. */
    public String create(NewMeetingForm form) {
        FormErrors errors = new FormErrors();
        Board b = boards.byCode(form.board()).orElse(null);
        if (b == null) {
            errors.add("board", texts.get("meetings.meeting.board.required"));
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(form.date().trim());
        } catch (DateTimeParseException e) {
            errors.add("date", texts.get("meetings.meeting.date.invalid"));
        }
        LocalTime start = null;
        try {
            start = LocalTime.parse(form.time().trim());
        } catch (DateTimeParseException e) {
            errors.add("time", texts.get("meetings.meeting.time.invalid"));
        }
        if (form.venue().isBlank()) {
            errors.add("venue", texts.get("meetings.meeting.venue.required"));
        }
        if (errors.none() && meetings.idOf(MeetingKeys.of(b.code(), day)).isPresent()) {
            errors.add("date", texts.get("meetings.meeting.date.taken"));
        }
        FormRefused.ifAny(errors);
        return create(b, day, start, form.venue().trim());
    }

    private String create(Board board, LocalDate day, LocalTime start, String venue) {
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

    /** The add-an-item form, as sent, with the paper's file name and bytes if one was chosen. */
    public record NewItemForm(
            String heading,
            String title,
            String part,
            String exemptionParagraph,
            String reportingOfficer,
            String fileName,
            byte[] content) {}

    /** Adds the item the form describes at the end of the agenda, with its paper if one was uploaded; its title. */
    public String addItem(String key, NewItemForm form) {
        meeting(key);
        FormErrors errors = new FormErrors();
        String title = form.title();
        if (title.isBlank()) {
            errors.add("title", texts.get("meetings.item.title.required"));
        } else if (title.trim().length() > AgendaItem.MAX_TITLE) {
            errors.add("title", "The item's title must be " + AgendaItem.MAX_TITLE + " characters or fewer");
        }
        AgendaItem.Part p = form.part().equals("II") ? AgendaItem.Part.II : AgendaItem.Part.I;
        Integer paragraph = null;
        if (p == AgendaItem.Part.II) {
            try {
                paragraph = Integer.valueOf(form.exemptionParagraph().trim());
                if (paragraph < 1 || paragraph > 7) {
                    errors.add("exemptionParagraph", texts.get("meetings.item.exemptionParagraph.invalid"));
                }
            } catch (NumberFormatException e) {
                errors.add("exemptionParagraph", texts.get("meetings.item.exemptionParagraph.required"));
            }
        }
        AgendaPacks.Paper paper = null;
        if (form.content() != null) {
            try {
                paper = AgendaPacks.read(form.fileName(), form.content());
            } catch (AgendaPacks.PaperRefused e) {
                errors.add("file", e.getMessage());
            }
        }
        FormRefused.ifAny(errors);
        addItem(
                key,
                new Meetings.NewItem(
                        form.heading().trim(),
                        title.trim(),
                        p,
                        paragraph,
                        "REPORT",
                        true,
                        form.reportingOfficer().trim(),
                        "",
                        "",
                        null,
                        null),
                paper == null ? null : new Upload(form.fileName(), form.content(), paper));
        return title.trim();
    }

    private long addItem(String key, Meetings.NewItem item, Upload upload) {
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

    /** The paper a committee officer uploads to an item: its title (the file's name if blank), file name and bytes. */
    public record NewPaperForm(String title, String fileName, byte[] content) {}

    /** Adds an appendix to an item; the item's title and the paper's. */
    public PaperAdded addPaper(String key, long itemId, NewPaperForm form) {
        AgendaItem item = item(meeting(key), itemId);
        FormErrors errors = new FormErrors();
        String field = "paper-" + itemId;
        AgendaPacks.Paper paper = null;
        if (form.content() == null) {
            errors.add(field, "Choose the PDF to add to " + item.title());
        } else {
            try {
                paper = AgendaPacks.read(form.fileName(), form.content());
            } catch (AgendaPacks.PaperRefused e) {
                errors.add(field, e.getMessage());
            }
        }
        if (form.title().trim().length() > AgendaItem.MAX_TITLE) {
            errors.add(field, "The paper's title must be " + AgendaItem.MAX_TITLE + " characters or fewer");
        }
        FormRefused.ifAny(errors);
        String name = form.title().isBlank() ? form.fileName() : form.title().trim();
        addPaper(
                key,
                itemId,
                name,
                "APPENDIX",
                new Upload(form.fileName(), form.content(), paper),
                name,
                Map.of("item", item.title(), "pages", paper.pages(), "bytes", form.content().length));
        return new PaperAdded(item.title(), name);
    }

    public record PaperAdded(String item, String paper) {}

    /** The minutes form of an item, as sent: an action arising is optional. */
    public record MinutesForm(
            String minutes, String resolutions, String actionText, String actionOwner, String actionDue) {}

    /**
     * Records an item's minute and resolutions (one a line), and the action arising if there is one; the meeting is
     * then held. The item's title.
     */
    public String saveMinutes(String key, long itemId, MinutesForm form) {
        AgendaItem item = item(meeting(key), itemId);
        FormErrors errors = new FormErrors();
        if (form.minutes().isBlank()) {
            errors.add("minutes-" + itemId, "Enter the minute for " + item.title());
        }
        LocalDate due = null;
        if (!form.actionText().isBlank() && form.actionOwner().isBlank()) {
            errors.add("actionOwner-" + itemId, "Enter who owns the action");
        }
        if (!form.actionDue().isBlank()) {
            try {
                due = LocalDate.parse(form.actionDue().trim());
            } catch (DateTimeParseException e) {
                errors.add("actionDue-" + itemId, "Enter the action's due date as YYYY-MM-DD");
            }
        }
        FormRefused.ifAny(errors);
        List<String> resolved = form.resolutions()
                .lines()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        saveMinutes(
                key,
                itemId,
                form.minutes().trim(),
                resolved,
                form.actionText().isBlank()
                        ? null
                        : new NewAction(
                                form.actionText().trim(), form.actionOwner().trim(), due));
        return item.title();
    }

    private void saveMinutes(String key, long itemId, String minutes, List<String> resolutions, NewAction action) {
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

    /** Records who attended and how; the attendee. */
    public Meeting.Attendee recordAttendance(String key, String name, String kind, String note) {
        meeting(key);
        FormErrors errors = new FormErrors();
        if (name.isBlank()) {
            errors.add("attendeeName", texts.get("meetings.attendance.attendeeName.required"));
        }
        if (!Meeting.ATTENDANCE_KINDS.contains(kind)) {
            errors.add("attendeeKind", texts.get("meetings.attendance.attendeeKind.required"));
        }
        FormRefused.ifAny(errors);
        Meeting.Attendee attendee = new Meeting.Attendee(name.trim(), kind, note.trim());
        recordAttendance(key, attendee);
        return attendee;
    }

    private void recordAttendance(String key, Meeting.Attendee attendee) {
        Meeting m = locked(key);
        meetings.addAttendee(m.id(), attendee);
        audit.created(
                scope(key), "attendance", attendee.name(), Map.of("kind", attendee.kind(), "note", attendee.note()));
    }

    /** Records the time the meeting ended, given as HH:MM; that time. */
    public LocalTime recordEndTime(String key, String endTime) {
        meeting(key);
        LocalTime end;
        try {
            end = LocalTime.parse(endTime.trim());
        } catch (DateTimeParseException e) {
            throw FormRefused.of(
                    "endTime", "Enter the time the meeting ended as HH:MM on the 24-hour clock, for example 19:41");
        }
        recordEndTime(key, end);
        return end;
    }

    private void recordEndTime(String key, LocalTime end) {
        Meeting m = locked(key);
        meetings.setEndTime(m.id(), end);
        audit.updated(
                scope(key),
                "meeting",
                key,
                Map.of("endTime", String.valueOf(m.endTime())),
                Map.of("endTime", end.toString()));
    }

    /** Records a member's declaration of interest in an item; the declaration. */
    public Declarations.Declaration recordDeclaration(
            String key, String member, long itemId, String type, String note) {
        Meeting m = meeting(key);
        FormErrors errors = new FormErrors();
        if (member.isBlank()) {
            errors.add("member", texts.get("meetings.declaration.member.required"));
        }
        if (m.items().stream().noneMatch(i -> i.id() == itemId)) {
            errors.add("itemId", texts.get("meetings.declaration.itemId.required"));
        }
        Declarations.Type t = null;
        try {
            t = Declarations.Type.valueOf(type);
        } catch (IllegalArgumentException e) {
            errors.add("type", texts.get("meetings.declaration.type.required"));
        }
        FormRefused.ifAny(errors);
        Declarations.Declaration declaration = new Declarations.Declaration(itemId, member, t, note.trim());
        recordDeclaration(key, declaration);
        return declaration;
    }

    private void recordDeclaration(String key, Declarations.Declaration declaration) {
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

    /** The meeting, before its form is checked: a form for a meeting that does not exist is not found. */
    private Meeting meeting(String key) {
        return meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
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
