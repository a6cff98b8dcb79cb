package org.scrutineer.meetings;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.ClearWorkingDays;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.web.DownloadNames;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings on the public website (calendar, "Agenda and minutes" page, pack and documents) and the committee officer's
 * work on them (create, add items and papers, publish the agenda and pack, record minutes and actions).
 */
@Controller
public class MeetingController {
    private final Meetings meetings;
    private final MeetingAccess access;
    private final AgendaPacks packs;
    private final Memberships memberships;
    private final MinuteActions actions;
    private final PublicQuestions questions;
    private final Boards boards;
    private final Declarations declarations;
    private final java.time.Clock clock;
    private final PaperLinks paperLinks;
    private final MeetingRecords records;
    private final AgendaPublication publication;
    private final ClosureDays closureDays;
    private final List<ItemConsiderations> considerations;
    private final Texts texts;

    public MeetingController(
            Meetings meetings,
            MeetingAccess access,
            AgendaPacks packs,
            Memberships memberships,
            MinuteActions actions,
            PublicQuestions questions,
            Boards boards,
            Declarations declarations,
            java.time.Clock clock,
            PaperLinks paperLinks,
            MeetingRecords records,
            AgendaPublication publication,
            ClosureDays closureDays,
            List<ItemConsiderations> considerations,
            Texts texts) {
        this.closureDays = closureDays;
        this.considerations = considerations;
        this.clock = clock;
        this.paperLinks = paperLinks;
        this.declarations = declarations;
        this.meetings = meetings;
        this.access = access;
        this.packs = packs;
        this.memberships = memberships;
        this.actions = actions;
        this.questions = questions;
        this.boards = boards;
        this.records = records;
        this.publication = publication;
        this.texts = texts;
    }

    static String scope(String key) {
        return MeetingRecords.scope(key);
    }

    @GetMapping("/meetings")
    public String calendar(Model model) {
        Map<String, List<Meeting>> byMonth = new TreeMap<>();
        for (Meeting m : meetings.all(null)) {
            byMonth.computeIfAbsent(m.date().toString().substring(0, 7), k -> new ArrayList<>())
                    .add(m);
        }
        model.addAttribute("months", byMonth);
        model.addAttribute("boards", boards.all());
        return "meetings/calendar";
    }

    @GetMapping("/meetings/{key}")
    public String meeting(@PathVariable String key, Model model) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        MeetingAccess.View view = access.view(m);
        model.addAttribute("meeting", m);
        model.addAttribute("view", view);
        List<AgendaPacks.AgendaLine> agenda = packs.agenda(m);
        model.addAttribute("agenda", agenda);
        model.addAttribute("contact", memberships.contact(m.boardCode()));
        model.addAttribute(
                "pack", view.agendaVisible() ? packs.latestPack(m.id()).orElse(null) : null);
        model.addAttribute("published", view.agendaVisible() ? packs.all(m.id()) : List.of());
        // the statements, tables and checks of the papers, as published with the pack (public pages)
        model.addAttribute("financeLinks", view.agendaVisible() ? paperLinks.byItem(m) : Map.of());
        // what other features say each item considered (an indicator, a quarter's report), as far as the person may see
        Map<Long, List<ItemConsiderations.Considered>> considered = new java.util.HashMap<>();
        if (view.agendaVisible()) {
            considerations.forEach(c -> c.byItem(m)
                    .forEach((item, list) -> considered
                            .computeIfAbsent(item, k -> new ArrayList<>())
                            .addAll(list)));
        }
        model.addAttribute("considered", considered);
        model.addAttribute("attendanceKinds", Meeting.ATTENDANCE_KINDS);
        model.addAttribute(
                "latestPublication",
                ClearWorkingDays.latestPublicationDate(m.date(), ClearWorkingDays.REQUIRED, closureDays.days()));
        model.addAttribute("prefix", memberships.minutePrefix(m.boardCode()));
        model.addAttribute("questions", questions.ofMeeting(m.id()));
        List<MinuteActions.Action> boardActions = actions.ofBoard(m.boardCode());
        model.addAttribute(
                "actions",
                boardActions.stream()
                        .filter(a -> a.meetingKey().equals(key))
                        .collect(java.util.stream.Collectors.groupingBy(MinuteActions.Action::itemId)));
        List<Meeting> board = meetings.all(m.boardCode());
        model.addAttribute(
                "previous",
                board.stream()
                        .filter(x -> x.date().isBefore(m.date()))
                        .reduce((a, b) -> b)
                        .orElse(null));
        model.addAttribute(
                "carried",
                boardActions.stream()
                        .filter(MinuteActions.Action::open)
                        .filter(a -> !a.meetingKey().equals(key)
                                && board.stream()
                                        .anyMatch(x -> x.key().equals(a.meetingKey())
                                                && x.date().isBefore(m.date())))
                        .toList());
        model.addAttribute(
                "declarations",
                declarations.ofMeeting(m.id()).stream()
                        .filter(d -> view.items().stream().anyMatch(i -> i.id() == d.itemId()))
                        .collect(java.util.stream.Collectors.groupingBy(Declarations.Declaration::itemId)));
        model.addAttribute("declarationTypes", Declarations.Type.values());
        model.addAttribute("members", memberships.serving(m.boardCode(), m.date()));
        model.addAttribute(
                "lines",
                agenda.stream().collect(java.util.stream.Collectors.toMap(AgendaPacks.AgendaLine::itemId, l -> l)));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "meetings/meeting";
    }

    @GetMapping("/meetings/{key}/pack.pdf")
    public ResponseEntity<byte[]> pack(@PathVariable String key, @RequestParam(required = false) Integer version) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        if (!access.view(m).agendaVisible()) {
            throw new NotFound("No published agenda pack for " + key);
        }
        int v = version != null
                ? version
                : packs.latestPack(m.id())
                        .map(AgendaPacks.Published::version)
                        .orElseThrow(() -> new NotFound("No published agenda pack for " + key));
        byte[] pdf = packs.pdf(m.id(), v).orElseThrow(() -> new NotFound("No agenda pack version " + v));
        return pdfResponse(pdf, key + "-agenda-pack-v" + v + ".pdf");
    }

    @GetMapping("/meetings/{key}/pack-preview.pdf")
    public ResponseEntity<byte[]> preview(@PathVariable String key) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        return pdfResponse(packs.build(m).pdf(), key + "-agenda-pack-preview.pdf");
    }

    @GetMapping("/documents/{id}")
    public ResponseEntity<byte[]> document(@PathVariable long id) {
        Meetings.DocumentFile d = meetings.document(id).orElseThrow(() -> new NotFound("No document " + id));
        if (!access.mayRead(d)) {
            throw new NotFound("No document " + id);
        }
        return pdfResponse(d.content(), d.fileName());
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.inline(fileName))
                .body(pdf);
    }

    // ---- the committee officer's work ----

    @GetMapping("/meetings/new")
    public String newMeeting(Model model) {
        model.addAttribute("boards", boards.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute(
                    "form",
                    Map.of("board", "", "date", "", "time", "18:30", "venue", "Council Chamber, Runcorn Town Hall"));
        }
        return "meetings/new";
    }

    @PostMapping("/meetings/new")
    public String createMeeting(
            @RequestParam(defaultValue = "") String board,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String time,
            @RequestParam(defaultValue = "") String venue,
            Model model) {
        FormErrors errors = new FormErrors();
        var b = boards.byCode(board).orElse(null);
        if (b == null) {
            errors.add("board", texts.get("meetings.meeting.board.required"));
        }
        LocalDate day = null;
        try {
            day = LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            errors.add("date", texts.get("meetings.meeting.date.invalid"));
        }
        LocalTime start = null;
        try {
            start = LocalTime.parse(time.trim());
        } catch (DateTimeParseException e) {
            errors.add("time", texts.get("meetings.meeting.time.invalid"));
        }
        if (venue.isBlank()) {
            errors.add("venue", texts.get("meetings.meeting.venue.required"));
        }
        if (errors.none() && meetings.idOf(MeetingKeys.of(b.code(), day)).isPresent()) {
            errors.add("date", texts.get("meetings.meeting.date.taken"));
        }
        if (!errors.none()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", Map.of("board", board, "date", date, "time", time, "venue", venue));
            return newMeeting(model);
        }
        String key = records.create(b, day, start, venue.trim());
        return "redirect:/meetings/" + key;
    }

    @PostMapping("/meetings/{key}/items")
    public String addItem(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String heading,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "I") String part,
            @RequestParam(defaultValue = "") String exemptionParagraph,
            @RequestParam(defaultValue = "") String reportingOfficer,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        FormErrors errors = new FormErrors();
        if (title.isBlank()) {
            errors.add("title", texts.get("meetings.item.title.required"));
        } else if (title.trim().length() > AgendaItem.MAX_TITLE) {
            errors.add("title", texts.get("meetings.item.title.tooLong", AgendaItem.MAX_TITLE));
        }
        AgendaItem.Part p = part.equals("II") ? AgendaItem.Part.II : AgendaItem.Part.I;
        Integer paragraph = null;
        if (p == AgendaItem.Part.II) {
            try {
                paragraph = Integer.valueOf(exemptionParagraph.trim());
                if (paragraph < 1 || paragraph > 7) {
                    errors.add("exemptionParagraph", texts.get("meetings.item.exemptionParagraph.invalid"));
                }
            } catch (NumberFormatException e) {
                errors.add("exemptionParagraph", texts.get("meetings.item.exemptionParagraph.required"));
            }
        }
        byte[] content = null;
        AgendaPacks.Paper paper = null;
        if (file != null && !file.isEmpty()) {
            content = file.getBytes();
            try {
                paper = AgendaPacks.read(file.getOriginalFilename(), content);
            } catch (AgendaPacks.PaperRefused e) {
                errors.add("file", e.getMessage());
            }
        }
        if (!errors.none()) {
            model.addAttribute("errors", errors);
            return meeting(key, model);
        }
        records.addItem(
                m.key(),
                new Meetings.NewItem(
                        heading.trim(),
                        title.trim(),
                        p,
                        paragraph,
                        "REPORT",
                        true,
                        reportingOfficer.trim(),
                        "",
                        "",
                        null,
                        null),
                paper == null ? null : new MeetingRecords.Upload(file.getOriginalFilename(), content, paper));
        redirect.addFlashAttribute("message", texts.get("meetings.item.added", title.trim()));
        return "redirect:/meetings/" + key + "#items";
    }

    @PostMapping("/meetings/{key}/publish")
    public String publish(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String confirmLate,
            Model model,
            RedirectAttributes redirect) {
        AgendaPublication.Outcome outcome;
        try {
            outcome = publication.publish(key, confirmLate.equals("yes"));
        } catch (AgendaPacks.NotBuilt e) {
            FormErrors errors = new FormErrors();
            errors.add("publish", texts.get("meetings.agenda.notBuilt", e.getMessage()));
            model.addAttribute("errors", errors);
            return meeting(key, model);
        }
        if (outcome.published() == null) {
            model.addAttribute("lateWarning", outcome.clearWorkingDays());
            return meeting(key, model);
        }
        AgendaPacks.Published published = outcome.published();
        redirect.addFlashAttribute(
                "message",
                outcome.late()
                        ? texts.get(
                                "meetings.agenda.publishedLate",
                                published.version(),
                                published.pages(),
                                outcome.clearWorkingDays())
                        : texts.get("meetings.agenda.published", published.version(), published.pages()));
        return "redirect:/meetings/" + key;
    }

    @PostMapping("/meetings/{key}/items/{itemId}/minutes")
    public String saveMinutes(
            @PathVariable String key,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String minutes,
            @RequestParam(defaultValue = "") String resolutions,
            @RequestParam(defaultValue = "") String actionText,
            @RequestParam(defaultValue = "") String actionOwner,
            @RequestParam(defaultValue = "") String actionDue,
            Model model,
            RedirectAttributes redirect) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        AgendaItem item = m.items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFound("No item " + itemId));
        FormErrors errors = new FormErrors();
        String field = "minutes-" + itemId;
        if (minutes.isBlank()) {
            errors.add(field, texts.get("meetings.minutes.minutes.required", item.title()));
        }
        LocalDate due = null;
        if (!actionText.isBlank() && actionOwner.isBlank()) {
            errors.add("actionOwner-" + itemId, texts.get("meetings.minutes.actionOwner.required"));
        }
        if (!actionDue.isBlank()) {
            try {
                due = LocalDate.parse(actionDue.trim());
            } catch (DateTimeParseException e) {
                errors.add("actionDue-" + itemId, texts.get("meetings.minutes.actionDue.invalid"));
            }
        }
        if (!errors.none()) {
            model.addAttribute("errors", errors);
            return meeting(key, model);
        }
        List<String> resolved =
                resolutions.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
        records.saveMinutes(
                key,
                itemId,
                minutes.trim(),
                resolved,
                actionText.isBlank() ? null : new MeetingRecords.NewAction(actionText.trim(), actionOwner.trim(), due));
        redirect.addFlashAttribute("message", texts.get("meetings.minutes.saved", item.title()));
        return "redirect:/meetings/" + key + "#item-" + itemId;
    }

    @PostMapping("/meetings/{key}/supplement")
    public String supplement(@PathVariable String key, Model model, RedirectAttributes redirect) {
        try {
            AgendaPacks.Published published = publication.publishSupplement(key);
            redirect.addFlashAttribute("message", texts.get("meetings.supplement.published", published.pages()));
            return "redirect:/meetings/" + key;
        } catch (IllegalStateException | AgendaPacks.NotBuilt e) {
            FormErrors errors = new FormErrors();
            errors.add(
                    "supplement",
                    e instanceof AgendaPacks.NotBuilt
                            ? texts.get("meetings.supplement.notBuilt", e.getMessage())
                            : e.getMessage());
            model.addAttribute("errors", errors);
            return meeting(key, model);
        }
    }

    @PostMapping("/meetings/{key}/items/{itemId}/documents")
    public String addPaper(
            @PathVariable String key,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        AgendaItem item = m.items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFound("No item " + itemId));
        FormErrors errors = new FormErrors();
        String field = "paper-" + itemId;
        AgendaPacks.Paper paper = null;
        byte[] content = null;
        if (file == null || file.isEmpty()) {
            errors.add(field, texts.get("meetings.paper.file.required", item.title()));
        } else {
            content = file.getBytes();
            try {
                paper = AgendaPacks.read(file.getOriginalFilename(), content);
            } catch (AgendaPacks.PaperRefused e) {
                errors.add(field, e.getMessage());
            }
        }
        if (title.trim().length() > AgendaItem.MAX_TITLE) {
            errors.add(field, texts.get("meetings.paper.title.tooLong", AgendaItem.MAX_TITLE));
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            return meeting(key, model);
        }
        String name = title.isBlank() ? file.getOriginalFilename() : title.trim();
        records.addPaper(
                key,
                itemId,
                name,
                "APPENDIX",
                new MeetingRecords.Upload(file.getOriginalFilename(), content, paper),
                name,
                Map.of("item", item.title(), "pages", paper.pages(), "bytes", content.length));
        redirect.addFlashAttribute("message", texts.get("meetings.paper.added", item.title(), name));
        return "redirect:/meetings/" + key + "#item-" + itemId;
    }

    @PostMapping("/meetings/{key}/attendance")
    public String attendance(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        FormErrors errors = new FormErrors();
        if (name.isBlank()) {
            errors.add("attendeeName", texts.get("meetings.attendance.attendeeName.required"));
        }
        if (!Meeting.ATTENDANCE_KINDS.contains(kind)) {
            errors.add("attendeeKind", texts.get("meetings.attendance.attendeeKind.required"));
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            return meeting(key, model);
        }
        records.recordAttendance(m.key(), new Meeting.Attendee(name.trim(), kind, note.trim()));
        redirect.addFlashAttribute("message", texts.get("meetings.attendance.recorded", name.trim()));
        return "redirect:/meetings/" + key + "#attendance";
    }

    @PostMapping("/meetings/{key}/end-time")
    public String endTime(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String endTime,
            Model model,
            RedirectAttributes redirect) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        LocalTime end;
        try {
            end = LocalTime.parse(endTime.trim());
        } catch (DateTimeParseException e) {
            FormErrors errors = new FormErrors();
            errors.add("endTime", texts.get("meetings.endTime.endTime.invalid"));
            model.addAttribute("errors", errors);
            return meeting(key, model);
        }
        records.recordEndTime(m.key(), end);
        redirect.addFlashAttribute("message", texts.get("meetings.endTime.saved", Meeting.timeWords(end)));
        return "redirect:/meetings/" + key;
    }

    @PostMapping("/meetings/{key}/declarations")
    public String declare(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "0") long itemId,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
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
        if (errors.any()) {
            model.addAttribute("errors", errors);
            return meeting(key, model);
        }
        records.recordDeclaration(m.key(), new Declarations.Declaration(itemId, member, t, note.trim()));
        redirect.addFlashAttribute("message", texts.get("meetings.declaration.recorded", member, t.words()));
        return "redirect:/meetings/" + key + "#item-" + itemId;
    }

    @PostMapping("/meetings/{key}/approve-previous")
    public String approvePrevious(@PathVariable String key, RedirectAttributes redirect) {
        Meeting previous = records.signPreviousMinutes(key);
        redirect.addFlashAttribute("message", texts.get("meetings.minutes.approved", previous.date()));

        return "redirect:/meetings/" + key;
    }

    /** An action marked done, audited under the board it belongs to: an action that does not exist is not found, and nothing is written. */
    @PostMapping("/actions/{id}/done")
    public String actionDone(@PathVariable long id, RedirectAttributes redirect) {
        String board = records.actionDone(id, LocalDate.now(clock));
        redirect.addFlashAttribute("message", texts.get("meetings.action.done"));
        return "redirect:/boards/" + board + "#actions";
    }
}
