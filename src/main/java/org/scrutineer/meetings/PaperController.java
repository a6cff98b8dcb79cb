package org.scrutineer.meetings;

import java.io.IOException;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The committee officer replaces an item's paper with a corrected file, or removes it (officers only, as every POST). */
@Controller
class PaperController {
    private final Meetings meetings;
    private final MeetingPapers papers;
    private final AgendaPacks packs;
    private final Texts texts;

    PaperController(Meetings meetings, MeetingPapers papers, AgendaPacks packs, Texts texts) {
        this.meetings = meetings;
        this.papers = papers;
        this.packs = packs;
        this.texts = texts;
    }

    @PostMapping("/meetings/{key}/items/{itemId}/documents/{documentId}/replace")
    public String replace(
            @PathVariable String key,
            @PathVariable long itemId,
            @PathVariable long documentId,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        Meetings.Paper paper = paper(key, itemId, documentId);
        String field = "replace-" + documentId;
        AgendaPacks.Paper read = null;
        String refusal = null;
        if (file == null || file.isEmpty()) {
            refusal = texts.get("meetings.paper.replace.required", paper.title());

        } else {
            try {
                read = AgendaPacks.read(file.getOriginalFilename(), file.getBytes());
            } catch (AgendaPacks.PaperRefused e) {
                refusal = e.getMessage();
            }
        }
        if (refusal != null) {
            FormErrors errors = new FormErrors();
            errors.add(field, refusal);
            redirect.addFlashAttribute("errors", errors);
            return "redirect:/meetings/" + key + "#" + field;
        }
        papers.replace(paper, file.getOriginalFilename(), file.getBytes(), read);
        redirect.addFlashAttribute(
                "message",
                paper.title() + " replaced with " + file.getOriginalFilename()
                        + afterPublication(key, itemId, "publish a new version or a supplement to carry the new one"));
        return "redirect:/meetings/" + key + "#item-" + itemId;
    }

    @PostMapping("/meetings/{key}/items/{itemId}/documents/{documentId}/remove")
    public String remove(
            @PathVariable String key,
            @PathVariable long itemId,
            @PathVariable long documentId,
            RedirectAttributes redirect) {
        Meetings.Paper paper = paper(key, itemId, documentId);
        papers.remove(paper);
        redirect.addFlashAttribute(
                "message",
                paper.title() + " removed" + afterPublication(key, itemId, "publish a new version to take it out"));
        return "redirect:/meetings/" + key + "#item-" + itemId;
    }

    private Meetings.Paper paper(String key, long itemId, long documentId) {
        return meetings.paper(key, itemId, documentId)
                .orElseThrow(() -> new NotFound("No paper " + documentId + " of item " + itemId + " of " + key));
    }

    /** What the officer should know when a published pack carried the item. */
    private String afterPublication(String key, long itemId, String then) {
        Meeting m = meetings.byKey(key).orElseThrow();
        boolean open = m.items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .map(AgendaItem::isPublic)
                .orElse(false);
        return open && packs.latest(m.id()).isPresent()
                ? ". The published agenda pack keeps the paper as it was: " + then
                : "";
    }
}
