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
            String quote,
            // where the source gives them (a percentage's numerator and denominator); the seed prints none
            BigDecimal count,
            BigDecimal denominator) {
        /** The count and denominator of a percentage are known: the benchmarking module's rule applies. */
        public boolean countsKnown() {
            return count != null && denominator != null && "percent".equals(unit);
        }

        public Comparison.Word computed() {
            return countsKnown()
                    ? Comparison.compareByCounts(count, denominator, englandValue, polarity)
                    : Comparison.compare(councilValue, englandValue, polarity, ciLower, ciUpper);
        }

        /** Which rule gave the computed word, in words a page prints. */
        public String ruleUsed() {
            if (countsKnown()) {
                var ci = Comparison.wilson95(count, denominator);
                return String.format(
                        java.util.Locale.UK,
                        "Fingertips' rule: 95%% interval %.1f%% to %.1f%% from %s of %s",
                        ci.lower(),
                        ci.upper(),
                        count.stripTrailingZeros().toPlainString(),
                        denominator.stripTrailingZeros().toPlainString());
            }
            if (ciLower != null && ciUpper != null) {
                return "The interval given: " + ciLower.toPlainString() + " to " + ciUpper.toPlainString();
            }
            return "Within 2 percentage points (no count or interval known)";
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
