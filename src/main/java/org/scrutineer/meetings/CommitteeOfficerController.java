package org.scrutineer.meetings;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.FormRefused;
import org.scrutineer.platform.web.Texts;
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
 * The committee officer's work on a meeting: create it, add items and papers, publish the agenda, its pack and
 * supplements, record minutes, actions, attendance and declarations. Each write is one call of {@link MeetingRecords}
 * or {@link AgendaPublication}; a refused form shows the meeting page again with its errors.
 */
@Controller
class CommitteeOfficerController {
    private final MeetingPages pages;
    private final MeetingRecords records;
    private final AgendaPublication publication;
    private final java.time.Clock clock;
    private final Texts texts;

    CommitteeOfficerController(
            MeetingPages pages,
            MeetingRecords records,
            AgendaPublication publication,
            java.time.Clock clock,
            Texts texts) {
        this.texts = texts;
        this.pages = pages;
        this.records = records;
        this.publication = publication;
        this.clock = clock;
    }

    @GetMapping("/meetings/{key}/pack-preview.pdf")
    ResponseEntity<byte[]> preview(@PathVariable String key) {
        return MeetingController.pdfResponse(pages.preview(key));
    }

    @GetMapping("/meetings/new")
    String newMeeting(Model model) {
        model.addAttribute("boards", pages.boards());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute(
                    "form",
                    Map.of("board", "", "date", "", "time", "18:30", "venue", "Council Chamber, Runcorn Town Hall"));
        }
        return "meetings/new";
    }

    @PostMapping("/meetings/new")
    String createMeeting(
            @RequestParam(defaultValue = "") String board,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String time,
            @RequestParam(defaultValue = "") String venue,
            Model model) {
        try {
            String key = records.create(new MeetingRecords.NewMeetingForm(board, date, time, venue));
            return "redirect:/meetings/" + key;
        } catch (FormRefused e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("form", Map.of("board", board, "date", date, "time", time, "venue", venue));
            return newMeeting(model);
        }
    }

    @PostMapping("/meetings/{key}/items")
    String addItem(
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
        String added;
        try {
            added = records.addItem(
                    key,
                    new MeetingRecords.NewItemForm(
                            heading, title, part, exemptionParagraph, reportingOfficer, fileName(file), content(file)));
        } catch (FormRefused e) {
            return refused(key, e, model);
        }
        redirect.addFlashAttribute("message", "Item added: " + added);
        return "redirect:/meetings/" + key + "#items";
    }

    @PostMapping("/meetings/{key}/publish")
    String publish(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String confirmLate,
            Model model,
            RedirectAttributes redirect) {
        AgendaPublication.Outcome outcome;
        try {
            outcome = publication.publish(key, confirmLate.equals("yes"));
        } catch (AgendaPacks.NotBuilt e) {
            FormErrors errors = new FormErrors();
            errors.add(
                    "publish",
                    "The agenda was not published: the agenda pack could not be built, because " + e.getMessage());
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
                "Agenda pack version " + published.version() + " published (" + published.pages() + " pages)"
                        + (outcome.late()
                                ? ", with only " + outcome.clearWorkingDays() + " clear working days before the meeting"
                                : ""));
        return "redirect:/meetings/" + key;
    }

    @PostMapping("/meetings/{key}/items/{itemId}/minutes")
    String saveMinutes(
            @PathVariable String key,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String minutes,
            @RequestParam(defaultValue = "") String resolutions,
            @RequestParam(defaultValue = "") String actionText,
            @RequestParam(defaultValue = "") String actionOwner,
            @RequestParam(defaultValue = "") String actionDue,
            Model model,
            RedirectAttributes redirect) {
        String item;
        try {
            item = records.saveMinutes(
                    key,
                    itemId,
                    new MeetingRecords.MinutesForm(minutes, resolutions, actionText, actionOwner, actionDue));
        } catch (FormRefused e) {
            return refused(key, e, model);
        }
        redirect.addFlashAttribute("message", "Minutes saved for " + item);
        return "redirect:/meetings/" + key + "#item-" + itemId;
    }

    @PostMapping("/meetings/{key}/supplement")
    String supplement(@PathVariable String key, Model model, RedirectAttributes redirect) {
        try {
            AgendaPacks.Published published = publication.publishSupplement(key);
            redirect.addFlashAttribute(
                    "message", "Supplement published (" + published.pages() + " pages); the agenda pack is unchanged");
            return "redirect:/meetings/" + key;
        } catch (IllegalStateException | AgendaPacks.NotBuilt e) {
            FormErrors errors = new FormErrors();
            errors.add(
                    "supplement",
                    e instanceof AgendaPacks.NotBuilt
                            ? "The supplement was not published: it could not be built, because " + e.getMessage()
                            : e.getMessage());
            model.addAttribute("errors", errors);
            return meeting(key, model);
        }
    }

    @PostMapping("/meetings/{key}/items/{itemId}/documents")
    String addPaper(
            @PathVariable String key,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        MeetingRecords.PaperAdded added;
        try {
            added = records.addPaper(
                    key, itemId, new MeetingRecords.NewPaperForm(title, fileName(file), content(file)));
        } catch (FormRefused e) {
            return refused(key, e, model);
        }
        redirect.addFlashAttribute("message", "Paper added to " + added.item() + ": " + added.paper());
        return "redirect:/meetings/" + key + "#item-" + itemId;
    }

    @PostMapping("/meetings/{key}/attendance")
    String attendance(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        Meeting.Attendee attendee;
        try {
            attendee = records.recordAttendance(key, name, kind, note);
        } catch (FormRefused e) {
            return refused(key, e, model);
        }
        redirect.addFlashAttribute("message", "Attendance recorded: " + attendee.name());
        return "redirect:/meetings/" + key + "#attendance";
    }

    @PostMapping("/meetings/{key}/end-time")
    String endTime(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String endTime,
            Model model,
            RedirectAttributes redirect) {
        LocalTime end;
        try {
            end = records.recordEndTime(key, endTime);
        } catch (FormRefused e) {
            return refused(key, e, model);
        }
        redirect.addFlashAttribute("message", "The meeting ended at " + Meeting.timeWords(end));
        return "redirect:/meetings/" + key;
    }

    @PostMapping("/meetings/{key}/declarations")
    String declare(
            @PathVariable String key,
            @RequestParam(defaultValue = "") String member,
            @RequestParam(defaultValue = "0") long itemId,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String note,
            Model model,
            RedirectAttributes redirect) {
        Declarations.Declaration d;
        try {
            d = records.recordDeclaration(key, member, itemId, type, note);
        } catch (FormRefused e) {
            return refused(key, e, model);
        }
        redirect.addFlashAttribute(
                "message",
                "Declaration recorded: " + d.member() + ", " + d.type().words());
        return "redirect:/meetings/" + key + "#item-" + itemId;
    }

    @PostMapping("/meetings/{key}/approve-previous")
    String approvePrevious(@PathVariable String key, RedirectAttributes redirect) {
        Meeting previous = records.signPreviousMinutes(key);
        redirect.addFlashAttribute("message", "The minutes of " + previous.date() + " are signed as a correct record");
        return "redirect:/meetings/" + key;
    }

    /** An action marked done, audited under the board it belongs to: an action that does not exist is not found, and nothing is written. */
    @PostMapping("/actions/{id}/done")
    String actionDone(@PathVariable long id, RedirectAttributes redirect) {
        String board = records.actionDone(id, LocalDate.now(clock));
        redirect.addFlashAttribute("message", texts.get("meetings.action.done"));
        return "redirect:/boards/" + board + "#actions";
    }

    private String refused(String key, FormRefused e, Model model) {
        model.addAttribute("errors", e.errors());
        return meeting(key, model);
    }

    private String meeting(String key, Model model) {
        return MeetingController.meetingPage(pages.meeting(key), model);
    }

    /** The uploaded file's name, or null when none was chosen. */
    private static String fileName(MultipartFile file) {
        return file == null || file.isEmpty() ? null : file.getOriginalFilename();
    }

    /** The uploaded file's bytes, or null when none was chosen. */
    private static byte[] content(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getBytes();
    }
}
