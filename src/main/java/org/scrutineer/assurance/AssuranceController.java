package org.scrutineer.assurance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.assurance.domain.Assessment;
import org.scrutineer.assurance.domain.Framework;
import org.scrutineer.assurance.domain.RatingRule;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.NotFound;
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
    private final Assessments assessments;
    private final Frameworks frameworks;
    private final java.time.Clock clock;
    private final Access access;
    private final SelfAssessments selfAssessments;
    private final Texts texts;

    public AssuranceController(
            Assessments assessments,
            Frameworks frameworks,
            java.time.Clock clock,
            Access access,
            SelfAssessments selfAssessments,
            Texts texts) {
        this.selfAssessments = selfAssessments;
        this.clock = clock;
        this.access = access;
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.texts = texts;
    }

    /** An assessment with its framework and computed rating, as every page shows it. */
    public record Rated(Assessment assessment, Framework framework, RatingRule.Result result) {}

    Rated rated(Assessment a) {
        Framework f = frameworks.byVersion(a.frameworkVersion()).orElseThrow();
        RatingRule.Result result;
        try {
            result = frameworks
                    .ruleOf(f.version())
                    .rate(a.scoresFor(f), f.statements().size());
        } catch (RatingRule.InvalidScores e) {
            result = null; // a self-assessment still being scored
        }
        return new Rated(a, f, result);
    }

    /** Public visitors see published assessments only; drafts are the council's, for every councillor and officer. */
    private List<Assessment> visible() {
        return assessments.all().stream()
                .filter(a -> a.isPublished() || access.mayReadCouncilDrafts())
                .toList();
    }

    @GetMapping("/assurance")
    public String index(Model model) {
        model.addAttribute("assessments", visible().stream().map(this::rated).toList());
        return "assurance/index";
    }

    @GetMapping("/assurance/assessments/{id}")
    public String assessment(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        Assessment a = assessments
                .byId(id)
                .filter(x -> x.isPublished() || access.mayReadCouncilDrafts())
                .orElseThrow(() -> new NotFound("No assessment " + id));
        Rated rated = rated(a);
        model.addAttribute("rated", rated);
        model.addAttribute("comparisonRule", org.scrutineer.assurance.domain.Comparison.RULE);
        model.addAttribute("countsRule", org.scrutineer.assurance.domain.Comparison.COUNTS_RULE);
        boolean whatIf = params.keySet().stream().anyMatch(k -> k.matches("s\\d+"));
        if (whatIf) {
            ScoreForm.Outcome outcome = ScoreForm.rate(
                    rated.framework(), frameworks.ruleOf(rated.framework().version()), params);
            model.addAttribute("whatIf", outcome.result());
            model.addAttribute("errors", outcome.errors());
            model.addAttribute("values", outcome.values());
        } else {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute("values", ScoreForm.values(rated.framework(), a.scores()));
        }
        return "assurance/assessment";
    }

    @GetMapping("/assurance/benchmark")
    public String benchmark(Model model) {
        var latest = assessments.latestRegions().orElseThrow(() -> new NotFound("No regional table has been entered"));
        model.addAttribute("asAt", latest.getKey());
        model.addAttribute("table", latest.getValue());
        model.addAttribute("sum", latest.getValue().sum());
        model.addAttribute("findings", latest.getValue().check());
        model.addAttribute(
                "published",
                assessments.all().stream()
                        .filter(a -> a.kind() == Assessment.Kind.REGULATOR && a.isPublished())
                        .findFirst()
                        .map(this::rated)
                        .orElse(null));
        return "assurance/benchmark";
    }

    @GetMapping("/assurance/self-assessment")
    public String selfAssessment(Model model) {
        Rated regulator = assessments.all().stream()
                .filter(a -> a.kind() == Assessment.Kind.REGULATOR)
                .findFirst()
                .map(this::rated)
                .orElseThrow(() -> new NotFound("No regulator's assessment to compare with"));
        Rated self = assessments.all().stream()
                .filter(a -> a.kind() == Assessment.Kind.SELF)
                .findFirst()
                .map(this::rated)
                .orElse(null);
        model.addAttribute("regulator", regulator);
        model.addAttribute("self", self);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
            model.addAttribute(
                    "values",
                    self == null
                            ? Map.of()
                            : ScoreForm.values(
                                    self.framework(), self.assessment().scores()));
        }
        return "assurance/self-assessment";
    }

    @PostMapping("/assurance/self-assessment")
    public String saveSelfAssessment(
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Rated regulator = assessments.all().stream()
                .filter(a -> a.kind() == Assessment.Kind.REGULATOR)
                .findFirst()
                .map(this::rated)
                .orElseThrow(() -> new NotFound("No regulator's assessment to compare with"));
        Framework f = regulator.framework();
        ScoreForm.Outcome outcome = ScoreForm.rate(f, frameworks.ruleOf(f.version()), params);
        if (outcome.errors().any()) {
            model.addAttribute("errors", outcome.errors());
            model.addAttribute("values", outcome.values());
            return selfAssessment(model);
        }
        Map<Integer, Integer> scores = new LinkedHashMap<>();
        for (Framework.QualityStatement s : f.statements()) {
            String v = outcome.values().get(ScoreForm.field(s));
            scores.put(s.number(), v.equalsIgnoreCase(ScoreForm.NOT_ASSESSED) ? null : Integer.valueOf(v));
        }
        selfAssessments.save(regulator.assessment().council(), f.version(), java.time.LocalDate.now(clock), scores);
        redirect.addFlashAttribute("message", texts.get("assurance.selfAssessment.saved"));
        return "redirect:/assurance/self-assessment";
    }
}
