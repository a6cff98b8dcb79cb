package org.scrutineer.assurance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.assurance.domain.Framework;
import org.scrutineer.assurance.domain.RatingRule;
import org.scrutineer.platform.web.FormErrors;

/**
 * One score field per quality statement, named s1…s9 in framework order: "1" to "4", or "n" for not assessed. Reads
 * what was typed; the rating rule alone decides what is acceptable, and its problems are put against their fields.
 */
final class ScoreForm {
    public static final String NOT_ASSESSED = "n";

    private ScoreForm() {}

    public static String field(Framework.QualityStatement s) {
        return "s" + s.number();
    }

    /** The form's values, from an assessment's scores. */
    public static Map<String, String> values(Framework framework, Map<Integer, Integer> scores) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Framework.QualityStatement s : framework.statements()) {
            Integer v = scores.get(s.number());
            values.put(field(s), v == null ? NOT_ASSESSED : v.toString());
        }
        return values;
    }

    /** The outcome of rating what was typed: a result, or errors against their fields. */
    public record Outcome(RatingRule.Result result, FormErrors errors, Map<String, String> values) {}

    public static Outcome rate(Framework framework, RatingRule rule, Map<String, String> params) {
        FormErrors errors = new FormErrors();
        Map<String, String> values = new LinkedHashMap<>();
        List<RatingRule.Score> scores = new ArrayList<>();
        List<Framework.QualityStatement> statements = framework.statements();
        for (Framework.QualityStatement s : statements) {
            String raw = params.getOrDefault(field(s), "").trim();
            values.put(field(s), raw);
            if (raw.equalsIgnoreCase(NOT_ASSESSED)) {
                scores.add(RatingRule.Score.notAssessed(s.name()));
            } else if (raw.isEmpty()) {
                scores.add(RatingRule.Score.of(s.name(), null));
            } else {
                try {
                    scores.add(RatingRule.Score.of(s.name(), Integer.valueOf(raw)));
                } catch (NumberFormatException e) {
                    errors.add(
                            field(s),
                            "The score for " + s.name() + " must be a whole number from 1 to 4, not \u201c" + raw
                                    + "\u201d");
                    scores.add(RatingRule.Score.notAssessed(s.name()));
                }
            }
        }
        if (errors.any()) {
            return new Outcome(null, errors, values);
        }
        try {
            return new Outcome(rule.rate(scores, statements.size()), errors, values);
        } catch (RatingRule.InvalidScores e) {
            for (RatingRule.Problem p : e.problems()) {
                errors.add(p.index() < 0 ? field(statements.get(0)) : field(statements.get(p.index())), p.message());
            }
            return new Outcome(null, errors, values);
        }
    }
}
