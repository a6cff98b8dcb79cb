package org.scrutineer.workforce.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each indicator's formula on hand-made counts: the outcome out of its base, minoritised against white, "not known" left out. */
class IndicatorFormulaTest {
    static final Breakdown STAFF = Breakdown.of(200, 10, 20, 15, 5, 50); // minoritised 50

    static WorkforceReturn with(Measure outcome, Breakdown counts) {
        return new WorkforceReturn(
                "Test",
                "2024/25",
                Workforce.ADULT,
                Map.of(
                        Measure.STAFF,
                        STAFF,
                        Measure.SHORTLISTED,
                        Breakdown.of(100, 5, 5, 5, 5, 30),
                        Measure.REGULATED,
                        Breakdown.of(100, 10, 10, 0, 0, 5),
                        Measure.SURVEY_RESPONDENTS,
                        Breakdown.of(100, 5, 10, 5, 5, 5),
                        outcome,
                        counts));
    }

    static String rl(Indicator i, Breakdown outcome) {
        return IndicatorResult.of(i, with(i.outcome(), outcome)).likelihood().printed();
    }

    @Test
    void eachIndicatorDividesItsOutcomeByItsBase() {
        // appointed out of shortlisted: minoritised 10/20 = 50%, white 25/100 = 25%: 2.00; the 999 not known change
        // nothing
        assertThat(rl(Indicator.APPOINTED, Breakdown.of(25, 4, 2, 2, 2, 999))).isEqualTo("2.00");
        // disciplinary out of staff: 5/50 against 10/200: 2.00
        assertThat(rl(Indicator.DISCIPLINARY, Breakdown.of(10, 1, 2, 1, 1, 0))).isEqualTo("2.00");
        // fitness to practise out of regulated staff: 2/20 against 5/100: 2.00
        assertThat(rl(Indicator.FITNESS_TO_PRACTISE, Breakdown.of(5, 1, 1, 0, 0, 0)))
                .isEqualTo("2.00");
        // CPD out of staff: 25/50 against 100/200: 1.00
        assertThat(rl(Indicator.CPD, Breakdown.of(100, 5, 10, 5, 5, 10))).isEqualTo("1.00");
        // harassment out of survey respondents (not staff): 5/25 against 10/100: 2.00
        assertThat(rl(Indicator.HARASSMENT_PUBLIC, Breakdown.of(10, 1, 2, 1, 1, 0)))
                .isEqualTo("2.00");
        assertThat(rl(Indicator.HARASSMENT_COLLEAGUES, Breakdown.of(20, 1, 2, 1, 1, 0)))
                .isEqualTo("1.00");
        assertThat(rl(Indicator.HARASSMENT_MANAGERS, Breakdown.of(40, 1, 2, 1, 1, 0)))
                .isEqualTo("0.50");
        // turnover: leavers out of staff, 5/50 = 10% against 40/200 = 20%: 0.50
        assertThat(rl(Indicator.TURNOVER, Breakdown.of(40, 1, 1, 2, 1, 3))).isEqualTo("0.50");
        // senior managers out of staff: 1/50 against 8/200: 0.50
        assertThat(rl(Indicator.SENIOR_MANAGERS, Breakdown.of(8, 0, 1, 0, 0, 0)))
                .isEqualTo("0.50");
    }

    @Test
    void aTurnoverRateIsLeaversOverStaffTimesAHundred() {
        IndicatorResult r =
                IndicatorResult.of(Indicator.TURNOVER, with(Measure.LEAVERS, Breakdown.of(40, 1, 1, 2, 1, 3)));
        assertThat(r.whitePercent()).isEqualByComparingTo("20.0");
        assertThat(r.minoritisedPercent()).isEqualByComparingTo("10.0");
        assertThat(r.percent(EthnicGroup.NOT_KNOWN)).isEqualByComparingTo("6.0");
    }

    @Test
    void anIndicatorWithoutItsOutcomeIsNotProvided() {
        WorkforceReturn r = new WorkforceReturn("Test", "2024/25", Workforce.ADULT, Map.of(Measure.STAFF, STAFF));
        IndicatorResult result = IndicatorResult.of(Indicator.DISCIPLINARY, r);
        assertThat(result.provided()).isFalse();
        assertThat(result.likelihood().printed()).isEqualTo("not provided");
    }

    @Test
    void payBandsAreGroupedAsEachReportGroupsThem() {
        Map<Measure, Breakdown> m = new java.util.EnumMap<>(Measure.class);
        m.put(Measure.STAFF, Breakdown.of(12, 12, 0, 0, 0, 0));
        for (Measure band : Measure.payBands()) {
            m.put(band, Breakdown.of(1, 1, 0, 0, 0, 0));
        }
        EqualityReport report = EqualityReport.of(new WorkforceReturn("Test", "2024/25", Workforce.ADULT, m));
        assertThat(report.payBands(PayBandGrouping.COUNCIL))
                .extracting(EqualityReport.PayBandRow::white)
                .containsExactly(4, 5, 3);
        assertThat(report.payBands(PayBandGrouping.NATIONAL))
                .extracting(EqualityReport.PayBandRow::white)
                .containsExactly(2, 6, 4);
        assertThat(report.payBands(PayBandGrouping.NATIONAL).get(0).minoritisedShare())
                .isEqualByComparingTo("50.0");
        assertThat(report.findings()).noneMatch(Finding::error);
    }

    @Test
    void aGroupingMustCoverEveryBandOnce() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PayBandGrouping.of(
                        "x",
                        "x",
                        java.util.List.of(new PayBandGrouping.Range("a", 1, 4), new PayBandGrouping.Range("b", 6, 12))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void yearOnYearReadsNearerOrFurtherFromEquality() {
        assertThat(EqualityReport.change(Likelihood.of(44, 100, 100, 100), Likelihood.of(60, 100, 100, 100)))
                .isEqualTo("Nearer equality, from 0.44 to 0.60");
        assertThat(EqualityReport.change(Likelihood.of(90, 100, 100, 100), Likelihood.of(130, 100, 100, 100)))
                .isEqualTo("Further from equality, from 0.90 to 1.30");
        assertThat(EqualityReport.change(Likelihood.notProvided(), Likelihood.of(1, 1, 1, 1)))
                .startsWith("No comparison");
    }
}
