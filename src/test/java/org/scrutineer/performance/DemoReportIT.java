package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutineer.performance.PriorityBasedReport.KpiRow;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Symbol;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The Halton demo's Q1 2025/26 report, published on first start, against the spec's 17 vectors. */
@ScrutineerTest
class DemoReportIT {
    /** spec/performance.md: expected Current Progress and Direction of Travel. */
    static final Map<String, String[]> EXPECTED = Map.ofEntries(
            Map.entry("PH01a", new String[] {"Red", "Red"}),
            Map.entry("PH01b", new String[] {"Red", "Red"}),
            Map.entry("PH02", new String[] {"Red", "Red"}),
            Map.entry("PH03", new String[] {"Green", "Green"}),
            Map.entry("PH04", new String[] {"Red", "Red"}),
            Map.entry("PH05", new String[] {"Green", "Green"}),
            Map.entry("PH06", new String[] {"Green", "Green"}),
            Map.entry("PH07", new String[] {"Red", "Red"}),
            Map.entry("PH08", new String[] {"Red", "Red"}),
            Map.entry("PH09", new String[] {"Green", "Green"}),
            Map.entry("PH10", new String[] {"Green", "Green"}),
            Map.entry("PH11", new String[] {"Red", "Green"}),
            Map.entry("PH12", new String[] {"Green", "Green"}),
            Map.entry("PH13", new String[] {"Green", "Green"}),
            Map.entry("PH14", new String[] {"Green", "Green"}),
            Map.entry("PH15", new String[] {"Red", "Red"}),
            Map.entry("PH16", new String[] {"Green", "Green"}));

    @Autowired
    PriorityReports reports;

    @Autowired
    Boards boards;

    PriorityBasedReport published() {
        Board board = boards.byCode("HSC-PPB").orElseThrow();
        return reports.publishedReport(board, Period.parse("Q1 2025/26"), 1).orElseThrow();
    }

    @Test
    void publishedReportCarriesTheSeventeenIndicatorsWithComputedSymbols() {
        PriorityBasedReport report = published();
        Map<String, KpiRow> rows =
                report.allKpis().stream().collect(Collectors.toMap(KpiRow::ref, Function.identity()));
        assertThat(rows).hasSize(17).containsOnlyKeys(EXPECTED.keySet());
        EXPECTED.forEach((ref, symbols) -> {
            assertThat(rows.get(ref).progress().label()).as(ref + " progress").isEqualTo(symbols[0]);
            assertThat(rows.get(ref).direction().label()).as(ref + " direction").isEqualTo(symbols[1]);
            assertThat(rows.get(ref).progress().overridden()).isFalse();
        });
        // figures printed as the seed prints them
        assertThat(rows.get("PH01a").previous()).isEqualTo("58.6 (2020-22)");
        assertThat(rows.get("PH01a").target()).isEqualTo("58.8 (2019-21)");
        assertThat(rows.get("PH01a").current()).isEqualTo("56.8 (2021-23)");
        assertThat(rows.get("PH03").target()).isEqualTo("90% (standing target)");
        assertThat(rows.get("PH03").current()).isEqualTo("90.1% (Q1-3 2024/25)");
        assertThat(rows.get("PH10").previous()).isEqualTo("2,206 (2022/23)");
        assertThat(rows.get("PH04").target()).isEqualTo("72.0% (2023/24)");
    }

    @Test
    void adultSocialCareIsNotYetAvailableButPublicHealthIs() {
        PriorityBasedReport report = published();
        assertThat(report.areas()).extracting(PriorityBasedReport.Area::code).containsExactly("ASC", "PH");
        PriorityBasedReport.Area asc = report.areas().get(0);
        assertThat(asc.dataAvailable()).isFalse();
        assertThat(asc.kpis()).isEmpty();
        assertThat(asc.keyDevelopments()).isNotEmpty();
        PriorityBasedReport.Area ph = report.areas().get(1);
        assertThat(ph.dataAvailable()).isTrue();
        assertThat(ph.objectives())
                .extracting(PriorityBasedReport.ObjectiveRow::ref)
                .containsExactly("PH 01", "PH 02", "PH 03", "PH 04", "PH 05", "PH 06", "PH 07", "PH 08", "PH 09");
        assertThat(report.quarterName()).isEqualTo("Quarter 1");
        assertThat(report.previousYear()).isEqualTo("2024/25");
        assertThat(report.reportingYear()).isEqualTo("2025/26");
    }

    @Test
    void pdfTextHoldsEveryRefWithItsProgressAndDirectionWords() throws Exception {
        Board board = boards.byCode("HSC-PPB").orElseThrow();
        byte[] pdf = reports.publishedPdf(board, Period.parse("Q1 2025/26"), 1).orElseThrow();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            assertThat(document.getDocumentCatalog().getStructureTreeRoot())
                    .as("tagged PDF")
                    .isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).contains("Priority Based Report");
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document);
        }
        assertThat(text)
                .contains(
                        "Page 1 of",
                        "Key Performance Indicators",
                        "Explanation of Symbols",
                        "Quarter 1 data is not yet available",
                        "Direction of Travel");
        List<String> lines = text.lines().toList();
        EXPECTED.forEach((ref, symbols) -> {
            String row = lines.stream()
                    .filter(l -> l.startsWith(ref + " ") && l.contains("("))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(ref + " not in PDF"));
            // the row ends with the two symbol names, in column order: progress then direction
            assertThat(row).as(ref).endsWith(" " + symbols[0] + " " + symbols[1]);
        });
    }

    @Test
    void financialAppendixCarriesTheBoardsStatementsAndTheirFindings() throws Exception {
        PriorityBasedReport report = published();
        assertThat(report.finance())
                .extracting(org.scrutineer.finance.StatementView::department)
                .containsExactly(
                        "Community Care",
                        "Care Homes Division",
                        "Better Care Pooled Budget",
                        "Public Health & Public Protection");
        assertThat(report.finance().get(2).findings())
                .extracting(f -> f.column() + " " + f.printed() + " " + f.expected())
                .containsExactly("Budget to Date 1,227 1,226", "Actual Spend 1,225 1,224");
        assertThat(report.publication().checksReason())
                .startsWith("Published as presented to the board on 23 September 2025");
        assertThat(report.finance().get(3).position())
                .isEqualTo(
                        "Net Departmental Expenditure is £0.051m under the budget profile, and forecast to be £0.299m under budget at the end of the year.");
        Board board = boards.byCode("HSC-PPB").orElseThrow();
        try (PDDocument document = Loader.loadPDF(
                reports.publishedPdf(board, Period.parse("Q1 2025/26"), 1).orElseThrow())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Better Care Pooled Budget: Revenue Budget as at 31 May 2025",
                            "Residential & Nursing",
                            "printed 1,227, the figures give 1,226");
        }
    }

    @Test
    void liveDraftAgreesWithThePublishedCopy() {
        Board board = boards.byCode("HSC-PPB").orElseThrow();
        PriorityBasedReport draft = reports.build(board, Period.parse("Q1 2025/26"));
        assertThat(draft.allKpis())
                .extracting(k -> k.progress().symbol())
                .containsExactlyElementsOf(published().allKpis().stream()
                        .map(k -> k.progress().symbol())
                        .toList());
        assertThat(draft.allKpis()).extracting(k -> k.direction().symbol()).doesNotContain(Symbol.AMBER);
    }
}
