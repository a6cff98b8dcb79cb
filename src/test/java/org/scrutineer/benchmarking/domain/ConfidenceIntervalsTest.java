package org.scrutineer.benchmarking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Each method against published reference values. Unless said otherwise the expected figures are those of the
 * {@code PHEindicatormethods} R package's own tests (github.com/ukhsa-collaboration/PHEindicatormethods,
 * tests/testthat/testdata_*.xlsx), which its authors checked against the PHE/OHID Technical Guide's spreadsheet tools.
 */
class ConfidenceIntervalsTest {
    private static final double CLOSE = 1e-9;

    private static void near(Interval interval, double lower, double upper) {
        assertThat(interval.lower()).isCloseTo(lower, within(Math.abs(lower) * CLOSE + 1e-12));
        assertThat(interval.upper()).isCloseTo(upper, within(Math.abs(upper) * CLOSE + 1e-12));
    }

    @Test
    void byarsLimitsOfCountsMatchTheRPackage() {
        // testdata_Byars_Wilson.xlsx rows 1-6 (byars_lower / byars_upper of a count)
        assertThat(ConfidenceIntervals.byarLower(65, Level.P95)).isCloseTo(50.163187710459454, within(1e-9));
        assertThat(ConfidenceIntervals.byarUpper(65, Level.P95)).isCloseTo(82.849138545939837, within(1e-9));
        assertThat(ConfidenceIntervals.byarLower(1045, Level.P95)).isCloseTo(982.59320180733255, within(1e-9));
        assertThat(ConfidenceIntervals.byarUpper(1045, Level.P95)).isCloseTo(1110.3312129856499, within(1e-9));
        assertThat(ConfidenceIntervals.byarLower(65, Level.P998)).isCloseTo(42.880261471480203, within(1e-9));
        assertThat(ConfidenceIntervals.byarUpper(65, Level.P998)).isCloseTo(94.000290844318016, within(1e-9));
        assertThat(ConfidenceIntervals.byarLower(10, Level.P998)).isCloseTo(2.916318374695686, within(1e-9));
        assertThat(ConfidenceIntervals.byarUpper(10, Level.P998)).isCloseTo(24.193724927880535, within(1e-9));
    }

    @Test
    void crudeRatesUseByarFromTenEventsAndExactPoissonBelow() {
        // testdata_Rate.xlsx, sheet testdata_Rate: method "Exact" for counts 1 and 5, "Byars" from 20 up
        near(ConfidenceIntervals.byar(1, 100, Level.P95, 100), 2.5317807984289897E-2, 5.571643390938898);
        near(ConfidenceIntervals.byar(1, 100, Level.P998, 100), 1.0005003335835344E-3, 9.2334134764515845);
        near(ConfidenceIntervals.byar(5, 100, Level.P95, 100), 1.62348639011842, 11.668332079322669);
        near(ConfidenceIntervals.byar(5, 100, Level.P998, 100), 0.739371731917839, 16.454745203680105);
        near(ConfidenceIntervals.byar(20, 100, Level.P95, 100), 12.211428834875937, 30.889880369197066);
        near(ConfidenceIntervals.byar(9856, 12345, Level.P95, 100), 78.269490589767571, 81.430016542721404);
        near(ConfidenceIntervals.byar(9856, 12345, Level.P998, 100), 77.375905432710525, 82.354472770954303);
        near(ConfidenceIntervals.byar(999, 3456, Level.P95, 100_000), 27141.304936090521, 30755.833237378414);
        near(ConfidenceIntervals.byar(999, 3456, Level.P998, 100_000), 26162.147596445768, 31845.604819822653);
        near(
                ConfidenceIntervals.byar(7776456, 7564336677d, Level.P95, 100_000),
                102.73196005302074,
                102.87648334092832);
    }

    @Test
    void exactPoissonAtTenIsNotByar() {
        // 10 events is where Byar's starts; the exact limits differ from it (the Technical Guide's cut-off is "< 10")
        Interval byar = ConfidenceIntervals.byar(10, 1, Level.P998, 1);
        assertThat(byar.lower()).isCloseTo(2.916318374695686, within(1e-9));
        assertThat(ConfidenceIntervals.exactPoisson(10, 1, Level.P998, 1).lower())
                .isNotCloseTo(byar.lower(), within(1e-3));
    }

    @Test
    void proportionsUseWilsonScore() {
        // testdata_Proportion.xlsx, sheet testdata_Prop (proportion of 1, then percentage)
        near(ConfidenceIntervals.wilson(1, 100, Level.P95, 1), 1.7674320641406511E-3, 5.4486196178705294E-2);
        near(ConfidenceIntervals.wilson(1, 100, Level.P998, 1), 8.73065697299977E-4, 0.10455445283705821);
        near(ConfidenceIntervals.wilson(65, 100, Level.P95, 100), 55.25444329688797, 73.635751756902465);
        near(ConfidenceIntervals.wilson(65, 100, Level.P998, 100), 49.549465740704314, 77.835406140896964);
        near(ConfidenceIntervals.wilson(9856, 12345, Level.P95, 1), 0.79121017529090687, 0.80536400736149094);
        near(ConfidenceIntervals.wilson(999, 3456, Level.P998, 100), 26.583995768074953, 31.344754492799847);
        near(
                ConfidenceIntervals.wilson(7776456, 7564336677d, Level.P95, 100),
                0.10273201001641094,
                0.10287644578977231);
        // testdata_Byars_Wilson.xlsx rows 7-8
        near(ConfidenceIntervals.wilson(1045, 5000, Level.P95, 1), 0.19795549880013297, 0.22049130373189027);
        near(ConfidenceIntervals.wilson(1045, 5000, Level.P998, 1), 0.19179381799015244, 0.22731562902525818);
    }

    @Test
    void zeroCounts() {
        // Wilson at 0: lower 0, upper z²/(n + z²) (the formula with O = 0)
        double z = Level.P95.z();
        near(ConfidenceIntervals.wilson(0, 100, Level.P95, 100), 0, 100 * z * z / (100 + z * z));
        // all of a proportion: upper 1
        assertThat(ConfidenceIntervals.wilson(100, 100, Level.P95, 100).upper()).isEqualTo(100.0);
        // exact Poisson at 0: lower 0, upper = χ²(2; 1 − α/2) / 2 = −ln(α/2): 3.6889 at 95%, 6.9078 at 99.8%
        near(ConfidenceIntervals.byar(0, 1, Level.P95, 1), 0, -Math.log(0.025));
        near(ConfidenceIntervals.byar(0, 1, Level.P998, 1), 0, -Math.log(0.001));
    }

    @Test
    void nonsenseIsRefusedByName() {
        assertThatThrownBy(() -> ConfidenceIntervals.wilson(5, 4, Level.P95, 1))
                .hasMessageContaining("cannot exceed its denominator");
        assertThatThrownBy(() -> ConfidenceIntervals.byar(-1, 4, Level.P95, 1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> ConfidenceIntervals.byar(1, 0, Level.P95, 1)).hasMessageContaining("denominator");
        assertThat(ConfidenceIntervals.of(CiMethod.WILSON, 5d, null, null, null, Level.P95, 100))
                .isNull();
        assertThat(ConfidenceIntervals.of(CiMethod.DOBSON, 9d, 100d, 5d, 1d, Level.P95, 100))
                .isNull();
    }

    /** The 2013 European Standard Population, 19 five-year bands to 90+ (as {@code PHEindicatormethods::esp2013}). */
    private static final double[] ESP2013 = {
        5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000
    };

    @Test
    void directlyStandardisedRatesUseDobson() {
        // testdata_DSR_ISR.xlsx: the "testdata_big" area's counts and populations by age band (sheet
        // testdata_multiarea_isr) and its expected DSR per 100,000 with Dobson limits (sheet testresults_DSR)
        double[] counts = {127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91};
        double[] pops = {636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207};
        ConfidenceIntervals.Standardised dsr = ConfidenceIntervals.standardise(counts, pops, ESP2013, 100_000);
        assertThat(dsr.count()).isEqualTo(895);
        assertThat(dsr.rate()).isCloseTo(10430.247991469423, within(1e-7));
        near(dsr.interval(Level.P95), 9717.709067985681, 11178.94091547925);
        near(dsr.interval(Level.P998), 9323.2878802199029, 11620.595999522058);
        // the same per 10,000
        ConfidenceIntervals.Standardised per10k = ConfidenceIntervals.standardise(counts, pops, ESP2013, 10_000);
        near(per10k.interval(Level.P95), 971.77090679856803, 1117.894091547925);
    }

    @Test
    void dobsonNeedsTenEvents() {
        // the R package returns "dsr NA for total count < 10" (testdata_tiny, 9 events)
        assertThatThrownBy(() -> ConfidenceIntervals.dobson(9, 100, 10, Level.P95))
                .hasMessageContaining("at least 10 events");
    }
}
