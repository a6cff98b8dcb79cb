package org.scrutineer.workforce.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scrutineer.performance.domain.Symbol;

class BandRuleTest {
    static Likelihood rl(String v) {
        return Likelihood.printedAs(new java.math.BigDecimal(v));
    }

    @Test
    void progressIsGreenInsideTheBandEdgesIncludedRedOutsideAndNaWithoutAFigure() {
        assertThat(BandRule.progress(rl("0.80"))).isEqualTo(Symbol.GREEN);
        assertThat(BandRule.progress(rl("1.25"))).isEqualTo(Symbol.GREEN);
        assertThat(BandRule.progress(rl("0.79"))).isEqualTo(Symbol.RED);
        assertThat(BandRule.progress(rl("1.26"))).isEqualTo(Symbol.RED);
        assertThat(BandRule.progress(rl("0.00"))).isEqualTo(Symbol.RED);
        assertThat(BandRule.progress(Likelihood.notProvided())).isEqualTo(Symbol.NOT_APPLICABLE);
        assertThat(BandRule.progress(Likelihood.of(1, 10, 0, 10))).isEqualTo(Symbol.NOT_APPLICABLE);
    }

    @Test
    void directionIsTowardsOrAwayFromEquality() {
        assertThat(BandRule.direction(rl("0.44"), rl("0.60"))).isEqualTo(Symbol.GREEN);
        assertThat(BandRule.direction(rl("1.10"), rl("1.30"))).isEqualTo(Symbol.RED);
        // 0.80 and 1.20 are as far from 1.00 as each other
        assertThat(BandRule.direction(rl("0.80"), rl("1.20"))).isEqualTo(Symbol.AMBER);
        assertThat(BandRule.direction(Likelihood.notProvided(), rl("1.00"))).isEqualTo(Symbol.NOT_APPLICABLE);
    }
}
