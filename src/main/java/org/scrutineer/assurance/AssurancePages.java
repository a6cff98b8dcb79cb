package org.scrutineer.assurance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.scrutineer.assurance.domain.Assessment;
import org.scrutineer.assurance.domain.Framework;
import org.scrutineer.assurance.domain.RatingRule;
import org.scrutineer.assurance.domain.RegionalTable;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the assurance pages show, one method a page, each read in one transaction: every assessment with its rating by
 * its framework's one rule. Public visitors see published assessments only; drafts are the council's, for every
 * councillor and officer ({@link Access}).
 */
@Service
@Transactional(readOnly = true)
class AssurancePages {
    private final Assessments assessments;
    private final Frameworks frameworks;
    private final Access access;

    AssurancePages(Assessments assessments, Frameworks frameworks, Access access) {
        this.assessments = assessments;
        this.frameworks = frameworks;
        this.access = access;
    }

    /** An assessment with its framework and computed rating, as every page shows it. */
    record Rated(Assessment assessment, Framework framework, RatingRule.Result result) {}

    /** An assessment, and the what-if rating of the scores in the form if some were given (else null). */
    record AssessmentPage(Rated rated, RatingRule.Result whatIf, FormErrors errors, Map<String, String> values) {}

    /** The latest regional table, as at its date, beside the published regulator's assessment (null if none). */
    record Benchmark(LocalDate asAt, RegionalTable table, Rated published) {}

    /** The regulator's assessment and the council's own beside it (null until first saved), with its scores. */
    record SelfAssessmentPage(Rated regulator, Rated self, Map<String, String> values) {}

    List<Rated> index() {
        return assessments.all().stream()
                .filter(a -> a.isPublished() || access.mayReadCouncilDrafts())
                .map(this::rated)
                .toList();
    }

    /** An assessment; with scores in the form (fields s1, s2, …), what it would be rated with them instead. */
    AssessmentPage assessment(long id, Map<String, String> params) {
        Assessment a = assessments
                .byId(id)
                .filter(x -> x.isPublished() || access.mayReadCouncilDrafts())
                .orElseThrow(() -> new NotFound("No assessment " + id));
        Rated rated = rated(a);
        boolean whatIf = params.keySet().stream().anyMatch(k -> k.matches("s\\d+"));
        if (whatIf) {
            ScoreForm.Outcome outcome = ScoreForm.rate(
                    rated.framework(), frameworks.ruleOf(rated.framework().version()), params);
            return new AssessmentPage(rated, outcome.result(), outcome.errors(), outcome.values());
        }
        return new AssessmentPage(rated, null, new FormErrors(), ScoreForm.values(rated.framework(), a.scores()));
    }

    Benchmark benchmark() {
        var latest = assessments.latestRegions().orElseThrow(() -> new NotFound("No regional table has been entered"));
        return new Benchmark(
                latest.getKey(),
                latest.getValue(),
                assessments.all().stream()
                        .filter(a -> a.kind() == Assessment.Kind.REGULATOR && a.isPublished())
                        .findFirst()
                        .map(this::rated)
                        .orElse(null));
    }

    SelfAssessmentPage selfAssessment() {
        Rated regulator = regulator();
        Rated self = assessments.all().stream()
                .filter(a -> a.kind() == Assessment.Kind.SELF)
                .findFirst()
                .map(this::rated)
                .orElse(null);
        return new SelfAssessmentPage(
                regulator,
                self,
                self == null
                        ? Map.of()
                        : ScoreForm.values(self.framework(), self.assessment().scores()));
    }

    /** The regulator's assessment, which the self-assessment is scored against. */
    Rated regulator() {
        return assessments.all().stream()
                .filter(a -> a.kind() == Assessment.Kind.REGULATOR)
                .findFirst()
                .map(this::rated)
                .orElseThrow(() -> new NotFound("No regulator's assessment to compare with"));
    }

    private Rated rated(Assessment a) {
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
}
