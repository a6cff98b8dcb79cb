package org.scrutineer.benchmarking;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.benchmarking.domain.CiMethod;
import org.scrutineer.benchmarking.domain.Polarity;
import org.scrutineer.benchmarking.domain.ValueType;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The benchmarking pages: indicators, each with its charts and tables, the spine chart, and the officers' forms. */
@Controller
public class BenchmarkController {
    private final BenchmarkPages pages;
    private final Benchmarks benchmarks;
    private final BenchmarkImport imports;

    public BenchmarkController(BenchmarkPages pages, Benchmarks benchmarks, BenchmarkImport imports) {
        this.pages = pages;
        this.benchmarks = benchmarks;
        this.imports = imports;
    }

    @GetMapping("/benchmark")
    public String list(Model model) {
        model.addAttribute("summaries", pages.summaries());
        model.addAttribute("council", benchmarks.council());
        return "benchmarking/indicators";
    }

    @GetMapping("/benchmark/spine")
    public String spine(Model model) {
        model.addAttribute("spine", pages.spine());
        return "benchmarking/spine";
    }

    @GetMapping("/benchmark/indicators/{id}")
    public String indicator(@PathVariable int id, Model model) {
        model.addAttribute("page", pages.page(id));
        return "benchmarking/indicator";
    }

    @GetMapping("/benchmark/indicators/{id}/settings")
    public String settings(@PathVariable int id, Model model) {
        model.addAttribute("indicator", benchmarks.indicator(id));
        options(model);
        return "benchmarking/settings";
    }

    @PostMapping("/benchmark/indicators/{id}/settings")
    public String change(
            @PathVariable int id,
            @RequestParam(required = false) String polarity,
            @RequestParam(required = false) String valueType,
            @RequestParam(required = false) String multiplier,
            @RequestParam(required = false) String ciMethod,
            @RequestParam(required = false) String comparisonLevel,
            @RequestParam(required = false) String publicDisplay,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Double m = number(multiplier, "multiplier", errors);
        Double level = number(comparisonLevel, "comparisonLevel", errors);
        if (errors.isEmpty()) {
            try {
                benchmarks.change(
                        id,
                        new Benchmarks.Change(polarity, valueType, m, ciMethod, level, "yes".equals(publicDisplay)));
                redirect.addFlashAttribute("message", "Settings saved: every comparison and trend now follows them");
                return "redirect:/benchmark/indicators/" + id;
            } catch (Benchmarks.InvalidSettings e) {
                errors.putAll(e.reasons());
            }
        }
        model.addAttribute("indicator", benchmarks.indicator(id));
        model.addAttribute("errors", FormErrors.of(errors));
        options(model);
        return "benchmarking/settings";
    }

    @GetMapping("/benchmark/import")
    public String importForm() {
        return "benchmarking/import";
    }

    @PostMapping("/benchmark/import")
    public String upload(@RequestParam(required = false) MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Select a Fingertips download: a CSV or XLSX file");
            return "benchmarking/import";
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("summary", imports.importFile(file.getOriginalFilename(), in));
        } catch (ImportRejected e) {
            model.addAttribute("rejected", e);
            model.addAttribute("rowErrors", e.errors());
            model.addAttribute(
                    "fileError", e.getMessage() + ". Nothing was imported: correct the file and upload it again.");
        } catch (IOException e) {
            model.addAttribute("fileError", "The file could not be read: " + e.getMessage());
        }
        return "benchmarking/import";
    }

    @GetMapping("/benchmark/council")
    public String council(Model model) {
        Benchmarks.Council council = benchmarks.council();
        model.addAttribute("council", council);
        model.addAttribute("peersText", String.join("\n", new java.util.TreeSet<>(council.peers())));
        return "benchmarking/council";
    }

    @PostMapping("/benchmark/council")
    public String configure(
            @RequestParam(defaultValue = "") String areaCode,
            @RequestParam(defaultValue = "") String areaName,
            @RequestParam(defaultValue = "") String peerGroup,
            @RequestParam(defaultValue = "") String peers,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = areaCode.trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z][0-9]{8}")) {
            errors.put("areaCode", "Enter the council's ONS area code, like E06000006");
        }
        if (areaName.isBlank()) {
            errors.put("areaName", "Enter the council's area name, like Halton");
        }
        List<String> codes = Arrays.stream(peers.split("[\\s,]+"))
                .map(s -> s.trim().toUpperCase(java.util.Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        List<String> bad =
                codes.stream().filter(c -> !c.matches("[A-Z][0-9]{8}")).toList();
        if (!bad.isEmpty()) {
            errors.put("peers", "These are not ONS area codes: " + String.join(", ", bad));
        }
        if (!errors.isEmpty()) {
            model.addAttribute(
                    "council", new Benchmarks.Council(areaCode, areaName, peerGroup, java.util.Set.copyOf(codes)));
            model.addAttribute("peersText", peers);
            model.addAttribute("errors", FormErrors.of(errors));
            return "benchmarking/council";
        }
        benchmarks.configure(code, areaName.trim(), peerGroup.isBlank() ? "Peer group" : peerGroup.trim(), codes);
        redirect.addFlashAttribute("message", "The council's area and peer group are saved");
        return "redirect:/benchmark";
    }

    private static Double number(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            errors.put(field, "'" + text + "' is not a number");
            return null;
        }
    }

    private static void options(Model model) {
        model.addAttribute("polarities", Polarity.values());
        model.addAttribute("valueTypes", ValueType.values());
        model.addAttribute("ciMethods", CiMethod.values());
        model.addAttribute("multipliers", org.scrutineer.benchmarking.domain.IndicatorSettings.MULTIPLIERS);
    }
}
