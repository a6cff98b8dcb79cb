package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.domain.Column;
import org.scrutineer.finance.domain.Inconsistency;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.finance.domain.StatementCheck;

/** The seed's four Health and Social Care statements as printed, and exactly what the checks find in them. */
class SeedStatementsTest {

    static List<RevenueStatement> seed() throws Exception {
        try (InputStream in = SeedStatementsTest.class.getResourceAsStream(FinanceDemoData.FILE)) {
            return StatementFile.read(in);
        }
    }

    @Test
    void fourStatementsAsPrinted() throws Exception {
        List<RevenueStatement> statements = seed();
        assertThat(statements).extracting(RevenueStatement::department)
                .containsExactly("Community Care", "Care Homes Division", "Better Care Pooled Budget", "Public Health & Public Protection");
        assertThat(statements).extracting(s -> s.rows().size()).containsExactly(14, 47, 21, 20);
        var firstLine = statements.get(0).rows().get(0);
        assertThat(firstLine.label()).isEqualTo("Residential & Nursing");
        assertThat(firstLine.printed().annualBudget()).isEqualTo(20_674L);
        assertThat(firstLine.printed().forecastOutturn()).isEqualTo(-333L);
    }

    @Test
    void theChecksFindExactlyTheSeedsTwoSlips() throws Exception {
        List<Inconsistency> found = seed().stream().flatMap(s -> StatementCheck.check(s).stream()).toList();
        // Better Care Pooled Budget: Total Expenditure 2,725 / 2,723 and Total Income -1,499 / -1,499 give a net
        // operational budget to date of 1,226 and actual of 1,224; the seed prints 1,227 and 1,225.
        assertThat(found).extracting(Inconsistency::department, Inconsistency::row, Inconsistency::column,
                        Inconsistency::printed, Inconsistency::expected)
                .containsExactly(
                        tuple("Better Care Pooled Budget", "Net Operational Expenditure", Column.BUDGET_TO_DATE, 1_227L, 1_226L),
                        tuple("Better Care Pooled Budget", "Net Operational Expenditure", Column.ACTUAL_SPEND, 1_225L, 1_224L));
    }

    static List<RevenueStatement> councilWide() throws Exception {
        try (InputStream in = SeedStatementsTest.class.getResourceAsStream(FinanceDemoData.COUNCIL_FILE)) {
            return StatementFile.read(in);
        }
    }

    @Test
    void theCouncilWideReportsFifteenStatementsAsPrinted() throws Exception {
        List<RevenueStatement> statements = councilWide();
        assertThat(statements).hasSize(15);
        assertThat(statements.stream().mapToInt(s -> s.rows().size()).sum()).isEqualTo(430);
        assertThat(statements.get(0).department()).isEqualTo("Adult Social Care");
        assertThat(statements.get(14).department()).isEqualTo("Public Health");
    }

    @Test
    void theChecksFindExactlyTheCouncilWideStatementsSlips() throws Exception {
        List<Inconsistency> found = councilWide().stream().flatMap(s -> StatementCheck.check(s).stream()).toList();
        // Complex Care Pool repeats the pooled budget's net slip; Community & Greenspaces' expenditure lines add up to
        // an actual of 3,298 and a variance of (28), where the total prints 3,297 and (27).
        assertThat(found).extracting(Inconsistency::department, Inconsistency::row, Inconsistency::column,
                        Inconsistency::printed, Inconsistency::expected)
                .containsExactly(
                        tuple("Complex Care Pool", "Net Operational Expenditure", Column.BUDGET_TO_DATE, 1_227L, 1_226L),
                        tuple("Complex Care Pool", "Net Operational Expenditure", Column.ACTUAL_SPEND, 1_225L, 1_224L),
                        tuple("Community & Greenspaces", "Total Expenditure", Column.ACTUAL_SPEND, 3_297L, 3_298L),
                        tuple("Community & Greenspaces", "Total Expenditure", Column.VARIANCE, -27L, -28L));
    }
}
