package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.domain.CommentaryFigures;
import org.scrutineer.finance.domain.RevenueStatement;

/** What a statement shows: its figures as printed, a figure that does not follow marked in its cell with the worked-out value. */
class StatementViewTest {

    static RevenueStatement statement(List<RevenueStatement> all, String department) {
        return all.stream()
                .filter(s -> s.department().equals(department))
                .findFirst()
                .orElseThrow();
    }

    static StatementView.Row row(StatementView v, String label) {
        return v.rows().stream()
                .filter(r -> r.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void printedFiguresStayPrintedWithTheWorkedOutValueBeside() throws Exception {
        StatementView v = StatementView.of(3, statement(SeedStatementsTest.seed(), "Better Care Pooled Budget"));
        StatementView.Row net = row(v, "Net Operational Expenditure");
        assertThat(net.figures()).containsExactly("13,189", "1,227", "1,225", "2", "0");
        assertThat(net.worked()).containsExactly("", "totals give 1,226", "totals give 1,224", "", "");
        assertThat(net.flagged()).isTrue();
        assertThat(row(v, "Total Expenditure").flagged()).isFalse();
        assertThat(v.findingLines())
                .containsExactly(
                        "Net Operational Expenditure, Budget to Date: printed 1,227, the figures give 1,226 (Net Operational Expenditure = Total Expenditure + Total Income).",
                        "Net Operational Expenditure, Actual Spend: printed 1,225, the figures give 1,224 (Net Operational Expenditure = Total Expenditure + Total Income).");

        StatementView greenspaces =
                StatementView.of(1, statement(SeedStatementsTest.councilWide(), "Community & Greenspaces"));
        assertThat(row(greenspaces, "Total Expenditure").figures())
                .containsExactly("29,505", "3,270", "3,297", "(27)", "(93)");
        assertThat(row(greenspaces, "Total Expenditure").worked())
                .containsExactly("", "", "lines give 3,298", "lines give (28)", "");
        // the net figures follow from the printed totals: they are neither replaced nor flagged
        assertThat(row(greenspaces, "Net Operational Expenditure").figures())
                .containsExactly("15,859", "-105", "-68", "(37)", "(105)");
        assertThat(row(greenspaces, "Net Operational Expenditure").flagged()).isFalse();
    }

    @Test
    void sectionTotalsAreShownAsPrintedAndUnflagged() throws Exception {
        for (String department : List.of("Adult Social Care", "Corporate & Democracy")) {
            StatementView v = StatementView.of(1, statement(SeedStatementsTest.councilWide(), department));
            assertThat(v.findings()).as(department).isEmpty();
            assertThat(v.rows()).as(department).noneMatch(StatementView.Row::flagged);
        }
        StatementView asc = StatementView.of(1, statement(SeedStatementsTest.councilWide(), "Adult Social Care"));
        assertThat(row(asc, "Total Expenditure").figures()).containsExactly("23,476", "4,028", "3,973", "55", "108");
    }

    @Test
    void theSuggestedCommentaryIsWordedFromThePrintedFiguresUnlessTheOfficerChoosesTheWorkedOutOnes() throws Exception {
        RevenueStatement greenspaces = statement(SeedStatementsTest.councilWide(), "Community & Greenspaces");
        assertThat(StatementView.of(1, greenspaces).position())
                .isEqualTo(
                        "Net Departmental Expenditure is £0.042m over the budget profile, and forecast to be £0.134m over budget at the end of the year.");
        assertThat(StatementView.of(1, greenspaces, CommentaryFigures.WORKED_OUT)
                        .position())
                .isEqualTo(
                        "Net Departmental Expenditure is £0.043m over the budget profile, and forecast to be £0.134m over budget at the end of the year.");
    }

    @Test
    void eachSectionIsARowGroupAndTheNetFiguresStandApart() throws Exception {
        StatementView v =
                StatementView.of(1, statement(SeedStatementsTest.seed(), "Public Health & Public Protection"));
        assertThat(v.sections())
                .extracting(g -> g.get(0).label())
                .containsExactly(
                        "Expenditure",
                        "Income",
                        "Net Operational Expenditure",
                        "Recharges",
                        "Net Departmental Expenditure");
        assertThat(v.sections().stream().mapToInt(List::size).sum())
                .isEqualTo(v.rows().size());
    }
}
