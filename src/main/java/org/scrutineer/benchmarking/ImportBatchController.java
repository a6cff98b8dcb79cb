package org.scrutineer.benchmarking;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' pages of Fingertips imports: every batch, one batch, and approving its figures for public display. */
@Controller
class ImportBatchController {
    private final ImportBatches batches;

    ImportBatchController(ImportBatches batches) {
        this.batches = batches;
    }

    @GetMapping("/benchmark/imports")
    public String list(Model model) {
        model.addAttribute("batches", batches.all());
        return "benchmarking/imports";
    }

    @GetMapping("/benchmark/imports/{id}")
    public String batch(@PathVariable long id, Model model) {
        model.addAttribute("page", batches.page(id));
        return "benchmarking/batch";
    }

    @PostMapping("/benchmark/imports/{id}/approve")
    public String approve(@PathVariable long id, RedirectAttributes redirect) {
        int approved = batches.approve(id);
        redirect.addFlashAttribute(
                "message",
                approved == 1
                        ? "1 indicator's figures are now shown to everyone"
                        : approved + " indicators' figures are now shown to everyone");
        return "redirect:/benchmark/imports/" + id;
    }
}
