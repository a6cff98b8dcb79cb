package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.scrutineer.benchmarking.FingertipsFiles;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Target;
import org.scrutineer.performance.domain.ValueStatus;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A board switches on England's column: each KPI linked to a Fingertips indicator shows England's value and the
 * comparison word by the benchmarking module's rule, on the page and in the PDF, and a published copy keeps them;
 * switched off, the column is gone. Both switches and the link are audited.
 */
@ScrutineerTest
class EnglandColumnIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    PerformanceRepository repository;

    @Autowired
    Figures figures;

    @Autowired
    PriorityReports reports;

    @Autowired
    Boards boards;

    @Autowired
    JdbcClient jdbc;

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    /** Every row of each KPI table has as many cells as its header (a tagged PDF's table requires it too). */
    private static void everyRowHasTheHeadersColumns(String html, int columns) {
        var tables = org.jsoup.Jsoup.parse(html).select("table.report-kpis");
        assertThat(tables).isNotEmpty();
        for (var table : tables) {
            assertThat(table.select("thead th")).hasSize(columns);
            for (var row : table.select("tbody tr")) {
                assertThat(row.select("> th, > td")).hasSize(columns);
            }
        }
    }

    @Test
    void theBoardSwitchesOnEnglandsColumnAndAPublishedCopyKeepsIt() throws Exception {
        int fingertips = ThreadLocalRandom.current().nextInt(10_000_000, 90_000_000);
        String suffix = String.valueOf(fingertips);
        String boardCode = "ENG-" + suffix;
        data.serviceArea(boardCode, "EA" + suffix);
        data.indicator("EA" + suffix, "EA-1-" + suffix, "HIGHER_IS_BETTER");
        data.indicator("EA" + suffix, "EA-2-" + suffix, "HIGHER_IS_BETTER");
        for (String ref : new String[] {"EA-1-" + suffix, "EA-2-" + suffix}) {
            var indicator = repository.indicator(ref).orElseThrow();
            figures.saveFigure(indicator, new Figure(Period.parse("2024/25"), new BigDecimal("30"), ValueStatus.FINAL));
            figures.saveTarget(indicator, new Target(Period.parse("2024/25"), new BigDecimal("35")));
        }
        // Halton 30% of 100 in 2023/24 (Wilson 95%: 21.9 to 39.6), England 40%: high is good, so worse
        mvc.perform(multipart("/api/benchmark/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "fingertips.csv",
                                "text/csv",
                                FingertipsFiles.csv(FingertipsFiles.quirky(fingertips))))
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk());
        mvc.perform(patch("/api/benchmark/indicators/" + fingertips)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"polarity\": \"high-is-good\", \"publicDisplay\": true}")
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk());

        // an officer links the first indicator; a wrong ID is named
        mvc.perform(post("/indicators/EA-1-" + suffix + "/benchmark")
                        .param("benchmarkIndicatorId", "12x")
                        .with(user("officer").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("overrideErrors"));
        mvc.perform(post("/indicators/EA-1-" + suffix + "/benchmark")
                        .param("benchmarkIndicatorId", String.valueOf(fingertips))
                        .with(user("officer").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Benchmarked by Fingertips indicator " + fingertips));
        String indicatorPage = mvc.perform(
                        get("/indicators/EA-1-" + suffix).with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(indicatorPage).contains("/benchmark/indicators/" + fingertips);

        String draft = "/drafts/" + boardCode + "/q1-2025-26";
        String off = mvc.perform(get(draft).with(user("officer").roles("OFFICER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(off).doesNotContain("<th scope=\"col\" class=\"govuk-table__header report-england\">");
        everyRowHasTheHeadersColumns(off, 7);

        mvc.perform(post(draft + "/england-column")
                        .param("show", "yes")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String on = mvc.perform(get(draft).with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(on).contains("report-england\">England</th>");
        assertThat(on).containsPattern("40\\.00 \\(2023/24\\)</span><br>\\s*<strong>Worse</strong>");
        assertThat(on).contains("not benchmarked");
        everyRowHasTheHeadersColumns(on, 8);

        byte[] pdf = mvc.perform(get(draft + ".pdf").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text)
                .contains("England")
                .contains("40.00 (2023/24)")
                .contains("Worse")
                .contains("not benchmarked");

        // published: the copy keeps England's figures as they were, whatever happens to the indicator afterwards
        var board = boards.byCode(boardCode).orElseThrow();
        Period q1 = Period.parse("Q1 2025/26");
        reports.publish(board, q1);
        mvc.perform(patch("/api/benchmark/indicators/" + fingertips)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"polarity\": \"low-is-good\"}")
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk());
        PriorityBasedReport published = reports.publishedReport(board, q1, null).orElseThrow();
        assertThat(published.showsEngland()).isTrue();
        assertThat(published.allKpis().get(0).england().words()).isEqualTo("Worse");
        assertThat(published.allKpis().get(0).england().englandValue()).isEqualTo("40.00");
        assertThat(published.allKpis().get(1).england().note()).isEqualTo("not benchmarked");
        assertThat(reports.build(board, q1).allKpis().get(0).england().words()).isEqualTo("Better");
        assertThat(pdfText(reports.publishedPdf(board, q1, null).orElseThrow()))
                .contains("40.00 (2023/24)")
                .contains("Worse");
        String publishedPage = mvc.perform(get("/reports/" + boardCode + "/q1-2025-26"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(publishedPage).containsPattern("40\\.00 \\(2023/24\\)</span><br>\\s*<strong>Worse</strong>");

        // switched off: the draft and its PDF have no England column
        mvc.perform(post(draft + "/england-column")
                        .param("show", "no")
                        .with(user("officer").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String hidden = mvc.perform(get(draft).with(user("officer").roles("OFFICER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hidden).doesNotContain("report-england\">England</th>").doesNotContain("(2023/24)");
        everyRowHasTheHeadersColumns(hidden, 7);
        assertThat(pdfText(mvc.perform(get(draft + ".pdf").with(user("officer").roles("OFFICER")))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))
                .doesNotContain("40.00 (2023/24)");

        // who changed what
        assertThat(jdbc.sql("select count(*) from audit_event where scope = :s and entity_type = 'report_option'")
                        .param("s", "board:" + boardCode)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where scope = :s and entity_type = 'indicator'")
                        .param("s", "indicator:EA-1-" + suffix)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aMemberCannotSwitchTheColumn() throws Exception {
        mvc.perform(post("/drafts/HSC-PPB/q1-2025-26/england-column")
                        .param("show", "yes")
                        .with(user("councillor").roles("MEMBER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
