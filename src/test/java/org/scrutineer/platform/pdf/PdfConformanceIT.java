package org.scrutineer.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutineer.meetings.AgendaPacks;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.PaperRenderer;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every kind of PDF Scrutineer makes passes veraPDF's PDF/UA-1 and PDF/A-3u profiles. Each PDF checked is also written to
 * target/pdf-conformance, so a failure can be opened or run through the veraPDF command line.
 */
@ScrutineerTest
class PdfConformanceIT {
    static final Path OUT = Path.of("target", "pdf-conformance");

    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    AgendaPacks packs;

    @Autowired
    PaperRenderer papers;

    @Autowired
    Boards boards;

    static void assertConforms(String name, byte[] pdf) {
        assertConform(Map.of(name, pdf));
    }

    /** Checks every PDF before failing, so one failure lists what each of them breaks. */
    static void assertConform(Map<String, byte[]> pdfs) {
        StringBuilder broken = new StringBuilder();
        pdfs.forEach((name, pdf) -> {
            keep(name, pdf);
            List<VeraPdf.FailedRule> failed = VeraPdf.failedRules(pdf);
            if (!failed.isEmpty()) {
                broken.append(VeraPdf.describe(name, failed)).append('\n');
            }
        });
        assertThat(broken).as(broken.toString()).isEmpty();
    }

    static void keep(String name, byte[] pdf) {
        try {
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PDFs as served, each fetched once for the whole class (the spending report takes seconds to render). */
    static final Map<String, byte[]> SERVED = new java.util.concurrent.ConcurrentHashMap<>();

    byte[] download(String path) throws Exception {
        byte[] pdf = SERVED.get(path);
        if (pdf == null) {
            pdf = mvc.perform(get(path).with(user("o").roles("OFFICER")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            SERVED.put(path, pdf);
        }
        return pdf;
    }

    @Test
    void thePublishedPriorityBasedReport() throws Exception {
        assertConforms("priority-based-report", download("/reports/HSC-PPB/q1-2025-26.pdf"));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The demo's SC-WRES data report: its likelihoods, national figures and charts, as the board received it. */
    @Test
    void theWorkforceDataReport() throws Exception {
        long id = jdbc.sql(
                        "select id from workforce_return where year = '2024/25' and published_on is not null order by id limit 1")
                .query(Long.class)
                .single();
        byte[] pdf = download("/workforce/returns/" + id + ".pdf");
        assertConforms("workforce-data-report", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("SC-WRES data report")
                    .contains("Relative likelihoods")
                    .contains("Indicator 1: Pay bands")
                    .doesNotContain("Pay band groupings");
        }
        // a visitor's copy is the published one, small numbers suppressed, as the page shows it
        byte[] visitors = mvc.perform(get("/workforce/returns/" + id + ".pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(visitors)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("shown as fewer than 5");
        }
    }

    @Autowired
    org.scrutineer.benchmarking.BenchmarkImport benchmarkImport;

    /** A benchmarked indicator's PDF (trend and compare-areas charts with their tables), and the spine chart's. */
    @Test
    void aBenchmarkIndicatorAndTheSpineChart() throws Exception {
        int id = 93_000_001;
        benchmarkImport.importFile(
                "pdf.csv",
                new java.io.ByteArrayInputStream(org.scrutineer.benchmarking.FingertipsFiles.csv(
                        org.scrutineer.benchmarking.FingertipsFiles.quirky(id, "Adults who are physically active"))));
        byte[] indicator = download("/benchmark/indicators/" + id + ".pdf");
        byte[] spine = download("/benchmark/spine.pdf");
        try (PDDocument doc = Loader.loadPDF(indicator)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Adults who are physically active")
                    .contains("The figures behind the trend chart")
                    .contains("The figures behind the compare-areas chart");
        }
        try (PDDocument doc = Loader.loadPDF(spine)) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("The figures behind the spine chart")
                    .contains("Adults who are physically active");
        }
        assertConform(Map.of("benchmark-indicator", indicator, "benchmark-spine", spine));
    }

    @Autowired
    org.scrutineer.support.TestData data;

    @Autowired
    org.scrutineer.performance.PerformanceRepository indicators;

    @Autowired
    org.scrutineer.performance.Figures figures;

    @Autowired
    org.scrutineer.performance.EnglandColumn englandColumn;

    @Autowired
    org.scrutineer.performance.PriorityReports reports;

    /** A Priority Based Report with England's column: one KPI benchmarked, one not. */
    @Test
    void aPriorityBasedReportWithEnglandsColumn() throws Exception {
        int id = 93_000_002;
        benchmarkImport.importFile(
                "england.csv",
                new java.io.ByteArrayInputStream(org.scrutineer.benchmarking.FingertipsFiles.csv(
                        org.scrutineer.benchmarking.FingertipsFiles.quirky(id, "Adults who are active"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(
                                "/api/benchmark/indicators/" + id)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"publicDisplay\": true}")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk());
        data.serviceArea("PDF-ENG", "PDFENG");
        for (String ref : List.of("PDFENG-1", "PDFENG-2")) {
            data.indicator("PDFENG", ref, "HIGHER_IS_BETTER");
            figures.saveFigure(
                    indicators.indicator(ref).orElseThrow(),
                    new org.scrutineer.performance.domain.Figure(
                            org.scrutineer.performance.domain.Period.parse("2024/25"),
                            new java.math.BigDecimal("30"),
                            org.scrutineer.performance.domain.ValueStatus.FINAL));
        }
        englandColumn.link(indicators.indicator("PDFENG-1").orElseThrow(), id);
        englandColumn.show(boards.byCode("PDF-ENG").orElseThrow(), true);
        byte[] pdf = reports.renderPdf(reports.build(
                boards.byCode("PDF-ENG").orElseThrow(), org.scrutineer.performance.domain.Period.parse("Q1 2025/26")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("England", "40.00 (2023/24)", "not benchmarked");
        }
        assertConforms("priority-based-report-england-column", pdf);
    }

    @Test
    void theSpendingReport() throws Exception {
        assertConforms("spending-report", download("/finance/spending-report.pdf"));
    }

    @Test
    void theImprovementProgressReport() throws Exception {
        assertConforms("improvement-report", download("/improvement/report.pdf"));
    }

    @Test
    void theDemosPublishedAgendaPack() throws Exception {
        byte[] pack = download("/meetings/hsc-2025-09-23/pack.pdf");
        assertConforms("agenda-pack", pack);
    }

    @Test
    void aPacksFrontSheet() {
        assertConforms(
                "front-sheet", packs.frontSheet(meetings.byKey("hsc-2025-09-23").orElseThrow()));
    }

    /** The papers the demo makes from what Scrutineer holds: minutes, public question time, held reports and covers. */
    @Test
    void theDemosGeneratedPapers() {
        Map<String, byte[]> papers = new LinkedHashMap<>();
        for (String key : List.of("hsc-2025-09-23", "cypf-2023-01-23")) {
            for (AgendaItem item : meetings.byKey(key).orElseThrow().items()) {
                if (item.kind().equals("PERFORMANCE")
                        || item.title().toLowerCase(java.util.Locale.ROOT).contains("councilwide spending")) {
                    continue; // the published report and the spending report, checked as themselves above
                }
                for (AgendaItem.Document d : item.documents()) {
                    papers.put(
                            key + "-" + d.fileName().replace(".pdf", ""),
                            meetings.document(d.id()).orElseThrow().content());
                }
            }
        }
        assertThat(papers).hasSizeGreaterThan(10);
        assertConform(papers);
    }

    @Test
    void aReportWrittenInTheCouncilsTemplateAndASupplement() throws Exception {
        long board = boards.byCode("HSC-PPB").orElseThrow().id();
        String key = "hsc-2027-02-09-pdf";
        long id = meetings.create(aNewMeeting(key, board, LocalDate.of(2027, 2, 9))
                .in("Council Chamber, Runcorn Town Hall")
                .build());
        long item = meetings.addItem(id, aNewItem("Carers strategy update").build());
        mvc.perform(post("/meetings/" + key + "/items/" + item + "/report")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("reportingOfficer", "Executive Director, Adults")
                        .param("portfolio", "Adult Social Care")
                        .param("wards", "Borough-wide")
                        .param("purpose", "To update the Board on the financial position of the carers' strategy.")
                        .param("recommendation", "That the Board note the report.")
                        .param("supporting", "The strategy runs to 2027.")
                        .param("priority1", "The strategy supports carers' wellbeing."))
                .andExpect(status().is3xxRedirection());
        AgendaItem.Document written =
                meetings.byKey(key).orElseThrow().items().get(0).documents().get(0);
        assertConforms(
                "report-in-template",
                meetings.document(written.id()).orElseThrow().content());

        packs.publish(meetings.byKey(key).orElseThrow(), "test");
        byte[] appendix = papers.render(new PaperRenderer.Paper(
                List.of(),
                "Appendix A: carers' finance",
                "",
                List.of(new PaperRenderer.Section("Detail", List.of("The first figures of the financial year.")))));
        meetings.addDocument(
                item,
                "Appendix A",
                "REPORT",
                "appendix-a.pdf",
                appendix,
                AgendaPacks.pageCount(appendix),
                AgendaPacks.text(appendix),
                "test");
        AgendaPacks.Published supplement =
                packs.publishSupplement(meetings.byKey(key).orElseThrow(), "test");
        assertConforms("supplement", packs.pdf(id, supplement.version()).orElseThrow());
    }

    @Test
    void aPackWithAnUntaggedUploadedPaperDoesNotClaimToBeAccessibleAndTheMeetingPageSaysSo() throws Exception {
        mvc.perform(post("/meetings/new")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("board", "HSC-PPB")
                        .param("date", "2027-02-16")
                        .param("time", "18:30")
                        .param("venue", "Council Chamber"))
                .andExpect(status().is3xxRedirection());
        String created = meetings.all("HSC-PPB").stream()
                .filter(m -> m.date().equals(LocalDate.of(2027, 2, 16)))
                .findFirst()
                .orElseThrow()
                .key();
        MockMultipartFile upload = new MockMultipartFile(
                "file",
                "treasury.pdf",
                "application/pdf",
                UploadedPapers.archivableButUntagged(
                        "Treasury management outturn", "Borrowing stayed within the authorised limit."));
        mvc.perform(multipart("/meetings/" + created + "/items")
                        .file(upload)
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("title", "Treasury management outturn"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/" + created + "/publish")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        AgendaPacks.Published pack =
                packs.latestPack(meetings.idOf(created).orElseThrow()).orElseThrow();
        assertThat(pack.pdfUa()).isFalse();
        assertThat(pack.pdfA()).isTrue();
        assertThat(pack.notPdfUa()).containsExactly("Treasury management outturn");
        byte[] pdf = mvc.perform(get("/meetings/" + created + "/pack.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        keep("pack-with-an-untagged-paper", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String xmp = new String(
                    doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp)
                    .contains("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>")
                    .doesNotContain("pdfuaid");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked())
                    .as("the front sheet keeps its tags")
                    .isTrue();
        }
        // it claims what it meets, and veraPDF agrees it is short of PDF/UA-1
        List<VeraPdf.FailedRule> archival = VeraPdf.failedRules(pdf, List.of(PDFAFlavour.PDFA_3_U));
        assertThat(archival)
                .as(VeraPdf.describe("pack with an untagged paper", archival))
                .isEmpty();
        assertThat(VeraPdf.failedRules(pdf, List.of(PDFAFlavour.PDFUA_1))).isNotEmpty();

        String page = mvc.perform(get("/meetings/" + created))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "The agenda pack (version 1) is not fully accessible",
                        "not supplied as accessible PDFs",
                        "<li>Treasury management outturn</li>")
                .doesNotContain("is not an archival PDF");
    }

    @Test
    void aPaperThatMeetsNeitherStandardIsNamedForBoth() throws Exception {
        byte[] ours = papers.render(new PaperRenderer.Paper(
                List.of(), "Cover", "", List.of(new PaperRenderer.Section("Detail", List.of("Cover text.")))));
        try (BoundPdf bound = BoundPdf.of(List.of(
                new BoundPdf.Part("Cover", ours),
                new BoundPdf.Part("Scanned letter", UploadedPapers.plain("A letter"))))) {
            assertThat(bound.standards())
                    .isEqualTo(
                            new BoundPdf.Standards(false, false, List.of("Scanned letter"), List.of("Scanned letter")));
            byte[] pdf = bound.save("Bound", "en-GB");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String xmp = new String(
                        doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(xmp).contains("<dc:title>").doesNotContain("pdfaid", "pdfuaid");
            }
        }
    }

    @Test
    void extractedTextReadsAsWrittenWithoutLigatures() throws Exception {
        for (String path : List.of("/finance/spending-report.pdf", "/reports/HSC-PPB/q1-2025-26.pdf")) {
            try (PDDocument doc = Loader.loadPDF(download(path))) {
                assertThat(textAsReadersGetIt(doc))
                        .as(path)
                        .contains("figures")
                        .doesNotContainPattern("[\\uFB00-\\uFB06]");
            }
        }
        try (PDDocument doc = Loader.loadPDF(download("/reports/HSC-PPB/q1-2025-26.pdf"))) {
            assertThat(textAsReadersGetIt(doc)).contains("finance", "definition", "significant");
        }
    }

    /**
     * The text as a reader's search and copy get it, character by character from the fonts' Unicode maps. PDFBox's own
     * getText would not do: it turns a ligature such as U+FB01 back into "fi", which hid the fault.
     */
    static String textAsReadersGetIt(PDDocument doc) throws IOException {
        StringBuilder text = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String ignored, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                glyphs.forEach(g -> text.append(g.getUnicode()));
                text.append(' ');
            }
        };
        stripper.getText(doc);
        return text.toString();
    }
}
