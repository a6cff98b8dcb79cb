package org.scrutineer.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.HostileFiles;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Files built to exhaust or trick the server are refused with a clear answer, on the upload page and from the API, and
 * nothing of them lands: workbooks that unzip too far, XML with entities, rows past Excel's limits, NUL characters, a
 * million errors, and a second large import while one runs.
 */
@ScrutineerTest
class HostileImportIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indicators() {
        data.serviceArea("TEST-HOST", "HOST");
        data.indicator("HOST", "HOST-1", "HIGHER_IS_BETTER");
    }

    static MockMultipartFile file(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/octet-stream", bytes);
    }

    ResultActions api(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/import/figures")
                .file(file(name, bytes))
                .with(httpBasic("officer", "officer-demo-pass")));
    }

    /** The problems the upload page lists, with its error summary. */
    String page(String name, byte[] bytes) throws Exception {
        String html = mvc.perform(multipart("/import")
                        .file(file(name, bytes))
                        .param("layout", "figures")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.select(".govuk-error-summary").text()).contains("was not imported", "Nothing was imported");
        return page.select("#import-errors").text();
    }

    int figures() {
        return jdbc.sql("select count(*) from indicator_value")
                .query(Integer.class)
                .single();
    }

    @Test
    void aWorkbookThatUnzipsPastTheBoundIsRefusedWithoutReadingItAll() throws Exception {
        // compresses 75 to 1, under POI's own ratio limit, as the tester's 1.3 MB workbook that came to 95 MB
        byte[] workbook = HostileFiles.workbookExpandingTo(100L * 1024 * 1024);
        assertThat(workbook.length).isLessThan(2 * 1024 * 1024);
        int before = figures();
        long started = System.nanoTime();
        api("big.xlsx", workbook)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.startsWith("The workbook unzips to more than 64 MB in one part")));
        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("milliseconds to refuse it")
                .isLessThan(15_000);
        assertThat(page("big.xlsx", workbook)).contains("The workbook unzips to more than 64 MB in one part");
        assertThat(figures()).isEqualTo(before);
    }

    @Test
    void aWorkbookThatHidesItsSizeIsStoppedOnceItUnzipsPastTheBound() throws Exception {
        byte[] workbook = HostileFiles.claimingSheetSize(HostileFiles.workbookExpandingTo(100L * 1024 * 1024), 1000);
        api("liar.xlsx", workbook)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.startsWith("The workbook unzips to more than 64 MB in one part")));
    }

    @Test
    void aZipBombIsRefusedAsOne() throws Exception {
        // within the size bound, so what stops it is the ratio: 50 MB from some 50 KB
        byte[] bomb = HostileFiles.zipBomb(50L * 1024 * 1024);
        api("bomb.xlsx", bomb)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.containsString("expands to more than 100 times its size")));
        assertThat(page("bomb.xlsx", bomb)).contains("(a zip bomb)");
    }

    @Test
    void entitiesAreNeverExpandedNorFetched() throws Exception {
        for (byte[] workbook : new byte[][] {HostileFiles.xxeWorkbook(), HostileFiles.billionLaughsWorkbook()}) {
            api("entities.xlsx", workbook)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].reason")
                            .value(org.hamcrest.Matchers.startsWith(
                                    "The workbook's XML declares a document type (DOCTYPE)")))
                    .andExpect(
                            content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("root:"))));
            assertThat(page("entities.xlsx", workbook))
                    .contains("declares a document type (DOCTYPE)")
                    .doesNotContain("lollol");
        }
    }

    @Test
    void sheetsPastExcelsOwnLimitsAreRefused() throws Exception {
        String head =
                "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + HostileFiles.FIGURES_HEADER;
        String tail = "</sheetData></worksheet>";
        api(
                        "rows.xlsx",
                        HostileFiles.workbookWithSheet(
                                head + "<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>" + tail))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.startsWith("The sheet has more than 1,048,576 rows")));
        api("wide.xlsx", HostileFiles.workbookWithSheet(head + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>" + tail))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("Row 2 has a cell past column XFD, Excel's last, so the workbook was not read"));
        api(
                        "cell.xlsx",
                        HostileFiles.workbookWithSheet(head + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
                                + "x".repeat(40_000) + "</t></is></c></row>" + tail))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.startsWith("Row 2 has a cell of more than 32,767 characters")));
    }

    @Test
    void aNulCharacterInACellIsAnErrorOfItsRowAndColumn() throws Exception {
        MockMultipartFile csv =
                new MockMultipartFile("file", "defs.csv", "text/csv", """
                ref,service_area,measure,definition,unit,polarity,frequency,data_source,projection
                NUL-1,HOST,Waiting\u0000list,People waiting,count,lower_is_better,monthly,Case system,
                NUL-2,HOST,Reviews,,count,sideways,monthly,Case system,
                """.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/import/indicators").file(csv).with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("measure"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.startsWith("The cell holds a NUL character (U+0000)")))
                .andExpect(jsonPath("$.errors[1].column").value("polarity"));
        assertThat(jdbc.sql("select count(*) from indicator where ref like 'NUL-%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aMillionErrorsAreCountedAndTheFirstThousandListed() throws Exception {
        StringBuilder csv = new StringBuilder("indicator_ref,kind,period,value,status\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("NOPE-").append(i).append(",actual,summer,x,final\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        String body = api("bad.csv", bytes)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorCount").value(15_000))
                .andExpect(jsonPath("$.errors.length()").value(1000))
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "The file bad.csv was not imported: 15,000 errors (the first 1,000 are listed); nothing was imported"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body.length()).as("bytes of problem+json").isLessThan(200_000);
        assertThat(page("bad.csv", bytes)).startsWith("Problems in bad.csv: the first 1,000 of 15,000 found");
    }

    @SuppressWarnings("try") // the pass is held, not used: it stands for another large import running
    @Test
    void aSecondLargeImportIsToldToComeBack() throws Exception {
        byte[] workbook = smallWorkbook();
        try (ImportGate.Pass held = ImportGate.enter("a large file")) {
            api("figures.xlsx", workbook)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "60"))
                    .andExpect(content().contentType("application/problem+json"))
                    .andExpect(jsonPath("$.detail")
                            .value(org.hamcrest.Matchers.startsWith("Another large file is being imported now")));
            String html = mvc.perform(multipart("/import")
                            .file(file("figures.xlsx", workbook))
                            .param("layout", "figures")
                            .with(user("o").roles("OFFICER"))
                            .with(csrf()))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "60"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(html).select(".govuk-error-summary").text())
                    .contains("Another large file is being imported now", "Nothing was imported from figures.xlsx");
        }
        api("figures.xlsx", workbook)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(1));
    }

    static byte[] smallWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("figures");
            String[][] rows = {
                {"indicator_ref", "kind", "period", "value", "status"}, {"HOST-1", "target", "2031/32", "7", ""}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return out.toByteArray();
    }
}
