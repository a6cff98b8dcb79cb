package org.scrutineer.assurance;

import java.util.Map;
import org.scrutineer.assurance.domain.Comparison;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The regulator's assessment (public once published), the what-if, the self-assessment beside it, and the regional table. */
@Controller
class AssuranceController {
    private final AssurancePages pages;
    private final SelfAssessments selfAssessments;
    private final Texts texts;

    AssuranceController(AssurancePages pages, SelfAssessments selfAssessments, Texts texts) {
        this.texts = texts;
        this.pages = pages;
        this.selfAssessments = selfAssessments;
    }

    @GetMapping("/assurance")
    String index(Model model) {
        model.addAttribute("assessments", pages.index());
        return "assurance/index";
    }

    @GetMapping("/assurance/assessments/{id}")
    String assessment(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        AssurancePages.AssessmentPage page = pages.assessment(id, params);
        model.addAttribute("rated", page.rated());
        model.addAttribute("comparisonRule", Comparison.RULE);
        model.addAttribute("whatIf", page.whatIf());
        model.addAttribute("errors", page.errors());
        model.addAttribute("values", page.values());
        return "assurance/assessment";
    }

    @GetMapping("/assurance/benchmark")
    String benchmark(Model model) {
        AssurancePages.Benchmark page = pages.benchmark();
        model.addAttribute("asAt", page.asAt());
        model.addAttribute("table", page.table());
        model.addAttribute("sum", page.table().sum());
        model.addAttribute("findings", page.table().check());
        model.addAttribute("published", page.published());
        return "assurance/benchmark";
    }

    @GetMapping("/assurance/self-assessment")
    String selfAssessment(Model model) {
        AssurancePages.SelfAssessmentPage page = pages.selfAssessment();
        model.addAttribute("regulator", page.regulator());
        model.addAttribute("self", page.self());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute("values", page.values());
        }
        return "assurance/self-assessment";
    }

    @PostMapping("/assurance/self-assessment")
    String saveSelfAssessment(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        ScoreForm.Outcome outcome = selfAssessments.save(params);
        if (outcome.errors().any()) {
            model.addAttribute("errors", outcome.errors());
            model.addAttribute("values", outcome.values());
            return selfAssessment(model);
        }
        redirect.addFlashAttribute("message", texts.get("assurance.selfAssessment.saved"));
        return "redirect:/assurance/self-assessment";
    }
}
