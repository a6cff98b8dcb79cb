package org.scrutineer.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementCheckTest {
    static StatementRow line(int p, Section s, String label, long a, long b, long c, long d, long e) {
        return new StatementRow(p, s, label, RowKind.LINE, Amounts.of(a, b, c, d, e));
    }

    static StatementRow total(int p, Section s, String label, long a, long b, long c, long d, long e) {
        return new StatementRow(p, s, label, RowKind.TOTAL, Amounts.of(a, b, c, d, e));
    }

    /** spec/finance.md's worked example: Community Care expenditure as at 31 May 2025. */
    static List<StatementRow> communityCareExpenditure() {
        return List.of(
                line(1, Section.EXPENDITURE, "Residential & Nursing", 20_674, 1_340, 1_395, -55, -333),
                line(2, Section.EXPENDITURE, "Domiciliary Care & Supported Living", 15_564, 691, 861, -170, -1_343),
                line(3, Section.EXPENDITURE, "Direct Payments", 15_513, 3_430, 3_644, -214, -972),
                line(4, Section.EXPENDITURE, "Day Care", 712, 62, 60, 2, 13),
                total(5, Section.EXPENDITURE, "Total Expenditure", 52_463, 5_523, 5_960, -437, -2_635));
    }

    static RevenueStatement statement(List<StatementRow> rows) {
        return new RevenueStatement("Test", LocalDate.of(2025, 5, 31), rows);
    }

    @Test
    void theWorkedExampleAddsUp() {
        assertThat(StatementCheck.check(statement(communityCareExpenditure()))).isEmpty();
    }

    @Test
    void aWholeStatementThatAddsUpHasNoFindings() {
        List<StatementRow> rows = new ArrayList<>(communityCareExpenditure());
        rows.add(line(6, Section.INCOME, "Residential & Nursing Income", -11_881, -729, -732, 3, 14));
        rows.add(line(7, Section.INCOME, "Community Care Income", -3_115, -230, -159, -71, -210));
        rows.add(total(8, Section.INCOME, "Total Income", -14_996, -959, -891, -68, -196));
        rows.add(total(9, Section.SUMMARY, "Net Operational Expenditure", 37_467, 4_564, 5_069, -505, -2_831));
        rows.add(line(10, Section.RECHARGES, "Central Support", 1_000, 100, 100, 0, 0));
        rows.add(line(11, Section.RECHARGES, "Recharge Income", -200, -20, -20, 0, 0));
        rows.add(total(12, Section.RECHARGES, "Net Total Recharges", 800, 80, 80, 0, 0));
        rows.add(total(13, Section.SUMMARY, "Net Departmental Expenditure", 38_267, 4_644, 5_149, -505, -2_831));
        assertThat(StatementCheck.check(statement(rows))).isEmpty();
    }

    @Test
    void findsAWrongLineVariance() {
        List<StatementRow> rows = new ArrayList<>(communityCareExpenditure());
        rows.set(3, line(4, Section.EXPENDITURE, "Day Care", 712, 62, 60, 20, 13));
        assertThat(StatementCheck.check(statement(rows)))
                .containsExactly(
                        new Inconsistency(
                                "Test",
                                4,
                                "Day Care",
                                Column.VARIANCE,
                                20,
                                2,
                                "variance = budget to date − actual spend"),
                        new Inconsistency(
                                "Test",
                                5,
                                "Total Expenditure",
                                Column.VARIANCE,
                                -437,
                                -419,
                                "total = sum of the expenditure lines"));
    }

    @Test
    void findsAWrongColumnTotal() {
        List<StatementRow> rows = new ArrayList<>(communityCareExpenditure());
        rows.set(4, total(5, Section.EXPENDITURE, "Total Expenditure", 52_436, 5_523, 5_960, -437, -2_635));
        assertThat(StatementCheck.check(statement(rows))).singleElement().satisfies(i -> {
            assertThat(i.column()).isEqualTo(Column.ANNUAL_BUDGET);
            assertThat(i.printed()).isEqualTo(52_436);
            assertThat(i.expected()).isEqualTo(52_463);
            assertThat(i.difference()).isEqualTo(-27);
        });
    }

    @Test
    void findsWrongNetFigures() {
        List<StatementRow> rows = new ArrayList<>(communityCareExpenditure());
        rows.add(line(6, Section.INCOME, "Fees", -1_000, -100, -90, -10, 0));
        rows.add(total(7, Section.INCOME, "Total Income", -1_000, -100, -90, -10, 0));
        rows.add(total(8, Section.SUMMARY, "Net Operational Expenditure", 51_463, 5_423, 5_870, -447, -2_600));
        rows.add(line(9, Section.RECHARGES, "Central Support", 500, 50, 50, 0, 0));
        rows.add(total(10, Section.RECHARGES, "Net Total Recharges", 500, 50, 50, 0, 0));
        rows.add(total(11, Section.SUMMARY, "Net Departmental Expenditure", 51_963, 5_473, 5_920, -447, -2_635));
        List<Inconsistency> found = StatementCheck.check(statement(rows));
        assertThat(found)
                .extracting(Inconsistency::row, Inconsistency::column, Inconsistency::printed, Inconsistency::expected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Net Operational Expenditure", Column.FORECAST_OUTTURN, -2_600L, -2_635L),
                        org.assertj.core.groups.Tuple.tuple(
                                "Net Departmental Expenditure", Column.FORECAST_OUTTURN, -2_635L, -2_600L));
    }

    @Test
    void subTotalsUnderHeadingsAreCheckedAndTheSectionTotalSumsEveryLine() {
        List<StatementRow> rows = List.of(
                new StatementRow(1, Section.EXPENDITURE, "Millbrow", RowKind.HEADING, null),
                line(2, Section.EXPENDITURE, "Employees", 100, 10, 12, -2, -5),
                line(3, Section.EXPENDITURE, "Agency", 0, 0, 5, -5, -20),
                total(4, Section.EXPENDITURE, "Total Millbrow", 100, 10, 17, -7, -26),
                new StatementRow(5, Section.EXPENDITURE, "St Luke's", RowKind.HEADING, null),
                line(6, Section.EXPENDITURE, "Employees", 200, 20, 20, 0, 0),
                total(7, Section.EXPENDITURE, "Total St Luke's", 200, 20, 20, 0, 0),
                total(8, Section.EXPENDITURE, "Total Expenditure", 300, 30, 37, -7, -25));
        assertThat(StatementCheck.check(statement(rows)))
                .extracting(Inconsistency::row, Inconsistency::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Total Millbrow", Column.FORECAST_OUTTURN));
    }

    @Test
    void totalsAreWorkedOutFromTheLinesAlone() {
        List<StatementRow> rows = new ArrayList<>(communityCareExpenditure());
        rows.set(
                3,
                line(
                        4,
                        Section.EXPENDITURE,
                        "Day Care",
                        712,
                        62,
                        70,
                        2,
                        13)); // actual spend corrected, variance as typed
        rows.add(line(6, Section.INCOME, "Fees", -1_000, -100, -90, -10, 0));
        rows.add(total(7, Section.INCOME, "Total Income", 0, 0, 0, 0, 0));
        rows.add(total(8, Section.SUMMARY, "Net Operational Expenditure", 0, 0, 0, 0, 0));
        var computed = StatementTotals.compute(statement(rows));
        assertThat(computed.get(4)).isEqualTo(Amounts.of(712, 62, 70, -8, 13));
        assertThat(computed.get(5)).isEqualTo(Amounts.of(52_463, 5_523, 5_970, -447, -2_635));
        assertThat(computed.get(7)).isEqualTo(Amounts.of(-1_000, -100, -90, -10, 0));
        assertThat(computed.get(8)).isEqualTo(Amounts.of(51_463, 5_423, 5_880, -457, -2_635));
    }

    @Test
    void phrasesForCommentary() {
        assertThat(BudgetPhrase.position(51)).isEqualTo("£0.051m under the budget profile");
        assertThat(BudgetPhrase.position(-437)).isEqualTo("£0.437m over the budget profile");
        assertThat(BudgetPhrase.position(0)).isEqualTo("on the budget profile");
        assertThat(BudgetPhrase.forecast(-2_635))
                .isEqualTo("forecast to be £2.635m over budget at the end of the year");
        assertThat(BudgetPhrase.millions(12_345)).isEqualTo("£12.345m");
        assertThat(Amounts.print(-1_343L)).isEqualTo("(1,343)");
        assertThat(Amounts.print(20_674L)).isEqualTo("20,674");
        assertThat(Amounts.print(Column.ANNUAL_BUDGET, -11_881L)).isEqualTo("-11,881");
        assertThat(Amounts.print(Column.VARIANCE, -55L)).isEqualTo("(55)");
    }
}
