package org.scrutineer.assurance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scrutineer.assurance.domain.Comparison.Polarity;

/** A cited metric whose count and denominator are known is compared with England by the benchmarking module's rule. */
class CountsComparisonTest {
    private static Assessment.CitedMetric metric(
            String council, String england, String unit, Polarity p, Integer count, Integer denominator) {
        return new Assessment.CitedMetric(
                null,
                "A measure",
                "A survey",
                "2023-24",
                new BigDecimal(council),
                new BigDecimal(england),
                unit,
                p,
                null,
                null,
                "",
                "",
                null,
                "",
                count == null ? null : BigDecimal.valueOf(count),
                denominator == null ? null : BigDecimal.valueOf(denominator));
    }

    @Test
    void countsGiveAWilsonIntervalAndFingertipsRule() {
        // 57 of 100: 95% interval 47.2 to 66.3, England's 70.28 outside it
        assertThat(metric("57.00", "70.28", "percent", Polarity.HIGHER_IS_BETTER, 57, 100)
                        .computed()
                        .words())
                .isEqualTo("significantly worse");
        // 96 of 100: 90.1 to 98.4, England's 83.70 below it
        assertThat(metric("96.00", "83.70", "percent", Polarity.HIGHER_IS_BETTER, 96, 100)
                        .computed()
                        .words())
                .isEqualTo("significantly better");
        // low is good: 10 of 100 (5.5 to 17.4) against England's 20
        assertThat(metric("10.00", "20.00", "percent", Polarity.LOWER_IS_BETTER, 10, 100)
                        .computed()
                        .words())
                .isEqualTo("significantly better");
    }

    @Test
    void theTwoRulesDisagreeWhereTheIntervalIsWide() {
        // 68% against 70.28%: more than 2 points apart, so "worse" by the figures alone; but 68 of 100 has the
        // interval 58.3 to 76.3, which holds England's figure: similar
        assertThat(metric("68.00", "70.28", "percent", Polarity.HIGHER_IS_BETTER, null, null)
                        .computed()
                        .words())
                .isEqualTo("worse");
        Assessment.CitedMetric counted = metric("68.00", "70.28", "percent", Polarity.HIGHER_IS_BETTER, 68, 100);
        assertThat(counted.computed().words()).isEqualTo("similar");
        assertThat(counted.ruleUsed()).isEqualTo("Fingertips' rule: 95% interval 58.3% to 76.3% from 68 of 100");
    }

    @Test
    void withoutCountsTodaysRuleIsUsedAndSaid() {
        Assessment.CitedMetric m = metric("57.02", "70.28", "percent", Polarity.HIGHER_IS_BETTER, null, null);
        assertThat(m.countsKnown()).isFalse();
        assertThat(m.ruleUsed()).startsWith("Within 2 percentage points");
        // a count of something that is not a percentage is no proportion: today's rule
        Assessment.CitedMetric days = metric("91", "83", "days", Polarity.HIGHER_IS_BETTER, 91, 100);
        assertThat(days.countsKnown()).isFalse();
        assertThat(days.computed().words()).isEqualTo("better");
    }
}
