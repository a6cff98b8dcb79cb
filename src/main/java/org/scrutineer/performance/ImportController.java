package org.scrutineer.performance;

import java.io.IOException;
import java.io.InputStream;
import org.scrutineer.platform.imports.ImportRejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The officers' upload page for indicator definitions, figures and targets (CSV or XLSX). */
@Controller
class ImportController {
    private final FigureImport figures;
    private final IndicatorImport indicators;

    public ImportController(FigureImport figures, IndicatorImport indicators) {
        this.figures = figures;
        this.indicators = indicators;
    }

    @GetMapping("/import")
    public String form(Model model) {
        model.addAttribute("figureColumns", String.join(",", FigureImport.COLUMNS));
        model.addAttribute("indicatorColumns", String.join(",", IndicatorImport.COLUMNS));
        return "performance/import";
    }

    @PostMapping("/import")
    public String upload(
            @RequestParam(defaultValue = "figures") String layout,
            @RequestParam(required = false) MultipartFile file,
            Model model) {
        form(model);
        model.addAttribute("layoutChosen", layout);
        if (file == null
                || file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isEmpty())) {
            model.addAttribute("fileError", "Select a CSV or XLSX file");
            return "performance/import";
        }
        String name = file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            if (layout.equals("indicators")) {
                int n = indicators.importFile(name, in);
                model.addAttribute("message", n + " indicator definitions imported from " + name);
            } else {
                FigureImport.Result r = figures.importFile(name, in);
                model.addAttribute(
                        "message",
                        String.format(
                                "%,d rows imported from %s: %,d new, %,d corrected (import %d)",
                                r.rows(), name, r.created(), r.updated(), r.importId()));
            }
        } catch (ImportRejected e) {
            model.addAttribute("rejected", e);
            model.addAttribute("rowErrors", e.errors());
            model.addAttribute(
                    "fileError", e.getMessage() + ". Nothing was imported: correct the file and upload it again.");
        } catch (IOException e) {
            model.addAttribute("fileError", "The file could not be read: " + e.getMessage());
        }
        return "performance/import";
    }
}
