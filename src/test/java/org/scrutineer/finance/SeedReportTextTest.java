package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.domain.NarrativeCheck;
import org.scrutineer.finance.domain.TableCheck;
import org.scrutineer.meetings.BoardReportFile;

/** The Adults Social Care Budget Position report's paragraphs as printed, and exactly what the text check finds. */
class SeedReportTextTest {

    @Test
    void theTextCheckFindsTheWrongParagraphReferenceAndOneTruncatedPercentage() throws Exception {
        BoardReportFile.Entry entry;
        try (InputStream r = getClass().getResourceAsStream(FinanceDemoData.DIR + "reports.csv");
                InputStream p = getClass().getResourceAsStream(FinanceDemoData.DIR + "report-paragraphs.csv")) {
            entry = BoardReportFile.read(r, p).get(0);
        }
        assertThat(entry.report().subject()).isEqualTo("Adults Social Care Budget Position");
        assertThat(entry.report().paragraphs()).hasSize(16);
        List<BigDecimal> figures = SeedTablesTest.tables().stream()
                .filter(t -> entry.tables().contains(t.id()))
                .flatMap(t -> t.rows().stream())
                .flatMap(row -> row.values().stream())
                .filter(v -> v != null)
                .toList();
        assertThat(figures).isNotEmpty();

        List<NarrativeCheck.Finding> found = NarrativeCheck.check(entry.report().paragraphTexts(), figures);

        // 5.2 cites "para 3.9" for the £1.967m funding gap, which 3.10 states; 3.4's "increase of 30%" from 13 to 17
        // people is 30.8%, which rounds to 31%. 5.2's 3.7%, 7% and 75% follow from £53.38m, £27.97m and the (2,627)
        // forecast variance of the division summary, so they are not findings.
        assertThat(found)
                .extracting(
                        NarrativeCheck.Finding::paragraph,
                        NarrativeCheck.Finding::quoted,
                        NarrativeCheck.Finding::expected)
                .containsExactly(tuple("3.4", "30%", "31%"), tuple("5.2", "para 3.9", "para 3.10"));
    }

    /**
     * The council-wide report "2025/26 Spending as at 31 May 2025" (seed 001 from line 5780): its numbered paragraphs
     * 1.2 and 3.1 to 4.3 as printed, 3.15's four pressure areas held as 3.15(i) to (iv).
     */
    @Test
    void theCouncilWideReportsTextHasOnePercentageThatDoesNotFollow() throws Exception {
        BoardReportFile.Entry entry;
        try (InputStream r = getClass().getResourceAsStream(FinanceDemoData.DIR + "reports.csv");
                InputStream p = getClass().getResourceAsStream(FinanceDemoData.DIR + "report-paragraphs.csv")) {
            entry = BoardReportFile.read(r, p).stream()
                    .filter(e -> e.report().slug().equals(FinanceDemoData.COUNCIL_PAPER))
                    .findFirst()
                    .orElseThrow();
        }
        assertThat(entry.report().subject()).isEqualTo("2025/26 Spending as at 31 May 2025");
        assertThat(entry.report().paragraphs()).hasSize(29);
        assertThat(entry.report().paragraphTexts().get("3.14"))
                .isEqualTo("Operational net spending for the first two months of the year is "
                        + "higher than the budget to date by £0.833m Based on current forecasts it is estimated net spend will be over budget for the "
                        + "year by £6.185m if no further corrective action is taken.");
        List<BigDecimal> figures = SeedTablesTest.tables().stream()
                .filter(t -> entry.tables().contains(t.id()))
                .flatMap(t -> TableCheck.inThousands(t).stream())
                .toList();

        List<NarrativeCheck.Finding> found = NarrativeCheck.check(entry.report().paragraphTexts(), figures);

        // 3.15(ii): "£940.85 compared to £850.24 ... an increase of 10.6%" is 10.66%, which rounds to 10.7%. What
        // follows:
        // 3.8's 22% (£33.555m of the £149.497m budget it was added to), 3.18's 2.81% (£5.149m of the £183.052m net
        // budget in Appendix 1), and 3.15(ii)'s 2.8%, 4.8%, 1.7%, 1.1% and 10.46%. Not checked: rates (2%, the 3.2% pay
        // offer, 4.9% demand), and percentages with no figure of their own beside them (8%, 75%, 5.8%, the collection
        // rates).
        assertThat(found)
                .extracting(
                        NarrativeCheck.Finding::paragraph,
                        NarrativeCheck.Finding::quoted,
                        NarrativeCheck.Finding::expected)
                .containsExactly(tuple("3.15(ii)", "10.6%", "10.7%"));
    }
}
