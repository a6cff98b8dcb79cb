package org.scrutineer.workforce.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator of a return worked out: the counts compared, the proportion of each side with the outcome, the
 * relative likelihood, and whether what is published must withhold it.
 */
public record IndicatorResult(
        Indicator indicator, Breakdown outcome, Breakdown base, Likelihood likelihood, boolean withheld) {

    public static IndicatorResult of(Indicator indicator, WorkforceReturn r) {
        if (!indicator.hasLikelihood()) {
            throw new IllegalArgumentException("Indicator " + indicator.number() + " has no likelihood");
        }
        Breakdown outcome = r.get(indicator.outcome());
        Breakdown base = r.get(indicator.base());
        if (!indicator.provided(r)) {
            return new IndicatorResult(indicator, outcome, base, Likelihood.notProvided(), false);
        }
        int mo = outcome.minoritised();
        int mb = base.minoritised();
        int wo = outcome.white();
        int wb = base.white();
        return new IndicatorResult(
                indicator, outcome, base, Likelihood.of(mo, mb, wo, wb), Suppression.withholds(mo, mb, wo, wb));
    }

    /** The percentage with the outcome, to one decimal; null with no base. */
    public static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal minoritisedPercent() {
        return percent(outcome.minoritised(), base.minoritised());
    }

    public BigDecimal whitePercent() {
        return percent(outcome.white(), base.white());
    }

    public BigDecimal percent(EthnicGroup g) {
        Integer o = outcome.count(g);
        Integer b = base.count(g);
        return o == null || b == null ? null : percent(o, b);
    }

    public boolean provided() {
        return likelihood.status() != Likelihood.Status.NOT_PROVIDED;
    }
}
