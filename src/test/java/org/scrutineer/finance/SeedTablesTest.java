package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.domain.FigureTable;
import org.scrutineer.finance.domain.SavingProposal;
import org.scrutineer.finance.domain.TableCheck;

/** The seed's summary tables and savings as printed, and exactly what the checks find in them. */
class SeedTablesTest {
    static final String DIR = "/demo/halton/finance/";

    static List<FigureTable> tables() throws Exception {
        List<FigureTable> all = new ArrayList<>();
        for (String prefix : List.of("", "council-")) {
            try (InputStream t = SeedTablesTest.class.getResourceAsStream(DIR + prefix + "tables.csv");
                    InputStream r = SeedTablesTest.class.getResourceAsStream(DIR + prefix + "table-rows.csv")) {
                all.addAll(FinanceTablesFile.read(t, r));
            }
        }
        return all;
    }

    @Test
    void theChecksFindExactlyTheSeedsSlips() throws Exception {
        List<FigureTable.Finding> found =
                tables().stream().flatMap(t -> TableCheck.check(t).stream()).toList();
        assertThat(found)
                .extracting(
                        FigureTable.Finding::table,
                        FigureTable.Finding::row,
                        FigureTable.Finding::column,
                        f -> f.printed().toPlainString(),
                        f -> f.expected().toPlainString())
                .containsExactlyInAnyOrder(
                        // Appendix 1 of the council-wide report: the total row does not add up in three columns, and
                        // its
                        // variance is not its budget to date less its actual either
                        tuple(
                                "departmental-summary",
                                "Total Operational Net Spend",
                                "Budget To Date £'000",
                                "18808",
                                "19317"),
                        tuple(
                                "departmental-summary",
                                "Total Operational Net Spend",
                                "Actual To Date £'000",
                                "19890",
                                "20389"),
                        tuple(
                                "departmental-summary",
                                "Total Operational Net Spend",
                                "Variance (Overspend) £'000",
                                "-1073",
                                "-1072"),
                        tuple(
                                "departmental-summary",
                                "Total Operational Net Spend",
                                "Variance (Overspend) £'000",
                                "-1073",
                                "-1082"),
                        // SEN transport: the average cost per user is neither budget nor projected spend divided by
                        // users
                        tuple("sen-transport", "In Borough", "Average Cost per User", "3743.62", "3836.78"),
                        tuple("sen-transport", "Out of Borough", "Average Cost per User", "9263.98", "8372.41"),
                        // Adult Social Care division summary: headed £m over figures in £'000
                        tuple("asc-division-summary", "Total", "unit", "73610", "73.61"));
    }

    @Test
    void savingsReconcileWithTheSummaryByStatus() throws Exception {
        List<SavingProposal> proposals;
        try (InputStream in = SeedTablesTest.class.getResourceAsStream(DIR + "savings.csv")) {
            proposals = FinanceTablesFile.savings(in);
        }
        assertThat(proposals).hasSize(25);
        BigDecimal agreed = proposals.stream().map(SavingProposal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        FigureTable summary = tables().stream()
                .filter(t -> t.id().equals("savings-by-department"))
                .findFirst()
                .orElseThrow();
        FigureTable.Row total = summary.rows().get(summary.rows().size() - 1);
        BigDecimal byStatus = total.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(agreed).isEqualByComparingTo("7225");
        assertThat(byStatus).isEqualByComparingTo(agreed);
    }
}
