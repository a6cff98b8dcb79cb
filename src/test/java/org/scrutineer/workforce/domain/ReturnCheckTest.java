package org.scrutineer.workforce.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnCheckTest {
    static Map<Measure, Breakdown> base() {
        Map<Measure, Breakdown> m = new EnumMap<>(Measure.class);
        m.put(Measure.STAFF, Breakdown.of(800, 14, 18, 22, 8, 47));
        m.put(Measure.REGULATED, Breakdown.of(150, 2, 4, 5, 1, 8));
        return m;
    }

    static List<Finding> errors(Map<Measure, Breakdown> m) {
        return ReturnCheck.check(new WorkforceReturn("Halton", "2024/25", Workforce.ADULT, m)).stream()
                .filter(Finding::error)
                .toList();
    }

    /**
     * Halton, 2024/25 (seed 001, board report 3.3.3): the fitness-to-practise count submitted as 2, all white, came
     * back in the checked spreadsheet as 12: 2 white and 10 Black, Asian or minority ethnic. The total no longer matches
     * its breakdown, and 10 minoritised entrants are more than the regulated staff of those groups.
     */
    @Test
    void theCheckedFitnessToPractiseCountOfTwoBecomingTwelveIsFlagged() {
        Map<Measure, Breakdown> submitted = base();
        submitted.put(
                Measure.FITNESS_TO_PRACTISE, Breakdown.of(2, 0, 0, 0, 0, 0).withTotal(2));
        assertThat(errors(submitted)).isEmpty();

        Map<Measure, Breakdown> checked = base();
        checked.put(Measure.FITNESS_TO_PRACTISE, Breakdown.of(2, 3, 3, 3, 1, 0).withTotal(2)); // 10 minoritised
        List<Finding> errors = errors(checked);
        assertThat(errors)
                .extracting(Finding::text)
                .contains(
                        "Regulated staff who entered the fitness-to-practise process: the groups add up to 12 (White 2, Mixed or multiple ethnic groups 3, "
                                + "Asian or Asian British 3, Black, African, Caribbean or Black British 3, Other ethnic group 1, Not known 0) but the total given is 2",
                        "Regulated staff who entered the fitness-to-practise process (Mixed or multiple ethnic groups, 3) is more than regulated profession staff (2)");
        assertThat(errors).allMatch(f -> f.indicator() == 4);
        assertThat(EqualityReport.of(new WorkforceReturn("Halton", "2024/25", Workforce.ADULT, checked))
                        .publishable())
                .isFalse();
    }

    @Test
    void aPartCannotExceedItsBase() {
        Map<Measure, Breakdown> m = base();
        m.put(Measure.LEAVERS, Breakdown.of(801, 0, 0, 0, 0, 0));
        m.put(Measure.SHORTLISTED, Breakdown.of(10, 1, 1, 1, 1, 1));
        m.put(Measure.APPOINTED, Breakdown.of(11, 0, 0, 0, 0, 0));
        assertThat(errors(m))
                .extracting(Finding::text)
                .containsExactly(
                        "Appointed from shortlist (White, 11) is more than shortlisted in the last 12 months (10)",
                        "Leavers in the last 12 months (White, 801) is more than directly employed staff (800)");
    }

    @Test
    void regulatedStaffCannotExceedStaff() {
        Map<Measure, Breakdown> m = base();
        m.put(Measure.REGULATED, Breakdown.of(900, 0, 0, 0, 0, 0));
        assertThat(errors(m))
                .extracting(Finding::text)
                .contains("Regulated profession staff (White, 900) is more than directly employed staff (800)");
    }

    @Test
    void aMissingIndicatorIsNotProvidedNotZero() {
        List<Finding> findings = ReturnCheck.check(new WorkforceReturn("Halton", "2024/25", Workforce.ADULT, base()));
        assertThat(findings)
                .filteredOn(f -> !f.error())
                .extracting(Finding::text)
                .contains(
                        "Indicator 6 (Harassment, bullying or abuse from people who use services, relatives or the public): not provided",
                        "Indicator 3 (Formal disciplinary process): not provided");
        Map<Measure, Breakdown> zero = base();
        zero.put(Measure.DISCIPLINARY, Breakdown.of(0, 0, 0, 0, 0, 0));
        assertThat(ReturnCheck.check(new WorkforceReturn("Halton", "2024/25", Workforce.ADULT, zero)))
                .extracting(Finding::text)
                .doesNotContain("Indicator 3 (Formal disciplinary process): not provided");
    }

    @Test
    void aBlankGroupInAMeasureGivenIsAnError() {
        Map<Measure, Breakdown> m = base();
        m.put(Measure.CPD, new Breakdown(Map.of(EthnicGroup.WHITE, 10), null));
        assertThat(errors(m))
                .extracting(Finding::text)
                .contains(
                        "Accessed funded non-mandatory CPD: no count for Mixed or multiple ethnic groups, Asian or Asian British, "
                                + "Black, African, Caribbean or Black British, Other ethnic group, Not known (enter 0 where there were none)");
    }

    @Test
    void payBandsMustAddUpToStaff() {
        Map<Measure, Breakdown> m = base();
        m.put(Measure.PAY_BAND_01, Breakdown.of(799, 14, 18, 22, 8, 47));
        assertThat(errors(m))
                .extracting(Finding::text)
                .containsExactly("Pay bands (White): the 12 bands add up to 799 but staff number 800");
    }

    @Test
    void anOutcomeWithoutItsBaseIsNamed() {
        Map<Measure, Breakdown> m = base();
        m.put(Measure.HARASSMENT_PUBLIC, Breakdown.of(1, 0, 0, 0, 0, 0));
        assertThat(errors(m))
                .extracting(Finding::text)
                .containsExactly(
                        "Respondents experiencing harassment, bullying or abuse from people who use services, relatives or the public is given but "
                                + "staff survey respondents, its base, is not provided");
    }
}
