package org.scrutineer.assurance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An assessment of a council's adult social care against a framework: the regulator's, or the council's own
 * self-assessment. Scores are held per statement (null: not assessed); the percentage and rating are never stored,
 * they come from the rating rule.
 */
public record Assessment(
        long id,
        Kind kind,
        String council,
        String frameworkVersion,
        LocalDate publishedOn,
        LocalDate siteVisitFrom,
        LocalDate siteVisitTo,
        String source,
        String summary,
        String ratingPrinted,
        boolean isPublished,
        Map<Integer, Integer> scores,
        Map<Integer, List<String>> findings,
        List<CitedMetric> metrics) {

    public enum Kind {
        REGULATOR,
        SELF
    }

    /** A national figure the assessment cites beside England's. */
    public record CitedMetric(
            Integer statementNumber,
            String name,
            String sourceDataset,
            String year,
            BigDecimal councilValue,
            BigDecimal englandValue,
            String unit,
            Comparison.Polarity polarity,
            BigDecimal ciLower,
            BigDecimal ciUpper,
            String reportWord,
            String note,
            Integer sourceLine,
            String quote) {
        public Comparison.Word computed() {
            return Comparison.compare(councilValue, englandValue, polarity, ciLower, ciUpper);
        }

        /** Whether the computed word says what the report's word says (null: the report gives no word). */
        public Boolean agrees() {
            Comparison.Direction reported = Comparison.directionOf(reportWord, polarity);
            return reported == null ? null : reported == computed().direction();
        }
    }

    /** The scores in framework order, ready for the rating rule. */
    public List<RatingRule.Score> scoresFor(Framework framework) {
        List<RatingRule.Score> list = new ArrayList<>();
        for (Framework.QualityStatement s : framework.statements()) {
            Integer v = scores.get(s.number());
            list.add(v == null ? RatingRule.Score.notAssessed(s.name()) : RatingRule.Score.of(s.name(), v));
        }
        return list;
    }
}
