package org.scrutineer.moderngov;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.FormErrors;
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

    ModernGovController(ModernGovImport importer) {
        this.importer = importer;
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
            errors.add("baseUrl", "Enter the ModernGov site's address, such as https://democracy.example.gov.uk");
        }
        List<Long> ids = new ArrayList<>();
        for (String c : committees.split("[,\\s]+")) {
            if (!c.isBlank()) {
                try {
                    ids.add(Long.parseLong(c.strip()));
                } catch (NumberFormatException e) {
                    errors.add(
                            "committees",
                            "Committees are the site's committee numbers, separated by commas, such as 144, 310");
                }
            }
        }
        LocalDate fromDay = day(from, "from", "Enter the first day of the window as a date like 2025-01-01", errors);
        LocalDate toDay = day(to, "to", "Enter the last day of the window as a date like 2026-12-31", errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.add("to", "The last day must be on or after the first");
        }
        if (errors.none()) {
            try {
                ModernGovImport.Summary s = importer.addAndImport(baseUrl, ids, fromDay, toDay, CurrentUser.name());
                redirect.addFlashAttribute("message", "Imported from " + s.baseUrl() + ": " + s.words());
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
            redirect.addFlashAttribute("message", "Imported from " + s.baseUrl() + ": " + s.words());
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
