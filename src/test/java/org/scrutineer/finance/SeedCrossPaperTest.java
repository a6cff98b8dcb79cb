package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.domain.Column;
import org.scrutineer.finance.domain.CrossPaperCheck;
import org.scrutineer.finance.domain.FigureTable;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.platform.demo.DemoFile;

/**
 * What the three finance papers of the 23 September 2025 meeting both state: the Adults Social Care Budget Position
 * (its division summary, figures at an unstated date in period 4), the Performance Management Report's Appendix 1
 * (the board's four statements as at 31 May 2025) and the council-wide report with its appendices (Appendix 1's
 * summary and Appendix 2's fifteen statements as at 31 May 2025).
 */
class SeedCrossPaperTest {
    static final String ASC = "Adults Social Care Budget Position";
    static final String PMR = "Performance Management Report - Quarter 1 2025/26";
    static final String COUNCIL = "2025/26 Spending as at 31 May 2025";

    @Test
    void twoDivisionsBudgetsDifferBetweenTheAdultSocialCareReportAndTheOtherPapers() throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        DemoFile.records(FinanceDemoData.DIR + "division-names.csv")
                .forEach(r -> names.put(r.get("name"), r.get("division")));
        Map<String, FigureTable> tables = new LinkedHashMap<>();
        SeedTablesTest.tables().forEach(t -> tables.put(t.id(), t));
        LocalDate may = LocalDate.of(2025, 5, 31);

        List<CrossPaperCheck.Stated> stated = new ArrayList<>();
        stated.addAll(CrossPaperCheck.of(tables.get("asc-division-summary"), names, null, ASC, "division summary"));
        for (RevenueStatement s : SeedStatementsTest.seed()) {
            stated.addAll(CrossPaperCheck.of(s, names.get(s.department()), PMR, s.department() + " statement"));
        }
        stated.addAll(CrossPaperCheck.of(tables.get("departmental-summary"), names, may, COUNCIL, "Appendix 1"));
        for (RevenueStatement s : SeedStatementsTest.councilWide()) {
            stated.addAll(CrossPaperCheck.of(s, names.get(s.department()), COUNCIL, s.department() + " statement"));
        }

        CrossPaperCheck.Result result = CrossPaperCheck.check(stated);

        // The ASC report prints Community Care's annual budget as 27,968 and Complex Care (Pool)'s as 13,188; Appendix
        // 1,
        // the Community Care and Complex Care Pool statements and the board's Community Care and Better Care Pooled
        // Budget statements all print 27,061 and 13,189. Its ASC (24,522) and Internal Care Homes (7,932) agree. Its
        // variances and forecasts are at another date (period 4, not 31 May) and are not compared.
        assertThat(result.disagreements())
                .extracting(
                        d -> d.subject() + " " + d.measure() + " " + d.values().keySet())
                .containsExactly(
                        "Community Care ANNUAL_BUDGET [27968, 27061]",
                        "Complex Care Pool ANNUAL_BUDGET [13188, 13189]");
        assertThat(result.disagreements().get(0).values().get(new BigDecimal("27061")))
                .containsExactly(
                        PMR + ", Community Care statement, Net Operational Expenditure",
                        COUNCIL + ", Appendix 1, Community Care",
                        COUNCIL + ", Community Care statement, Net Operational Expenditure");
        // every line of the board's four statements agrees with the council-wide report's, and Appendix 1 with Appendix
        // 2
        assertThat(result.compared()).isEqualTo(560);
        assertThat(result.acrossPapers()).isEqualTo(506);
        assertThat(stated.stream()
                        .filter(f -> f.subject().equals("Adult Social Care") && f.measure() == Column.ANNUAL_BUDGET)
                        .map(f -> f.value().intValue())
                        .distinct())
                .containsExactly(24_522);
    }
}
