package org.scrutineer.workforce.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikelihoodTest {

    @Test
    void theMinoritisedGroupIsTheNumerator() {
        // 10 of 50 minoritised (20%) against 40 of 100 white (40%): half as likely, not twice
        Likelihood l = Likelihood.of(10, 50, 40, 100);
        assertThat(l.printed()).isEqualTo("0.50");
        assertThat(l.comparison()).isEqualTo("50% less likely");
        assertThat(Likelihood.of(12, 100, 10, 100).comparison()).isEqualTo("20% more likely");
        assertThat(Likelihood.of(8, 100, 10, 100).comparison()).isEqualTo("20% less likely");
        assertThat(Likelihood.of(10, 100, 10, 100).comparison()).isEqualTo("equally likely");
    }

    @Test
    void roundsOnceToTwoDecimalsHalfUp() {
        // 1 / 8 = 0.125 exactly: half up gives 0.13
        assertThat(Likelihood.of(1, 8, 1, 1).printed()).isEqualTo("0.13");
        // 2/3 = 0.666...
        assertThat(Likelihood.of(2, 3, 1, 1).printed()).isEqualTo("0.67");
    }

    @ParameterizedTest(name = "{0} of {1} against {2} of {3}: {4}, within band {5}")
    @CsvSource({
        "80, 100, 100, 100, 0.80, true",
        "79, 100, 100, 100, 0.79, false",
        "125, 1000, 100, 1000, 1.25, true",
        "126, 1000, 100, 1000, 1.26, false",
        "1, 1, 1, 1, 1.00, true",
        // 0.7996 prints 0.80 and is read from its two decimals: inside, so the words agree with the figure
        "7996, 10000, 10000, 10000, 0.80, true",
        "12549, 10000, 10000, 10000, 1.25, true",
        "12550, 10000, 10000, 10000, 1.26, false"
    })
    void theBandIsPointEightyToOnePointTwentyFiveEdgesIncluded(
            int mo, int mb, int wo, int wb, String value, boolean within) {
        Likelihood l = Likelihood.of(mo, mb, wo, wb);
        assertThat(l.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(l.withinBand()).isEqualTo(within);
        assertThat(l.interpretation())
                .startsWith(within ? "No notable difference" : "Consider monitoring and priority for policy action");
    }

    @Test
    void noMinoritisedEventsIsZeroPointZeroZero() {
        Likelihood l = Likelihood.of(0, 40, 9, 800);
        assertThat(l.computed()).isTrue();
        assertThat(l.printed()).isEqualTo("0.00");
        assertThat(l.withinBand()).isFalse();
        assertThat(l.reason()).contains("no Black, Asian or minority ethnic staff had this outcome");
    }

    @Test
    void noWhiteEventsCannotBeComputed() {
        Likelihood l = Likelihood.of(3, 40, 0, 800);
        assertThat(l.status()).isEqualTo(Likelihood.Status.CANNOT_BE_COMPUTED);
        assertThat(l.value()).isNull();
        assertThat(l.printed()).isEqualTo("cannot be computed: no white staff had this outcome (a division by zero)");
        assertThat(l.withinBand()).isFalse();
        assertThat(l.interpretation()).isEmpty();
        // both groups without events: still no white events to divide by
        assertThat(Likelihood.of(0, 40, 0, 800).status()).isEqualTo(Likelihood.Status.CANNOT_BE_COMPUTED);
    }

    @Test
    void anEmptyGroupCannotBeComputed() {
        assertThat(Likelihood.of(0, 0, 5, 100).printed())
                .contains("no Black, Asian or minority ethnic staff in the base");
        assertThat(Likelihood.of(0, 10, 0, 0).printed()).contains("no white staff in the base");
    }

    @Test
    void notProvidedIsNotZero() {
        Likelihood l = Likelihood.notProvided();
        assertThat(l.computed()).isFalse();
        assertThat(l.printed()).isEqualTo("not provided");
    }
}
