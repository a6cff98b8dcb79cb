package org.scrutineer.meetings;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.meetings.domain.ReportTemplate;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.LondonTime;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An author writes an item's report in the council's standard template; Scrutineer makes the PDF paper from it. */
@Controller
class ReportAuthoringController {
    private final Meetings meetings;
    private final PaperRenderer papers;
    private final MeetingRecords records;
    private final Texts texts;

    ReportAuthoringController(Meetings meetings, PaperRenderer papers, MeetingRecords records, Texts texts) {
        this.meetings = meetings;
        this.papers = papers;
        this.records = records;
        this.texts = texts;
    }

    private record Found(Meeting meeting, AgendaItem item) {}

    private Found find(String key, long itemId) {
        Meeting m = meetings.byKey(key).orElseThrow(() -> new NotFound("No meeting " + key));
        AgendaItem item = m.items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFound("No item " + itemId));
        return new Found(m, item);
    }

    @GetMapping("/meetings/{key}/items/{itemId}/report")
    public String form(@PathVariable String key, @PathVariable long itemId, Model model) {
        Found f = find(key, itemId);
        model.addAttribute("meeting", f.meeting());
        model.addAttribute("item", f.item());
        model.addAttribute("sections", ReportTemplate.SECTIONS);
        model.addAttribute("priorities", ReportTemplate.PRIORITIES);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            Map<String, String> form = new LinkedHashMap<>();
            form.put("reportingOfficer", f.item().reportingOfficer());
            form.put("portfolio", f.item().portfolio());
            form.put(
                    "wards",
                    f.item().wards().isBlank() ? "Borough-wide" : f.item().wards());
            model.addAttribute("form", form);
        }
        return "meetings/report-form";
    }

    @PostMapping("/meetings/{key}/items/{itemId}/report")
    public String write(
            @PathVariable String key,
            @PathVariable long itemId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Found f = find(key, itemId);
        FormErrors errors = new FormErrors();
        if (params.getOrDefault("reportingOfficer", "").isBlank()) {
            errors.add("reportingOfficer", texts.get("meetings.report.reportingOfficer.required"));
        }
        for (String field : List.of("reportingOfficer", "portfolio", "wards")) {
            if (params.getOrDefault(field, "").trim().length() > ReportTemplate.MAX_HEADER) {
                errors.add(
                        field,
                        texts.get(
                                "meetings.report.header.tooLong",
                                field.equals("reportingOfficer") ? "reporting officer" : field,
                                ReportTemplate.MAX_HEADER));
            }
        }
        for (ReportTemplate.Section s : java.util.stream.Stream.concat(
                        ReportTemplate.SECTIONS.stream(), ReportTemplate.PRIORITIES.stream())
                .toList()) {
            if (ReportTemplate.REQUIRED.contains(s.field())
                    && params.getOrDefault(s.field(), "").isBlank()) {
                errors.add(
                        s.field(),
                        texts.get(
                                "meetings.report.section.required", s.heading().toLowerCase(Locale.ROOT), s.number()));
            } else if (params.getOrDefault(s.field(), "").length() > ReportTemplate.MAX_SECTION) {
                errors.add(
                        s.field(),
                        texts.get(
                                "meetings.report.section.tooLong",
                                s.number(),
                                String.format(Locale.UK, "%,d", ReportTemplate.MAX_SECTION)));
            }
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("form", params);
            return form(key, itemId, model);
        }
        List<Map.Entry<String, String>> header = new ArrayList<>();
        List<String> values = List.of(
                f.meeting().boardName(),
                LondonTime.date(f.meeting().date()),
                params.get("reportingOfficer").trim(),
                params.getOrDefault("portfolio", "").trim(),
                f.item().title(),
                params.getOrDefault("wards", "").trim());
        for (int i = 0; i < ReportTemplate.HEADER.size(); i++) {
            header.add(new AbstractMap.SimpleEntry<>(ReportTemplate.HEADER.get(i), values.get(i)));
        }
        List<PaperRenderer.Section> sections = new ArrayList<>();
        for (ReportTemplate.Section s : ReportTemplate.SECTIONS) {
            if (s.field().equals("priorities")) {
                sections.add(
                        new PaperRenderer.Section(s.number() + " " + s.heading().toUpperCase(Locale.ROOT), List.of()));
                for (ReportTemplate.Section p : ReportTemplate.PRIORITIES) {
                    sections.add(new PaperRenderer.Section(
                            p.number() + " " + p.heading(), paragraphs(params.get(p.field()))));
                }
            } else {
                sections.add(new PaperRenderer.Section(
                        s.number() + " " + s.heading().toUpperCase(Locale.ROOT), paragraphs(params.get(s.field()))));
            }
        }
        byte[] pdf = papers.render(new PaperRenderer.Paper(header, f.item().title(), "", sections));
        String fileName = PaperRenderer.fileName(f.item().title());
        AgendaPacks.Paper paper = AgendaPacks.read(fileName, pdf);
        records.addPaper(
                key,
                itemId,
                f.item().title(),
                "REPORT",
                new MeetingRecords.Upload(fileName, pdf, paper),
                f.item().title() + " (written in Scrutineer)",
                Map.of("pages", paper.pages()));
        redirect.addFlashAttribute(
                "message", texts.get("meetings.report.written", f.item().title()));

        return "redirect:/meetings/" + key + "#item-" + itemId;
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of(ReportTemplate.NONE);
        }
        return text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }
}
