package org.scrutineer.moderngov;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scrutineer.meetings.AgendaPacks;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.meetings.domain.MunicipalYear;
import org.scrutineer.moderngov.domain.ModernGov;
import org.scrutineer.moderngov.domain.ModernGovXml;
import org.scrutineer.moderngov.domain.Unreadable;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Boards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a ModernGov site's committees in as boards, and their meetings, items, minutes, documents and attendance as
 * Scrutineer's own, so that they read on the public site like any other meeting. Keys are the site's ids, so importing
 * again updates in place; each meeting is written in one transaction, so a failure leaves it as it was. Documents are
 * downloaded first (outside the transaction), and one that cannot be is kept as a link and tried again next time.
 */
@Service
class ModernGovImport {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ModernGovSite site;
    private final ModernGovSources sources;
    private final Meetings meetings;
    private final Boards boards;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ModernGovImport(
            ModernGovSite site,
            ModernGovSources sources,
            Meetings meetings,
            Boards boards,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.site = site;
        this.sources = sources;
        this.meetings = meetings;
        this.boards = boards;
        this.audit = audit;
        // each meeting in a transaction of its own, even when the scheduled refresh runs under its lock's transaction
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public record Documents(int downloaded, int linked) {}

    /** What an import did, and every problem it met. */
    public record Summary(
            String baseUrl,
            int committees,
            int meetings,
            int cancelled,
            int items,
            Documents documents,
            List<String> problems) {
        String words() {
            return String.format(
                    Locale.UK,
                    "%d committees, %d meetings (%d cancelled), %d items, %d documents downloaded, %d kept as links",
                    committees,
                    meetings,
                    cancelled,
                    items,
                    documents.downloaded(),
                    documents.linked());
        }
    }

    /** Adds (or updates) a source and imports from it at once. The address is checked before anything is stored or fetched. */
    public Summary addAndImport(String baseUrl, List<Long> committees, LocalDate from, LocalDate to, String by) {
        URI base = site.base(baseUrl);
        // the site must answer before it is kept as a source
        var listed = committees(base);
        long id = transaction.execute(s -> {
            long sourceId = sources.save(base.toString(), committees, from, to, by);
            audit.saved(
                    scope(base),
                    "moderngov_source",
                    base.toString(),
                    null,
                    Map.of("committees", committees, "from", from.toString(), "to", to.toString()));
            return sourceId;
        });
        return run(sources.byId(id).orElseThrow(), listed, by);
    }

    public List<ModernGovSources.Source> sources() {
        return sources.all();
    }

    /** Imports from a source already added (the scheduled refresh, or "refresh now"). */
    public Summary refresh(long sourceId, String by) {
        ModernGovSources.Source source = sources.byId(sourceId)
                .orElseThrow(() -> new org.scrutineer.platform.web.NotFound("No source " + sourceId));
        URI base = site.base(source.baseUrl());
        ModernGov.Answer<List<ModernGov.Committee>> listed;
        try {
            listed = committees(base);
        } catch (ModernGovSite.Unreachable e) {
            transaction.executeWithoutResult(s -> sources.recordRun(
                    sourceId,
                    clock.instant(),
                    "Nothing imported: the site could not be read",
                    List.of(e.getMessage())));
            throw e;
        }
        return run(source, listed, by);
    }

    private ModernGov.Answer<List<ModernGov.Committee>> committees(URI base) {
        byte[] body = site.service(base, "GetCommittees", Map.of());
        try {
            return ModernGovXml.committees(body);
        } catch (Unreadable e) {
            throw new ModernGovSite.Unreachable(e.getMessage());
        }
    }

    private Summary run(ModernGovSources.Source source, ModernGov.Answer<List<ModernGov.Committee>> listed, String by) {
        URI base = URI.create(source.baseUrl());
        List<String> problems = new ArrayList<>(listed.problems());
        Map<Long, ModernGov.Committee> byId = new LinkedHashMap<>();
        listed.value().forEach(c -> byId.put(c.id(), c));
        List<ModernGov.Committee> followed = new ArrayList<>();
        if (source.committees().isEmpty()) {
            listed.value().stream().filter(ModernGov.Committee::current).forEach(followed::add);
        } else {
            for (Long id : source.committees()) {
                if (byId.containsKey(id)) {
                    followed.add(byId.get(id));
                } else {
                    problems.add("Committee " + id + " is not among the site's committees");
                }
            }
        }
        int meetingCount = 0;
        int cancelled = 0;
        int items = 0;
        int downloaded = 0;
        int linked = 0;
        for (ModernGov.Committee committee : followed) {
            ModernGov.Answer<List<ModernGov.ScheduledMeeting>> scheduled;
            try {
                scheduled = ModernGovXml.meetings(
                        site.service(
                                base,
                                "GetMeetings",
                                orderedQuery(
                                        "lCommitteeId",
                                        Long.toString(committee.id()),
                                        "sFromDate",
                                        source.from().format(DMY),
                                        "sToDate",
                                        source.to().format(DMY))),
                        committee.id());
            } catch (Unreadable | ModernGovSite.Unreachable e) {
                problems.add("Committee " + committee.id() + " (" + committee.title() + "): " + e.getMessage());
                continue;
            }
            problems.addAll(scheduled.problems());
            long boardId = board(source.id(), committee, base);
            for (ModernGov.ScheduledMeeting listedMeeting : scheduled.value()) {
                ModernGov.MeetingDetail detail;
                try {
                    var answer = ModernGovXml.meeting(
                            site.service(base, "GetMeeting", Map.of("lMeetingId", Long.toString(listedMeeting.id()))));
                    problems.addAll(answer.problems());
                    detail = answer.value();
                } catch (Unreadable | ModernGovSite.Unreachable e) {
                    problems.add("Meeting " + listedMeeting.id() + " of " + listedMeeting.date() + " ("
                            + committee.title() + "): " + e.getMessage() + "; not imported this time");
                    continue;
                }
                Map<Long, Download> files = downloads(source.id(), base, detail, problems);
                Written w = transaction.execute(
                        s -> write(source.id(), base, boardId, committee, listedMeeting, detail, files, by));
                meetingCount++;
                cancelled += w.cancelled ? 1 : 0;
                items += detail.items().size();
                downloaded += w.downloaded;
                linked += w.linked;
            }
        }
        Summary summary = new Summary(
                source.baseUrl(),
                followed.size(),
                meetingCount,
                cancelled,
                items,
                new Documents(downloaded, linked),
                List.copyOf(problems));
        transaction.executeWithoutResult(
                s -> sources.recordRun(source.id(), clock.instant(), summary.words(), summary.problems()));
        return summary;
    }

    private static Map<String, String> orderedQuery(String... pairs) {
        Map<String, String> q = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            q.put(pairs[k], pairs[k + 1]);
        }
        return q;
    }

    private long board(long sourceId, ModernGov.Committee committee, URI base) {
        return transaction.execute(s -> sources.boardOf(sourceId, committee.id())
                .orElseGet(() -> {
                    String code = "MG-" + committee.id();
                    for (int k = 2; sources.boardCodeTaken(code); k++) {
                        code = "MG-" + committee.id() + "-" + k;
                    }
                    long id = boards.create(code, committee.title(), committee.title());
                    sources.linkBoard(sourceId, committee.id(), id);
                    audit.created(
                            scope(base), "board", code, Map.of("name", committee.title(), "committee", committee.id()));
                    return id;
                }));
    }

    /** A document fetched and read as a paper, or the reason it was not. */
    private record Download(String fileName, byte[] content, AgendaPacks.Paper paper, String problem) {}

    private Map<Long, Download> downloads(
            long sourceId, URI base, ModernGov.MeetingDetail detail, List<String> problems) {
        Set<Long> have = sources.downloaded(sourceId);
        Map<Long, Download> files = new HashMap<>();
        for (ModernGov.Item item : detail.items()) {
            for (ModernGov.Document d : item.documents()) {
                if (have.contains(d.id()) || item.restricted() || d.restricted()) {
                    continue; // already here, or never to be public
                }
                String fileName = d.title().replaceAll("[^A-Za-z0-9 ._-]", "").strip() + ".pdf";
                try {
                    byte[] bytes = site.document(base, d.url());
                    files.put(d.id(), new Download(fileName, bytes, AgendaPacks.read(fileName, bytes), ""));
                } catch (ModernGovSite.Unreachable | ModernGovSite.Refused | IllegalArgumentException e) {
                    String problem =
                            "Document " + d.id() + " (\"" + d.title() + "\") kept as a link: " + e.getMessage();
                    problems.add(problem);
                    files.put(d.id(), new Download(fileName, null, null, e.getMessage()));
                }
            }
        }
        return files;
    }

    private record Written(boolean cancelled, int downloaded, int linked) {}

    private Written write(
            long sourceId,
            URI base,
            long boardId,
            ModernGov.Committee committee,
            ModernGov.ScheduledMeeting listed,
            ModernGov.MeetingDetail detail,
            Map<Long, Download> files,
            String by) {
        LocalDate today = LocalDate.now(clock);
        boolean cancelled =
                listed.cancelled() || detail.status().toLowerCase(Locale.ROOT).contains("cancel");
        Meeting.Status status = cancelled
                ? Meeting.Status.CANCELLED
                : detail.minutesPublished() || detail.date().isBefore(today)
                        ? Meeting.Status.HELD
                        : detail.agendaPublished() ? Meeting.Status.AGENDA_PUBLISHED : Meeting.Status.SCHEDULED;
        // ModernGov says whether the agenda is published, not when: the earliest document's date, else today
        LocalDate published = !detail.agendaPublished()
                ? null
                : detail.items().stream()
                        .flatMap(i -> i.documents().stream())
                        .map(ModernGov.Document::publishedOn)
                        .filter(d -> d != null && !d.isAfter(today))
                        .min(LocalDate::compareTo)
                        .orElse(today);
        var start = detail.time() != null ? detail.time() : listed.time();
        String venue = detail.location();
        var existing = sources.meetingOf(sourceId, detail.id());
        long meeting;
        String key;
        if (existing.isPresent()) {
            meeting = existing.get();
            sources.updateMeeting(
                    meeting,
                    detail.date(),
                    start,
                    detail.plannedFinish(),
                    venue,
                    status.name(),
                    MunicipalYear.of(detail.date()),
                    published);
            key = sources.keyOf(meeting);
        } else {
            key = "mg-" + committee.id() + "-" + detail.date();
            if (sources.meetingKeyTaken(key)) {
                key = key + "-" + detail.id();
            }
            meeting = meetings.create(new Meetings.NewMeeting(
                    key, boardId, detail.date(), start, venue, status, MunicipalYear.of(detail.date())));
            sources.updateMeeting(
                    meeting,
                    detail.date(),
                    start,
                    detail.plannedFinish(),
                    venue,
                    status.name(),
                    MunicipalYear.of(detail.date()),
                    published);
            sources.linkMeeting(sourceId, detail.id(), meeting);
        }
        int downloaded = 0;
        int linked = 0;
        for (ModernGov.Item i : detail.items()) {
            var item = sources.itemOf(sourceId, i.id());
            long itemId;
            if (item.isPresent()) {
                itemId = item.get();
                sources.updateItem(itemId, i.title(), i.restricted(), i.text(), i.minutes());
            } else {
                itemId = sources.addItem(
                        sourceId, i.id(), meeting, i.title(), i.restricted(), i.text(), i.minutes(), base.toString());
            }
            for (ModernGov.Document d : i.documents()) {
                Download file = files.get(d.id());
                Long document = null;
                String problem = file == null ? "" : file.problem();
                if (file != null && file.content() != null) {
                    document = meetings.addDocument(
                            itemId,
                            d.title(),
                            "REPORT",
                            file.fileName(),
                            file.content(),
                            file.paper().pages(),
                            file.paper().text(),
                            "ModernGov import (" + by + ")");
                    downloaded++;
                } else if (file != null || i.restricted() || d.restricted()) {
                    linked++;
                } else {
                    downloaded++; // downloaded by an earlier import
                }
                sources.saveDocument(
                        sourceId,
                        d.id(),
                        itemId,
                        d.title(),
                        base.resolve(d.url().strip().replace(" ", "%20")).toString(),
                        i.restricted() || d.restricted(),
                        d.publishedOn(),
                        document,
                        problem);
            }
        }
        meetings.renumberMinutes(meeting);
        List<Meeting.Attendee> attendance = new ArrayList<>();
        for (ModernGov.Attendee a : detail.attendees()) {
            String kind = attendanceKind(a);
            if (kind != null) {
                attendance.add(new Meeting.Attendee(
                        a.name(),
                        kind,
                        String.join(
                                ", ",
                                java.util.stream.Stream.of(a.role(), a.party())
                                        .filter(x -> !x.isEmpty())
                                        .toList())));
            }
        }
        sources.replaceAttendance(meeting, attendance);
        audit.saved(
                "meeting:" + key,
                "meeting",
                key,
                null,
                Map.of(
                        "source",
                        base.toString(),
                        "meetingId",
                        detail.id(),
                        "status",
                        status.name(),
                        "items",
                        detail.items().size(),
                        "attendees",
                        attendance.size()));
        return new Written(cancelled, downloaded, linked);
    }

    /** ModernGov's attendance in the minutes' words; someone only expected (a meeting still to come) is not recorded. */
    static String attendanceKind(ModernGov.Attendee a) {
        String att = a.attendance().toLowerCase(Locale.ROOT);
        String role = a.role().toLowerCase(Locale.ROOT);
        if (att.contains("apolog")) {
            return "APOLOGIES";
        }
        if (att.contains("present") || att.contains("in attendance") || att.contains("attended")) {
            return role.contains("officer")
                    ? "OFFICER"
                    : role.contains("also") || role.contains("guest") ? "ALSO_ATTENDING" : "PRESENT";
        }
        return null;
    }

    static String scope(URI base) {
        return "moderngov:" + base;
    }
}
