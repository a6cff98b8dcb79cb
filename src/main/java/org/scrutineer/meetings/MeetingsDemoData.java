package org.scrutineer.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.ClearWorkingDays;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.meetings.domain.MunicipalYear;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.demo.DemoData;
import org.scrutineer.platform.demo.DemoFile;
import org.scrutineer.platform.web.LondonTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Health and Social Care board's meetings of 24 June and 23 September 2025 (seeds 000 and 001) and the Children,
 * Young People and Families board's of 23 January 2023 (seed 004): members, attendance, agenda, minutes (in our own
 * words), the public question, and papers generated from what Scrutineer holds, from which the pack is assembled and
 * its page ranges computed. The seeds give no publication dates: each agenda is taken as published on the latest day
 * the five-clear-working-days rule allows.
 */
@Component
class MeetingsDemoData implements DemoData {
    static final String DIR = "/demo/halton/meetings/";
    static final String SYSTEM = "demo";
    private final Boards boards;
    private final Memberships memberships;
    private final Meetings meetings;
    private final MinuteActions actions;
    private final PublicQuestions questions;
    private final PaperRenderer papers;
    private final AgendaPacks packs;
    private final List<HeldPapers> heldPapers;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final BoardReports reports;

    MeetingsDemoData(
            Boards boards,
            Memberships memberships,
            Meetings meetings,
            MinuteActions actions,
            PublicQuestions questions,
            PaperRenderer papers,
            AgendaPacks packs,
            List<HeldPapers> heldPapers,
            JdbcClient jdbc,
            AuditTrail audit,
            BoardReports reports) {
        this.reports = reports;
        this.boards = boards;
        this.memberships = memberships;
        this.meetings = meetings;
        this.actions = actions;
        this.questions = questions;
        this.papers = papers;
        this.packs = packs;
        this.heldPapers = heldPapers;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Map<String, Long> boardIds = new HashMap<>();
        for (CSVRecord r : DemoFile.records(DIR + "boards.csv")) {
            long id = boards.byCode(r.get("code"))
                    .map(b -> b.id())
                    .orElseGet(() -> boards.create(r.get("code"), r.get("name"), r.get("name")));
            boardIds.put(r.get("code"), id);
            memberships.setContact(
                    id,
                    new Memberships.Contact(r.get("contact_name"), r.get("contact_phone"), r.get("contact_email")),
                    r.get("code").equals("HSC-PPB") ? "HEA" : "");
        }
        for (CSVRecord r : DemoFile.records(DIR + "members.csv")) {
            memberships.add(
                    boardIds.get(r.get("board_code")),
                    new Memberships.Member(
                            r.get("name"),
                            r.get("party"),
                            Memberships.Role.valueOf(r.get("role").toUpperCase(Locale.ROOT)),
                            r.get("organisation"),
                            date(r.get("from")),
                            date(r.get("to"))));
        }
        Map<String, Long> meetingIds = new LinkedHashMap<>();
        for (CSVRecord r : DemoFile.records(DIR + "meetings.csv")) {
            LocalDate day = LocalDate.parse(r.get("date"));
            long id = meetings.create(new Meetings.NewMeeting(
                    r.get("key"),
                    boardIds.get(r.get("board_code")),
                    day,
                    r.get("time").isBlank() ? null : LocalTime.parse(r.get("time")),
                    r.get("venue"),
                    Meeting.Status.HELD,
                    MunicipalYear.of(day)));
            if (!r.get("end_time").isBlank()) {
                meetings.setEndTime(id, LocalTime.parse(r.get("end_time")));
            }
            meetingIds.put(r.get("key"), id);
        }
        // seed 001's front sheet: "The next meeting of the Board is on Tuesday, 25 November 2025"
        meetingIds.put(
                "hsc-2025-11-25",
                meetings.create(new Meetings.NewMeeting(
                        "hsc-2025-11-25",
                        boardIds.get("HSC-PPB"),
                        LocalDate.of(2025, 11, 25),
                        LocalTime.of(18, 30),
                        "Council Chamber, Runcorn Town Hall",
                        Meeting.Status.SCHEDULED,
                        "2025/26")));
        for (CSVRecord r : DemoFile.records(DIR + "attendance.csv")) {
            meetings.addAttendee(
                    meetingIds.get(r.get("meeting_key")),
                    new Meeting.Attendee(r.get("name"), r.get("kind").toUpperCase(Locale.ROOT), r.get("note")));
        }
        Map<String, List<CSVRecord>> minutes = new HashMap<>();
        DemoFile.records(DIR + "minutes.csv")
                .forEach(r -> minutes.computeIfAbsent(r.get("meeting_key"), k -> new ArrayList<>())
                        .add(r));
        Map<String, Long> itemsByMinute = new HashMap<>();
        for (CSVRecord r : DemoFile.records(DIR + "items.csv")) {
            String meetingKey = r.get("meeting_key");
            long meetingId = meetingIds.get(meetingKey);
            boolean minuted = !r.get("kind").equals("declarations");
            long itemId = meetings.addItem(
                    meetingId,
                    new Meetings.NewItem(
                            heading(r.get("pack_number"), r.get("kind")),
                            title(r),
                            AgendaItem.Part.valueOf(r.get("part")),
                            r.get("exemption_paragraph").isBlank()
                                    ? null
                                    : Integer.valueOf(r.get("exemption_paragraph")),
                            r.get("kind").toUpperCase(Locale.ROOT),
                            minuted,
                            r.get("reporting_officer"),
                            r.get("portfolio"),
                            r.get("wards"),
                            link(r.get("title")),
                            r.get("pack_pages_printed").isBlank() ? null : r.get("pack_pages_printed")));
            itemsByMinute.put(meetingKey + "#" + r.get("position"), itemId);
            // a paper whose figures Scrutineer holds: they are published with the pack (items.csv's last column, where
            // set)
            if (r.isSet("report") && !r.get("report").isBlank()) {
                reports.presentAt(r.get("report"), itemId);
            }
        }
        // minute numbers run through each board's municipal year, so number the meetings in date order once all are in
        meetings.all(null).forEach(m -> meetings.renumberMinutes(m.id()));
        // minutes rows follow the minuted items in order
        for (Map.Entry<String, List<CSVRecord>> e : minutes.entrySet()) {
            Meeting m = meetings.byKey(e.getKey()).orElseThrow();
            List<AgendaItem> minutedItems =
                    m.items().stream().filter(AgendaItem::minuted).toList();
            for (int k = 0; k < e.getValue().size() && k < minutedItems.size(); k++) {
                CSVRecord r = e.getValue().get(k);
                AgendaItem item = minutedItems.get(k);
                List<String> resolutions = DemoFile.list(r.get("resolved")).stream()
                        .map(s -> s.replaceFirst("^\\d+\\)\\s*", ""))
                        .toList();
                meetings.saveMinutes(item.id(), r.get("text"), resolutions);
                if (!r.get("action_owner").isBlank()) {
                    actions.add(
                            item.id(),
                            resolutions.isEmpty() ? item.title() : resolutions.get(0),
                            r.get("action_owner"),
                            date(r.get("action_due")));
                }
            }
        }
        for (CSVRecord r : DemoFile.records(DIR + "questions.csv")) {
            Meeting m = meetings.byKey(r.get("meeting_key")).orElseThrow();
            AgendaItem item = m.items().stream()
                    .filter(i -> r.get("minute_number").equals(i.minuteNumber()))
                    .findFirst()
                    .orElseThrow();
            questions.add(
                    m.id(),
                    new PublicQuestions.Question(
                            item.id(),
                            r.get("questioner"),
                            r.get("question"),
                            r.get("response"),
                            r.get("supplementary"),
                            r.get("supplementary_response")));
        }
        attachPapers("hsc-2025-09-23");
        attachPapers("cypf-2023-01-23");
        for (String key : List.of("hsc-2025-06-24", "hsc-2025-09-23", "cypf-2023-01-23", "hsc-2025-11-25")) {
            Meeting m = meetings.byKey(key).orElseThrow();
            if (m.date().isBefore(LocalDate.of(2025, 11, 1)) || m.status() != Meeting.Status.SCHEDULED) {
                meetings.setAgendaPublished(m.id(), publicationDate(m));
            }
        }
        // seed 000 minute 10: the June minutes were signed as a correct record on 23 September
        meetings.approveMinutes(meetingIds.get("hsc-2025-06-24"), meetingIds.get("hsc-2025-09-23"));
        for (String key : List.of("hsc-2025-09-23", "cypf-2023-01-23")) {
            Meeting m = meetings.byKey(key).orElseThrow();
            var published = packs.publish(m, SYSTEM, packPublished(m));
            audit.created(
                    "meeting:" + key,
                    "agenda_pack",
                    "version " + published.version(),
                    Map.of("pages", published.pages()));
        }
    }

    /** The day a demo agenda went out: the seeds give none, so the latest day the five-clear-working-days rule allows. */
    static LocalDate publicationDate(Meeting m) {
        return ClearWorkingDays.latestPublicationDate(m.date(), ClearWorkingDays.REQUIRED);
    }

    // the seeds give no times either: papers are taken as added at 9.00 a.m. and the pack as published at noon that day
    private static java.time.Instant papersAdded(Meeting m) {
        return publicationDate(m).atTime(9, 0).atZone(LondonTime.LONDON).toInstant();
    }

    private static java.time.Instant packPublished(Meeting m) {
        return publicationDate(m).atTime(12, 0).atZone(LondonTime.LONDON).toInstant();
    }

    /** Papers for each item, made from what Scrutineer holds; where it holds no more than the agenda, a cover says so. */
    private void attachPapers(String meetingKey) {
        Meeting m = meetings.byKey(meetingKey).orElseThrow();
        for (AgendaItem item : m.items()) {
            byte[] pdf = switch (item.kind()) {
                case "DECLARATIONS" -> null;
                case "MINUTES" -> previousMinutes(m);
                case "PUBLIC_QUESTIONS" -> publicQuestionTime(m);
                case "PERFORMANCE" ->
                    jdbc.sql("select pdf from published_report order by id limit 1")
                            .query(byte[].class)
                            .optional()
                            .orElse(null);
                default ->
                    heldPapers.stream()
                            .flatMap(h -> h.paperFor(item.title()).stream())
                            .findFirst()
                            .orElseGet(() -> reports.all().stream()
                                    .filter(r -> r.report()
                                            .subject()
                                            .equalsIgnoreCase(item.title().replace("Adult Social", "Adults Social")))
                                    .findFirst()
                                    .map(r -> heldReport(m, item, r.report()))
                                    .orElseGet(() -> cover(m, item)));
            };
            if (pdf == null) {
                continue;
            }
            meetings.addDocument(
                    item.id(),
                    item.title(),
                    item.kind().equals("MINUTES") ? "MINUTES" : "REPORT",
                    PaperRenderer.fileName(item.title()),
                    pdf,
                    AgendaPacks.pageCount(pdf),
                    AgendaPacks.text(pdf),
                    SYSTEM,
                    papersAdded(m));
        }
    }

    private byte[] previousMinutes(Meeting m) {
        Meeting previous = meetings.all(m.boardCode()).stream()
                .filter(x -> x.date().isBefore(m.date()))
                .reduce((a, b) -> b)
                .flatMap(x -> meetings.byKey(x.key()))
                .orElse(null);
        if (previous == null) {
            return cover(m, m.items().get(0));
        }
        String prefix = memberships.minutePrefix(m.boardCode());
        List<PaperRenderer.Section> sections = new ArrayList<>();
        List<String> present = previous.attendance().stream()
                .map(a -> a.name() + " (" + a.kind().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + (a.note().isBlank() ? "" : ", " + a.note()) + ")")
                .toList();
        sections.add(new PaperRenderer.Section("Attendance", present.isEmpty() ? List.of("Not recorded.") : present));
        for (AgendaItem i : previous.items()) {
            if (!i.minuted() || !i.isPublic()) {
                continue;
            }
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(i.minutes());
            for (int k = 0; k < i.resolutions().size(); k++) {
                paragraphs.add((k == 0 ? "RESOLVED: " : "") + (k + 1) + ") "
                        + i.resolutions().get(k));
            }
            sections.add(new PaperRenderer.Section(prefix + i.minuteNumber() + " " + i.title(), paragraphs));
        }
        if (previous.endTime() != null) {
            sections.add(new PaperRenderer.Section("", List.of("Meeting ended at " + previous.endWords() + "")));
        }
        return papers.render(new PaperRenderer.Paper(
                List.of(),
                previous.boardName() + ": minutes of the meeting of " + LondonTime.date(previous.date()),
                "Minutes summarised in Scrutineer's own words from the council's published minutes.",
                sections));
    }

    private byte[] publicQuestionTime(Meeting m) {
        List<String> rules = DemoFile.records(DIR + "standard-text.csv").stream()
                .filter(r -> r.get("key").startsWith("pqt."))
                .map(r -> r.get("text"))
                .toList();
        return papers.render(new PaperRenderer.Paper(
                header(
                        m,
                        m.items().stream()
                                .filter(i -> i.kind().equals("PUBLIC_QUESTIONS"))
                                .findFirst()
                                .orElseThrow()),
                "Public Question Time",
                "",
                List.of(new PaperRenderer.Section("Standing Order 34(9)", rules))));
    }

    /** A report whose numbered paragraphs Scrutineer holds (as printed, so their figures can be checked). */
    private byte[] heldReport(Meeting m, AgendaItem item, org.scrutineer.meetings.domain.BoardReport report) {
        List<String> paragraphs = report.paragraphs().stream()
                .map(p -> p.number() + " " + p.text())
                .toList();
        return papers.render(new PaperRenderer.Paper(
                header(m, item),
                report.subject(),
                "The report's numbered paragraphs 3.1 to 5.3 as printed. Its tables, with Scrutineer's checks, are published with "
                        + "the agenda pack at /meetings/" + m.key() + "/finance/" + report.slug() + ".",
                List.of(new PaperRenderer.Section("Supporting information and financial implications", paragraphs))));
    }

    private byte[] cover(Meeting m, AgendaItem item) {
        List<String> summary = item.minutes().isBlank()
                ? List.of("The council's report is not held in this demonstration.")
                : List.of(item.minutes());
        return papers.render(new PaperRenderer.Paper(
                header(m, item),
                item.title(),
                "A cover generated by Scrutineer from the agenda record: the council's own report is not held in this demonstration. "
                        + "The summary is the minute of the item, in our own words.",
                List.of(new PaperRenderer.Section("Summary", summary))));
    }

    private static List<Map.Entry<String, String>> header(Meeting m, AgendaItem item) {
        List<Map.Entry<String, String>> header = new ArrayList<>();
        header.add(new AbstractMap.SimpleEntry<>("REPORT TO", m.boardName()));
        header.add(new AbstractMap.SimpleEntry<>("DATE", LondonTime.date(m.date())));
        header.add(new AbstractMap.SimpleEntry<>("REPORTING OFFICER", item.reportingOfficer()));
        header.add(new AbstractMap.SimpleEntry<>("PORTFOLIO", item.portfolio()));
        header.add(new AbstractMap.SimpleEntry<>("SUBJECT", item.title()));
        header.add(new AbstractMap.SimpleEntry<>("WARD(S)", item.wards()));
        return header;
    }

    static String heading(String packNumber, String kind) {
        if (packNumber.startsWith("4(")) {
            return "Development of policy issues";
        }
        if (packNumber.startsWith("5(") || (packNumber.isBlank() && kind.equals("finance"))) {
            return "Performance monitoring";
        }
        return "";
    }

    private static String title(CSVRecord r) {
        if (!r.get("title").isBlank()) {
            return r.get("title");
        }
        return switch (r.get("kind")) {
            case "public_questions" -> "Public Question Time";
            case "minutes" -> "Minutes";
            default -> "Minutes of the Executive Board";
        };
    }

    /** The other capabilities' records an item reports on. */
    private static String link(String title) {
        // the quarter's Priority Based Report is linked as what the item considered (performance's demo data)
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("care quality commission")) {
            return "/assurance";
        }
        if (t.contains("councilwide spending as at 31 may 2025") || t.contains("adult social care budget position")) {
            return "/finance";
        }
        return null;
    }

    private static LocalDate date(String v) {
        return v == null || v.isBlank() ? null : LocalDate.parse(v);
    }
}
