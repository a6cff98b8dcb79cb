package org.scrutineer.moderngov;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' page of ModernGov sources: add one, refresh one now, and read what the last import met. */
@Controller
class ModernGovController {
    private final ModernGovImport importer;
    private final Texts texts;

    ModernGovController(ModernGovImport importer, Texts texts) {
        this.importer = importer;
        this.texts = texts;
    }

    @GetMapping("/admin/moderngov")
    public String sources(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        model.addAttribute("sources", importer.sources());
        return "moderngov/sources";
    }

    @PostMapping("/admin/moderngov")
    public String add(
            @RequestParam(defaultValue = "") String baseUrl,
            @RequestParam(defaultValue = "") String committees,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (baseUrl.isBlank()) {
            errors.add("baseUrl", texts.get("moderngov.source.baseUrl.required"));
        }
        List<Long> ids = new ArrayList<>();
        for (String c : committees.split("[,\\s]+")) {
            if (!c.isBlank()) {
                try {
                    ids.add(Long.parseLong(c.strip()));
                } catch (NumberFormatException e) {
                    errors.add("committees", texts.get("moderngov.source.committees.invalid"));
                }
            }
        }
        LocalDate fromDay = day(from, "from", texts.get("moderngov.source.from.invalid"), errors);
        LocalDate toDay = day(to, "to", texts.get("moderngov.source.to.invalid"), errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add("to", texts.get("moderngov.source.to.beforeFrom"));
        }
        if (errors.none()) {
            try {
                ModernGovImport.Summary s = importer.addAndImport(baseUrl, ids, fromDay, toDay, CurrentUser.name());
                redirect.addFlashAttribute("message", texts.get("moderngov.source.imported", s.baseUrl(), s.words()));
            } catch (ModernGovSite.Refused | ModernGovSite.Unreachable e) {
                errors.add("baseUrl", e.getMessage());
            }
        }
        if (errors.any()) {
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/admin/moderngov";
    }

    @PostMapping("/admin/moderngov/{id}/refresh")
    public String refresh(@PathVariable long id, RedirectAttributes redirect) {
        try {
            ModernGovImport.Summary s = importer.refresh(id, CurrentUser.name());
            redirect.addFlashAttribute("message", texts.get("moderngov.source.imported", s.baseUrl(), s.words()));

        } catch (ModernGovSite.Refused | ModernGovSite.Unreachable e) {
            FormErrors errors = new FormErrors();
            errors.add("source-" + id, e.getMessage());
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/admin/moderngov";
    }

    private static LocalDate day(String text, String field, String message, FormErrors errors) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, message);
            return null;
        }
    }
}
