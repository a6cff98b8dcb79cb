package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.imports.RowError;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Figure and target import against the real database: every bad input is listed and nothing lands. */
@ScrutineerTest
class FigureImportIT {
    @Autowired
    FigureImport figureImport;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void indicators() {
        data.serviceArea("TEST-IMP", "IMP");
        data.indicator("IMP", "IMP-1", "HIGHER_IS_BETTER");
        data.indicator("IMP", "IMP-2", "LOWER_IS_BETTER");
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    List<RowError> rejected(String name, String text) {
        int before = figureCount();
        ImportRejected e = (ImportRejected)
                org.assertj.core.api.Assertions.catchThrowable(() -> figureImport.importFile(name, csv(text)));
        assertThat(e).as("the file should be rejected").isNotNull();
        assertThat(figureCount()).as("nothing written").isEqualTo(before);
        return e.errors();
    }

    int figureCount() {
        return jdbc.sql("select (select count(*) from indicator_value) + (select count(*) from indicator_target)")
                .query(Integer.class)
                .single();
    }

    @Test
    void cleanFileLandsAndCorrectionsAreAudited() {
        FigureImport.Result first = figureImport.importFile("good.csv", csv("""
                indicator_ref,kind,period,value,status
                IMP-1,actual,2023/24,40.5,final
                IMP-1,actual,2024/25,42,provisional
                IMP-1,target,standing target,45,
                IMP-2,actual,Q1 2025/26,,not_available
                """));
        assertThat(first.rows()).isEqualTo(4);
        assertThat(first.created()).isEqualTo(4);
        assertThat(first.updated()).isZero();

        FigureImport.Result second = figureImport.importFile("correction.csv", csv("""
                indicator_ref,kind,period,value,status
                IMP-1,actual,2023/24,40.5,final
                IMP-1,actual,2024/25,43.1,final
                """));
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isEqualTo(1);
        String newValue = jdbc.sql("""
                        select new_value::text from audit_event where scope = 'indicator:IMP-1' and action = 'update'
                        and entity_key = 'IMP-1 2024/25' order by id desc limit 1""").query(String.class).single();
        String oldValue = jdbc.sql("""
                        select old_value::text from audit_event where scope = 'indicator:IMP-1' and action = 'update'
                        and entity_key = 'IMP-1 2024/25' order by id desc limit 1""").query(String.class).single();
        assertThat(oldValue).contains("42").contains("PROVISIONAL");
        assertThat(newValue).contains("43.1").contains("FINAL");
    }

    @Test
    void unknownIndicatorRef() {
        assertThat(rejected("a.csv", "indicator_ref,kind,period,value,status\nNOPE,actual,2023/24,1,final\n"))
                .containsExactly(new RowError(2, "indicator_ref", "There is no indicator 'NOPE'"));
    }

    @Test
    void unparseablePeriod() {
        List<RowError> errors =
                rejected("a.csv", "indicator_ref,kind,period,value,status\nIMP-1,actual,2023-2024,1,final\n");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(2);
        assertThat(errors.get(0).column()).isEqualTo("period");
        assertThat(errors.get(0).reason()).startsWith("'2023-2024' is not a period");
    }

    @Test
    void nonNumericValue() {
        assertThat(
                        rejected(
                                "a.csv",
                                "indicator_ref,kind,period,value,status\nIMP-1,actual,2023/24,abc,final\nIMP-1,actual,2022/23,\"2,206\",final\n"))
                .extracting(RowError::line, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "value"),
                        org.assertj.core.groups.Tuple.tuple(3, "value"));
    }

    @Test
    void duplicateRow() {
        List<RowError> errors = rejected("a.csv", """
                indicator_ref,kind,period,value,status
                IMP-1,actual,2023/24,1,final
                IMP-1,target,2023/24,1,
                IMP-1,actual,2023/24,2,final
                """);
        assertThat(errors)
                .containsExactly(new RowError(4, "", "Duplicate row: IMP-1 actual 2023/24 is already on line 2"));
    }

    @Test
    void emptyFile() {
        assertThat(rejected("empty.csv", ""))
                .extracting(RowError::reason)
                .containsExactly("The file is empty: it has no header row and no data");
        assertThat(rejected("header-only.csv", "indicator_ref,kind,period,value,status\n"))
                .extracting(RowError::reason)
                .containsExactly("The file has a header but no data rows");
    }

    @Test
    void wrongColumns() {
        List<RowError> errors = rejected("a.csv", "ref,period,amount\nIMP-1,2023/24,1\n");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(1);
        assertThat(errors.get(0).reason())
                .isEqualTo("The columns must be indicator_ref, kind, period, value, status."
                        + " Missing: indicator_ref, kind, value, status. Not expected: ref, amount.");
    }

    @Test
    void everyBadRowIsListedAndTheGoodRowsDoNotLand() {
        List<RowError> errors = rejected("mixed.csv", """
                indicator_ref,kind,period,value,status
                IMP-1,actual,2019/20,1,final
                IMP-1,forecast,2019/20,1,final
                IMP-1,actual,standing target,1,final
                IMP-1,actual,2018/19,,final
                IMP-1,actual,2017/18,5,not_available
                IMP-1,target,2017/18,5,provisional
                IMP-1,actual,2016/17,5,maybe
                IMP-2,actual,2019/20,7,final
                """);
        assertThat(errors).extracting(RowError::line).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(errors)
                .extracting(RowError::column)
                .containsExactly("kind", "period", "value", "value", "status", "status");
    }

    @Test
    void notCsvOrXlsx() {
        assertThat(rejected("figures.pdf", "whatever"))
                .extracting(RowError::reason)
                .containsExactly("The file must be a CSV (.csv) or an Excel workbook (.xlsx)");
        assertThat(rejected("figures.xlsx", "not really a workbook"))
                .extracting(RowError::reason)
                .containsExactly("The file is not an Excel workbook (.xlsx)");
    }

    @Test
    void xlsxImportsTheSameLayout() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("figures");
            String[][] rows = {
                {"indicator_ref", "kind", "period", "value", "status"}, {"IMP-2", "actual", "2021-23", "13.2", "final"}
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.createRow(r);
                }
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.getRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r == 1 && c == 3) {
                        row.createCell(c).setCellValue(13.2);
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        FigureImport.Result result =
                figureImport.importFile("figures.xlsx", new ByteArrayInputStream(out.toByteArray()));
        assertThat(result.rows()).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select value from indicator_value v join indicator i on i.id = v.indicator_id where i.ref = 'IMP-2' and period = '2021-23'")
                        .query(java.math.BigDecimal.class)
                        .single())
                .isEqualByComparingTo("13.2");
    }

    @Test
    void fiftyMegabyteFileLandsWhole(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // 1,800 indicators x 800 quarters (Q1 1900/01 .. Q4 2099/00) is 1.44 million rows, about 55 MB
        int indicators = 1800;
        jdbc.sql("""
                insert into indicator (ref, service_area_id, measure, unit, polarity)
                select 'BIG-' || g, (select id from service_area where code = 'IMP'), 'Big ' || g, 'COUNT', 'HIGHER_IS_BETTER'
                from generate_series(1, :n) g on conflict (ref) do nothing""").param("n", indicators).update();
        Path file = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("indicator_ref,kind,period,value,status\n");
            for (int i = 1; i <= indicators; i++) {
                for (int year = 1900; year < 2100; year++) {
                    for (int q = 1; q <= 4; q++) {
                        w.write("BIG-" + i + ",actual,Q" + q + " " + year + "/"
                                + String.format("%02d", (year + 1) % 100) + "," + (i * 7 + q) % 1000 + ".5,final\n");
                    }
                }
            }
        }
        long size = Files.size(file);
        assertThat(size).isGreaterThan(50L * 1024 * 1024);
        FigureImport.Result result;
        try (InputStream in = Files.newInputStream(file)) {
            result = figureImport.importFile("big.csv", in);
        }
        assertThat(result.rows()).isEqualTo(indicators * 800);
        assertThat(result.created()).isEqualTo(indicators * 800);
        assertThat(jdbc.sql(
                                "select count(*) from indicator_value where indicator_id in (select id from indicator where ref like 'BIG-%')")
                        .query(Integer.class)
                        .single())
                .isEqualTo(indicators * 800);
        // one audit row per indicator lists what the import created
        assertThat(jdbc.sql("select count(*) from audit_event where note like 'import ' || :id || ' (big.csv)%'")
                        .param("id", result.importId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(indicators);
    }

    @Test
    void pageListsEveryBadRow() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                "indicator_ref,kind,period,value,status\nNOPE,actual,2023/24,1,final\nIMP-1,actual,summer,x,final\n"
                        .getBytes());
        String html = mvc.perform(multipart("/import")
                        .file(file)
                        .param("layout", "figures")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "There is a problem",
                        "Nothing was imported",
                        "There is no indicator &#39;NOPE&#39;",
                        "&#39;summer&#39; is not a period",
                        "&#39;x&#39; is not a number");
    }

    @Test
    void apiAnswersProblemJsonListingEveryError() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "bad.csv",
                "text/csv",
                "indicator_ref,kind,period,value,status\nNOPE,actual,2023/24,1,final\nIMP-1,actual,summer,x,final\n"
                        .getBytes());
        mvc.perform(multipart("/api/import/figures").file(file).with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("indicator_ref"))
                .andExpect(jsonPath("$.errors[1].column").value("period"))
                .andExpect(jsonPath("$.errors[2].column").value("value"));
    }

    @Test
    void apiImportsAGoodFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "ok.csv",
                "text/csv",
                "indicator_ref,kind,period,value,status\nIMP-2,target,2030/31,3,\n".getBytes());
        mvc.perform(multipart("/api/import/figures").file(file).with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(1));
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void aFileOverTheUploadLimitGetsAClearAnswer() throws Exception {
        byte[] head =
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                        .getBytes();
        byte[] tail = "\r\n--b--\r\n".getBytes();
        long size = 101L * 1024 * 1024;
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/import/figures"))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .header(
                        "Authorization",
                        "Basic " + java.util.Base64.getEncoder().encodeToString("officer:officer-demo-pass".getBytes()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                                new ByteArrayInputStream(head),
                                new java.io.InputStream() {
                                    long left = size;

                                    @Override
                                    public int read() {
                                        return left-- > 0 ? 'x' : -1;
                                    }

                                    @Override
                                    public int read(byte[] b, int off, int len) {
                                        if (left <= 0) {
                                            return -1;
                                        }
                                        int n = (int) Math.min(len, left);
                                        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                                        left -= n;
                                        return n;
                                    }
                                },
                                new ByteArrayInputStream(tail))))))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("The selected file must be smaller than 100 MB");
    }

    @Test
    void theErrorPageExplainsATooLargeUpload() throws Exception {
        // a browser upload over the limit is stopped before Scrutineer's controllers (while the CSRF token is read),
        // so the error page is what the officer sees
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/error")
                        .requestAttr("jakarta.servlet.error.status_code", 413)
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("The file is too large", "must be smaller than 100 MB", "Nothing was imported");
    }

    @Test
    void apiImportsIndicatorDefinitionsAndListsBadRows() throws Exception {
        MockMultipartFile good = new MockMultipartFile("file", "defs.csv", "text/csv", ("""
                ref,service_area,measure,definition,unit,polarity,frequency,data_source,projection
                API-1,IMP,Waiting list for reviews,People waiting for a care plan review,count,lower_is_better,monthly,Case system,
                """).getBytes());
        mvc.perform(multipart("/api/import/indicators").file(good).with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators").value(1));
        MockMultipartFile bad = new MockMultipartFile("file", "defs.csv", "text/csv", ("""
                ref,service_area,measure,definition,unit,polarity,frequency,data_source,projection
                API-2,NOPE,,x,furlongs,sideways,,,
                """).getBytes());
        mvc.perform(multipart("/api/import/indicators").file(bad).with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].column")
                        .value(org.hamcrest.Matchers.contains("service_area", "measure", "unit", "polarity")));
    }

    @Test
    void publicCannotImport() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "ok.csv", "text/csv", "x".getBytes());
        mvc.perform(multipart("/api/import/figures").file(file)).andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/import/figures").file(file).with(httpBasic("councillor", "councillor-demo-pass")))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> {
                    throw new ImportRejected("x", List.of());
                })
                .hasMessageContaining("0 errors");
    }
}
