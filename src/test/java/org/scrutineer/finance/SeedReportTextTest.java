package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.domain.FigureTable;
import org.scrutineer.finance.domain.NarrativeCheck;
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
        List<BigDecimal> figures = SeedTablesTest.tables().stream().filter(t -> entry.tables().contains(t.id()))
                .flatMap(t -> t.rows().stream()).flatMap(row -> row.values().stream()).filter(v -> v != null).toList();
        assertThat(figures).isNotEmpty();

        List<NarrativeCheck.Finding> found = NarrativeCheck.check(entry.report().paragraphTexts(), figures);

        // 5.2 cites "para 3.9" for the £1.967m funding gap, which 3.10 states; 3.4's "increase of 30%" from 13 to 17
        // people is 30.8%, which rounds to 31%. 5.2's 3.7%, 7% and 75% follow from £53.38m, £27.97m and the (2,627)
        // forecast variance of the division summary, so they are not findings.
        assertThat(found).extracting(NarrativeCheck.Finding::paragraph, NarrativeCheck.Finding::quoted, NarrativeCheck.Finding::expected)
                .containsExactly(
                        tuple("3.4", "30%", "31%"),
                        tuple("5.2", "para 3.9", "para 3.10"));
    }
}
