package org.scrutineer.assurance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(
        name = "Assurance",
        description = "The CQC assessment's rating rule: the percentage, rating and distance to the neighbouring bands")
class AssuranceApi {
    private static final String SCORE = "Score for the framework's quality statement ";
    private static final String SCORE_PATTERN = "^\\s*([1-4]|[nN])\\s*$";
    private final Frameworks frameworks;

    public AssuranceApi(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    public record Rating(
            int total,
            int maximum,
            int statementsScored,
            String exact,
            int percentage,
            String rating,
            String fraction,
            String distances,
            String ruleVersion) {
        static Rating of(RatingRule.Result r) {
            return new Rating(
                    r.total(),
                    r.maximum(),
                    r.statementsScored(),
                    r.exact().toPlainString(),
                    r.percentage(),
                    r.rating().words(),
                    r.fraction(),
                    r.distances(),
                    r.ruleVersion());
        }
    }

    @Operation(
            operationId = "rateScores",
            summary = "Rate a set of quality statement scores",
            description = "Parameters s1…s9 in framework order: 1 to 4, or n for not assessed. Answers the percentage, "
                    + "the rating and the distance to the neighbouring bands, by the framework's rating rule.")
    @Parameters({
        @Parameter(
                name = "s1",
                in = ParameterIn.QUERY,
                required = true,
                description = SCORE + "1",
                schema = @Schema(type = "string", pattern = SCORE_PATTERN)),
        @Parameter(
                name = "s2",
                in = ParameterIn.QUERY,
                required = true,
                description = SCORE + "2",
                schema = @Schema(type = "string", pattern = SCORE_PATTERN)),
        @Parameter(
                name = "s3",
                in = ParameterIn.QUERY,
                required = true,
                description = SCORE + "3",
                schema = @Schema(type = "string", pattern = SCORE_PATTERN)),
        @Parameter(
                name = "s4",
                in = ParameterIn.QUERY,
                required = true,
                description = SCORE + "4",
                schema = @Schema(type = "string", pattern = SCORE_PATTERN)),
        @Parameter(
                name = "s5",
                in = ParameterIn.QUERY,
                required = true,
                description = SCORE + "5",
                schema = @Schema(type = "string", pattern = SCORE_PATTERN)),
        @Parameter(
                name = "s6",
                in = ParameterIn.QUERY,
                required = true,
                description = SCORE + "6",
                schema = @Schema(type = "string", pattern = SCORE_PATTERN)),
        @Parameter(
                name = "s7",
                in = ParameterIn.QUERY,
                required = true,
                description = SCORE + "7",
                schema = @Schema(type = "string", pattern = SCORE_PATTERN)),
        @Parameter(
                name = "s8",
                in = ParameterIn.QUERY,
                required = true,
                description = SCORE + "8",
                schema = @Schema(type = "string", pattern = SCORE_PATTERN)),
        @Parameter(
                name = "s9",
                in = ParameterIn.QUERY,
                required = true,
                description = SCORE + "9",
                schema = @Schema(type = "string", pattern = SCORE_PATTERN))
    })
    @ApiResponse(responseCode = "200", description = "The rating", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound") // a framework that is not held
    @GetMapping("/api/assurance/rating")
    public Rating rate(
            @Parameter(
                            description =
                                    "The framework's version; left out, the one the latest published assessment was made under")
                    @RequestParam(required = false)
                    String framework,
            @Parameter(hidden = true) @RequestParam Map<String, String> params) {
        String version = framework == null || framework.isBlank()
                ? frameworks.currentVersion().orElseThrow(() -> new NotFound("No assessment framework is held yet"))
                : framework;
        Framework f = frameworks.byVersion(version).orElseThrow(() -> new NotFound("No framework " + version));
        ScoreForm.Outcome outcome = ScoreForm.rate(f, frameworks.ruleOf(f.version()), params);
        if (outcome.errors().any()) {
            throw new ApiProblems.InvalidFields(outcome.errors().all());
        }
        return Rating.of(outcome.result());
    }
}
