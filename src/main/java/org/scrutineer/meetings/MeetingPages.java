package org.scrutineer.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.scrutineer.meetings.domain.ClearWorkingDays;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the meetings pages show, one method a page, each read in one transaction so that a page never mixes a meeting
 * before and after an officer's change; the controllers turn the answer into a page.
 */
@Service
@Transactional(readOnly = true)
class MeetingPages {
    private final Meetings meetings;
    private final MeetingAccess access;
    private final AgendaPacks packs;
    private final Memberships memberships;
    private final MinuteActions actions;
    private final PublicQuestions questions;
    private final Boards boards;
    private final Declarations declarations;
    private final PaperLinks paperLinks;
    private final List<ItemConsiderations> considerations;
    private final ClosureDays closureDays;
    private final MeetingCalendar calendar;
    private final Clock clock;

    MeetingPages(
            Meetings meetings,
            MeetingAccess access,
            AgendaPacks packs,
            Memberships memberships,
            MinuteActions actions,
            PublicQuestions questions,
            Boards boards,
            Declarations declarations,
            PaperLinks paperLinks,
            ClosureDays closureDays,
            MeetingCalendar calendar,
            Clock clock,
            List<ItemConsiderations> considerations) {
        this.considerations = considerations;
        this.calendar = calendar;
        this.clock = clock;
        this.meetings = meetings;
        this.access = access;
        this.packs = packs;
        this.memberships = memberships;
        this.actions = actions;
        this.questions = questions;
        this.boards = boards;
        this.declarations = declarations;
        this.paperLinks = paperLinks;
        this.closureDays = closureDays;
    }

    /** The calendar: every meeting by month (yyyy-MM), and the boards for its filter. */
    record Calendar(Map<String, List<Meeting>> months, List<Board> boards) {}

    /** A meeting's "Agenda and minutes" page, and the committee officer's forms on it. */
    record MeetingPage(
            Meeting meeting,
            MeetingAccess.View view,
            List<AgendaPacks.AgendaLine> agenda,
            Memberships.Contact contact,
            AgendaPacks.Published pack,
            List<AgendaPacks.Published> published,
            Map<Long, List<PaperLinks.Link>> financeLinks,
            Map<Long, List<ItemConsiderations.Considered>> considered,
            LocalDate latestPublication,
            String prefix,
            Map<Long, List<PublicQuestions.Question>> questions,
            Map<Long, List<MinuteActions.Action>> actions,
            Meeting previous,
            List<MinuteActions.Action> carried,
            Map<Long, List<Declarations.Declaration>> declarations,
            List<Memberships.Member> members,
            Map<Long, AgendaPacks.AgendaLine> lines) {

        /** The page's model, under the names its template reads. */
        Map<String, Object> attributes() {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("meeting", meeting);
            a.put("view", view);
            a.put("agenda", agenda);
            a.put("contact", contact);
            a.put("pack", pack);
            a.put("published", published);
            a.put("financeLinks", financeLinks);
            a.put("considered", considered);
            a.put("attendanceKinds", Meeting.ATTENDANCE_KINDS);
            a.put("latestPublication", latestPublication);
            a.put("prefix", prefix);
            a.put("questions", questions);
            a.put("actions", actions);
            a.put("previous", previous);
            a.put("carried", carried);
            a.put("declarations", declarations);
            a.put("declarationTypes", Declarations.Type.values());
            a.put("members", members);
            a.put("lines", lines);
            return a;
        }
    }

    /** What other features say each item considered (an indicator, a quarter's report), as far as the person may see. */
    private Map<Long, List<ItemConsiderations.Considered>> considered(Meeting m) {
        Map<Long, List<ItemConsiderations.Considered>> considered = new java.util.HashMap<>();
        considerations.forEach(c -> c.byItem(m)
                .forEach((item, list) ->
                        considered.computeIfAbsent(item, k -> new ArrayList<>()).addAll(list)));
        return considered;
    }

    /** A PDF to send: its bytes and the name it is saved under. */
    record Download(byte[] pdf, String fileName) {}

    Calendar calendar() {
        Map<String, List<Meeting>> byMonth = new TreeMap<>();
        for (Meeting m : meetings.all(null)) {
            byMonth.computeIfAbsent(m.date().toString().substring(0, 7), k -> new ArrayList<>())
                    .add(m);
        }
        return new Calendar(byMonth, boards.all());
    }

    List<Board> boards() {
        return boards.all();
    }

    MeetingPage meeting(String key) {
        Meeting m = byKey(key);
        MeetingAccess.View view = access.view(m);
        List<AgendaPacks.AgendaLine> agenda = packs.agenda(m);
        List<MinuteActions.Action> boardActions = actions.ofBoard(m.boardCode());
        List<Meeting> board = meetings.all(m.boardCode());
        return new MeetingPage(
                m,
                view,
                agenda,
                memberships.contact(m.boardCode()),
                view.agendaVisible() ? packs.latestPack(m.id()).orElse(null) : null,
                view.agendaVisible() ? packs.all(m.id()) : List.of(),
                // the statements, tables and checks of the papers, as published with the pack (public pages)
                view.agendaVisible() ? paperLinks.byItem(m) : Map.of(),
                view.agendaVisible() ? considered(m) : Map.of(),
                ClearWorkingDays.latestPublicationDate(m.date(), ClearWorkingDays.REQUIRED, closureDays.days()),
                memberships.minutePrefix(m.boardCode()),
                questions.ofMeeting(m.id()),
                boardActions.stream()
                        .filter(a -> a.meetingKey().equals(key))
                        .collect(Collectors.groupingBy(MinuteActions.Action::itemId)),
                board.stream()
                        .filter(x -> x.date().isBefore(m.date()))
                        .reduce((a, b) -> b)
                        .orElse(null),
                boardActions.stream()
                        .filter(MinuteActions.Action::open)
                        .filter(a -> !a.meetingKey().equals(key)
                                && board.stream()
                                        .anyMatch(x -> x.key().equals(a.meetingKey())
                                                && x.date().isBefore(m.date())))
                        .toList(),
                declarations.ofMeeting(m.id()).stream()
                        .filter(d -> view.items().stream().anyMatch(i -> i.id() == d.itemId()))
                        .collect(Collectors.groupingBy(Declarations.Declaration::itemId)),
                memberships.serving(m.boardCode(), m.date()),
                agenda.stream().collect(Collectors.toMap(AgendaPacks.AgendaLine::itemId, l -> l)));
    }

    /** A published version of the agenda pack, the latest if no version is asked for; only once the agenda is visible. */
    Download pack(String key, Integer version) {
        Meeting m = byKey(key);
        if (!access.view(m).agendaVisible()) {
            throw new NotFound("No published agenda pack for " + key);
        }
        int v = version != null
                ? version
                : packs.latestPack(m.id())
                        .map(AgendaPacks.Published::version)
                        .orElseThrow(() -> new NotFound("No published agenda pack for " + key));
        byte[] pdf = packs.pdf(m.id(), v).orElseThrow(() -> new NotFound("No agenda pack version " + v));
        return new Download(pdf, key + "-agenda-pack-v" + v + ".pdf");
    }

    /** The agenda pack as it would be built now, for the officer to check before publishing. */
    Download preview(String key) {
        return new Download(packs.build(byKey(key)).pdf(), key + "-agenda-pack-preview.pdf");
    }

    /** A paper, to those who may read it; to anyone else it does not exist. */
    Download document(long id) {
        Meetings.DocumentFile d = meetings.document(id).orElseThrow(() -> new NotFound("No document " + id));
        if (!access.mayRead(d)) {
            throw new NotFound("No document " + id);
        }
        return new Download(d.content(), d.fileName());
    }

    /** A board: its members serving today, contact, meetings, open actions and next meeting (null if none). */
    record BoardPage(
            Board board,
            List<Memberships.Member> members,
            Memberships.Contact contact,
            List<Meeting> meetings,
            List<MinuteActions.Action> openActions,
            Meeting nextMeeting) {}

    BoardPage board(String code) {
        Board board = boards.byCode(code).orElseThrow(() -> new NotFound("No board " + code));
        LocalDate today = LocalDate.now(clock);
        List<Meeting> all = meetings.all(code);
        return new BoardPage(
                board,
                memberships.serving(code, today),
                memberships.contact(code),
                all,
                actions.ofBoard(code).stream()
                        .filter(MinuteActions.Action::open)
                        .toList(),
                all.stream().filter(m -> !m.date().isBefore(today)).findFirst().orElse(null));
    }

    /** The iCalendar feed of a board's meetings, or of every board's when the code is null. */
    String calendarFeed(String boardCode) {
        if (boardCode != null) {
            boards.byCode(boardCode).orElseThrow(() -> new NotFound("No board " + boardCode));
        }
        return calendar.feed(meetings.all(boardCode));
    }

    private Meeting byKey(String key) {
        return meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
    }
}
