package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.domain.Amounts;
import org.scrutineer.finance.domain.Column;
import org.scrutineer.finance.domain.Inconsistency;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.finance.domain.StatementCheck;
import org.scrutineer.finance.domain.StatementRow;
import org.scrutineer.finance.domain.StatementTotals;

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
        assertThat(statements)
                .extracting(RevenueStatement::department)
                .containsExactly(
                        "Community Care",
                        "Care Homes Division",
                        "Better Care Pooled Budget",
                        "Public Health & Public Protection");
        assertThat(statements).extracting(s -> s.rows().size()).containsExactly(14, 47, 21, 20);
        var firstLine = statements.get(0).rows().get(0);
        assertThat(firstLine.label()).isEqualTo("Residential & Nursing");
        assertThat(firstLine.printed().annualBudget()).isEqualTo(20_674L);
        assertThat(firstLine.printed().forecastOutturn()).isEqualTo(-333L);
    }

    @Test
    void theChecksFindExactlyTheSeedsTwoSlips() throws Exception {
        List<Inconsistency> found =
                seed().stream().flatMap(s -> StatementCheck.check(s).stream()).toList();
        // Better Care Pooled Budget: Total Expenditure 2,725 / 2,723 and Total Income -1,499 / -1,499 give a net
        // operational budget to date of 1,226 and actual of 1,224; the seed prints 1,227 and 1,225.
        assertThat(found)
                .extracting(
                        Inconsistency::department,
                        Inconsistency::row,
                        Inconsistency::column,
                        Inconsistency::printed,
                        Inconsistency::expected)
                .containsExactly(
                        tuple(
                                "Better Care Pooled Budget",
                                "Net Operational Expenditure",
                                Column.BUDGET_TO_DATE,
                                1_227L,
                                1_226L),
                        tuple(
                                "Better Care Pooled Budget",
                                "Net Operational Expenditure",
                                Column.ACTUAL_SPEND,
                                1_225L,
                                1_224L));
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
        List<Inconsistency> found = councilWide().stream()
                .flatMap(s -> StatementCheck.check(s).stream())
                .toList();
        // Complex Care Pool repeats the pooled budget's net slip; Community & Greenspaces' expenditure lines add up to
        // an actual of 3,298 and a variance of (28), where the total prints 3,297 and (27).
        assertThat(found)
                .extracting(
                        Inconsistency::department,
                        Inconsistency::row,
                        Inconsistency::column,
                        Inconsistency::printed,
                        Inconsistency::expected)
                .containsExactly(
                        tuple(
                                "Complex Care Pool",
                                "Net Operational Expenditure",
                                Column.BUDGET_TO_DATE,
                                1_227L,
                                1_226L),
                        tuple("Complex Care Pool", "Net Operational Expenditure", Column.ACTUAL_SPEND, 1_225L, 1_224L),
                        tuple("Community & Greenspaces", "Total Expenditure", Column.ACTUAL_SPEND, 3_297L, 3_298L),
                        tuple("Community & Greenspaces", "Total Expenditure", Column.VARIANCE, -27L, -28L));
    }

    /**
     * Every one of the nineteen statements (the board's four and the council-wide report's fifteen) with exactly what
     * its checks find, verified against seed 001 line by line. The finance index, the statement pages, the report's
     * appendix and the PDFs all say what this list says.
     */
    @Test
    void eachOfTheNineteenStatementsHasExactlyTheseFindings() throws Exception {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        // the board's four (Performance Management Report, Appendix 1)
        expected.put("Community Care", List.of());
        expected.put("Care Homes Division", List.of());
        expected.put(
                "Better Care Pooled Budget",
                List.of(
                        "Net Operational Expenditure, Budget to Date: 1227 printed, 1226 from the totals",
                        "Net Operational Expenditure, Actual Spend: 1225 printed, 1224 from the totals"));
        expected.put("Public Health & Public Protection", List.of());
        // the council-wide report's fifteen (Appendix 2)
        expected.put("Adult Social Care", List.of());
        expected.put("Care Homes", List.of());
        expected.put("Community Care (council-wide)", List.of());
        expected.put(
                "Complex Care Pool",
                List.of(
                        "Net Operational Expenditure, Budget to Date: 1227 printed, 1226 from the totals",
                        "Net Operational Expenditure, Actual Spend: 1225 printed, 1224 from the totals"));
        expected.put("Finance Department", List.of());
        expected.put("Legal Services", List.of());
        expected.put("ICT & Support Services Department", List.of());
        expected.put("Chief Executives Delivery Unit", List.of());
        expected.put("Children & Families", List.of());
        expected.put("Education, Inclusion & Provision", List.of());
        expected.put(
                "Community & Greenspaces",
                List.of(
                        "Total Expenditure, Actual Spend: 3297 printed, 3298 from the lines",
                        "Total Expenditure, Variance (Overspend): -27 printed, -28 from the lines"));
        expected.put("Economy, Enterprise & Property", List.of());
        expected.put("Planning & Transportation Department", List.of());
        expected.put("Corporate & Democracy", List.of());
        expected.put("Public Health", List.of());

        Map<String, List<String>> found = new LinkedHashMap<>();
        for (RevenueStatement s : seed()) {
            found.put(s.department(), words(s));
        }
        for (RevenueStatement s : councilWide()) {
            found.put(
                    found.containsKey(s.department()) ? s.department() + " (council-wide)" : s.department(), words(s));
        }
        assertThat(found).hasSize(19);
        assertThat(found).containsExactlyEntriesOf(expected);
    }

    private static List<String> words(RevenueStatement s) {
        return StatementCheck.check(s).stream()
                .map(i -> i.row() + ", " + i.column().heading() + ": " + i.printed() + " printed, " + i.expected()
                        + (i.rule().startsWith("Net") ? " from the totals" : " from the lines"))
                .toList();
    }

    /**
     * A section total covers its whole section, sub-heading groups included: Adult Social Care's Total Expenditure is
     * 23,476 / 4,028 / 3,973 / 55 / 108 as printed, not the 687 / 196 / 193 / 3 / 0 of its last sub-group; Corporate
     * & Democracy's is 12,643 / 2,460 / 2,081 / 379 / 1,435, not the efficiency savings' (2,400) / (399) / 0 / (399) / (2,000).
     */
    @Test
    void sectionTotalsAfterASubHeadingGroupCoverTheWholeSection() throws Exception {
        Map<String, RevenueStatement> byDepartment = new LinkedHashMap<>();
        councilWide().forEach(s -> byDepartment.put(s.department(), s));
        assertThat(workedOut(byDepartment.get("Adult Social Care"), "Total Expenditure"))
                .isEqualTo(Amounts.of(23_476, 4_028, 3_973, 55, 108));
        assertThat(workedOut(byDepartment.get("Corporate & Democracy"), "Total Expenditure"))
                .isEqualTo(Amounts.of(12_643, 2_460, 2_081, 379, 1_435));
        // and where a statement has no slips, every row worked out from its lines is the row as printed
        List<String> differing = new ArrayList<>();
        for (RevenueStatement s : byDepartment.values()) {
            if (StatementCheck.check(s).isEmpty()) {
                var computed = StatementTotals.compute(s);
                s.rows().stream()
                        .filter(r -> computed.containsKey(r.position())
                                && !computed.get(r.position()).equals(r.printed()))
                        .forEach(r -> differing.add(s.department() + ": " + r.label()));
            }
        }
        assertThat(differing).isEmpty();
    }

    private static Amounts workedOut(RevenueStatement s, String label) {
        StatementRow row = s.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow();
        return StatementTotals.compute(s).get(row.position());
    }
}
