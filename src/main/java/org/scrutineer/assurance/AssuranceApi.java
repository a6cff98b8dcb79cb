package org.scrutineer.assurance;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.scrutineer.assurance.domain.Framework;
import org.scrutineer.assurance.domain.RatingRule;
import org.scrutineer.platform.web.ApiProblems;
import org.scrutineer.platform.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rating rule as a service: the what-if page asks it, so the rule lives in one place. */
@RestController
public class AssuranceApi {
    private final Frameworks frameworks;

    public AssuranceApi(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    public record Rating(int total, int maximum, int statementsScored, String exact, int percentage, String rating,
                         String fraction, String distances, String ruleVersion) {
        static Rating of(RatingRule.Result r) {
            return new Rating(r.total(), r.maximum(), r.statementsScored(), r.exact().toPlainString(), r.percentage(),
                    r.rating().words(), r.fraction(), r.distances(), r.ruleVersion());
        }
    }

    @Operation(summary = "Rate a set of quality statement scores",
            description = "Parameters s1…s9 in framework order: 1 to 4, or n for not assessed. Answers the percentage, "
                    + "the rating and the distance to the neighbouring bands, by the framework's rating rule.")
    @GetMapping("/api/assurance/rating")
    public Rating rate(@RequestParam(defaultValue = AssuranceDemoData.FRAMEWORK) String framework, @RequestParam Map<String, String> params) {
        Framework f = frameworks.byVersion(framework).orElseThrow(() -> new NotFound("No framework " + framework));
        ScoreForm.Outcome outcome = ScoreForm.rate(f, frameworks.ruleOf(f.version()), params);
        if (outcome.errors().any()) {
            throw new ApiProblems.InvalidFields(outcome.errors().all());
        }
        return Rating.of(outcome.result());
    }
}
