package org.scrutineer.meetings;

import org.scrutineer.platform.web.DownloadNames;
import org.scrutineer.platform.web.FormErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Meetings on the public website: the calendar, a meeting's "Agenda and minutes" page (with the committee officer's
 * forms on it for those who may use them), its agenda pack and its papers. The officer's writes are
 * {@link CommitteeOfficerController}'s.
 */
@Controller
class MeetingController {
    private final MeetingPages pages;

    MeetingController(MeetingPages pages) {
        this.pages = pages;
    }

    @GetMapping("/meetings")
    String calendar(Model model) {
        MeetingPages.Calendar calendar = pages.calendar();
        model.addAttribute("months", calendar.months());
        model.addAttribute("boards", calendar.boards());
        return "meetings/calendar";
    }

    @GetMapping("/meetings/{key}")
    String meeting(@PathVariable String key, Model model) {
        return meetingPage(pages.meeting(key), model);
    }

    /** The meeting page, with the errors of a form already in the model if one was refused. */
    static String meetingPage(MeetingPages.MeetingPage page, Model model) {
        model.addAllAttributes(page.attributes());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "meetings/meeting";
    }

    @GetMapping("/meetings/{key}/pack.pdf")
    ResponseEntity<byte[]> pack(@PathVariable String key, @RequestParam(required = false) Integer version) {
        return pdfResponse(pages.pack(key, version));
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return pdfResponse(pages.document(id));
    }

    static ResponseEntity<byte[]> pdfResponse(MeetingPages.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.inline(download.fileName()))
                .body(download.pdf());
    }
}
