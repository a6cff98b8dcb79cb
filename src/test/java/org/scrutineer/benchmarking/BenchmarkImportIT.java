package org.scrutineer.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.scrutineer.benchmarking.domain.ConfidenceIntervals;
import org.scrutineer.benchmarking.domain.Interval;
import org.scrutineer.benchmarking.domain.Level;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The API as the issue states it, on Fingertips files built in the test with each quirk of real downloads. */
@ScrutineerTest
class BenchmarkImportIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static int newId() {
        return ThreadLocalRandom.current().nextInt(10_000_000, 90_000_000);
    }

    private ResultActions upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/benchmark/imports")
                .file(new MockMultipartFile("file", name, "text/csv", bytes))
                .with(httpBasic("officer", "officer-demo-pass")));
    }

    private String halton(int id, String period) {
        return "$[?(@.areaCode == 'E06000006' && @.period == '" + period + "' && @.categoryType == '')]";
    }

    /**
     * The summary is worked out from the rows as they are read, one indicator at a time; an indicator whose rows are
     * scattered through the file is analysed from the table instead. Either way the summary is the same.
     */
    @Test
    void theSummaryIsTheSameWhateverOrderTheIndicatorsRowsComeIn() throws Exception {
        int first = newId();
        int second = first + 1;
        List<String> together = new ArrayList<>(FingertipsFiles.quirky(first));
        together.addAll(FingertipsFiles.quirky(second).subList(1, 19));
        List<String> a = FingertipsFiles.quirky(first + 2);
        List<String> b = FingertipsFiles.quirky(second + 2);
        List<String> scattered = new ArrayList<>(a.subList(0, 10));
        scattered.addAll(b.subList(1, 19));
        scattered.addAll(a.subList(10, 19));
        for (List<String> file : List.of(together, scattered)) {
            upload("fingertips.csv", FingertipsFiles.csv(file))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.rows").value(36))
                    .andExpect(jsonPath("$.indicators.length()").value(2))
                    .andExpect(jsonPath("$.indicators[0].rows").value(18))
                    .andExpect(jsonPath("$.indicators[0].intervalsComputed").value(5))
                    .andExpect(jsonPath("$.indicators[0].disagreements").value(1))
                    .andExpect(jsonPath("$.indicators[1].rows").value(18))
                    .andExpect(jsonPath("$.indicators[1].intervalsComputed").value(5))
                    .andExpect(jsonPath("$.indicators[1].disagreements").value(1))
                    .andExpect(jsonPath("$.findingCount").value(2))
                    .andExpect(jsonPath("$.findings[0].areaCode").value("E06000006"))
                    .andExpect(jsonPath("$.findings[0].period").value("2023/24"))
                    .andExpect(jsonPath("$.findings[1].areaCode").value("E06000006"));
        }
    }

    @Test
    void aDownloadAsItComesWithEveryQuirk() throws Exception {
        int id = newId();
        upload("fingertips.csv", FingertipsFiles.csv(FingertipsFiles.quirky(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(18))
                .andExpect(jsonPath("$.indicators[0].indicatorId").value(id))
                .andExpect(jsonPath("$.indicators[0].name").value("Percentage of adults\nwho are physically active"))
                .andExpect(jsonPath("$.indicators[0].isNew").value(true))
                .andExpect(jsonPath("$.indicators[0].intervalsComputed").value(5))
                // Halton 2023/24: 30% (21.9 to 39.6), England 40%: lower, and the file said Better
                .andExpect(jsonPath("$.findingCount").value(1))
                .andExpect(jsonPath("$.findings[0].areaCode").value("E06000006"))
                .andExpect(jsonPath("$.findings[0].comparedToEnglandInFile").value("better"))
                .andExpect(jsonPath("$.findings[0].comparedToEngland").value("lower"));

        Interval wilson = ConfidenceIntervals.wilson(30, 100, Level.P95, 100);
        Interval wilson998 = ConfidenceIntervals.wilson(30, 100, Level.P998, 100);
        String last = halton(id, "2023/24");
        mvc.perform(get("/api/benchmark/indicators/" + id + "/values").with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(18))
                .andExpect(jsonPath(last + ".areaName").value("Halton"))
                .andExpect(jsonPath(last + ".areaType").value("Counties & UAs (from Apr 2023)"))
                .andExpect(jsonPath(last + ".sex").value("Persons"))
                .andExpect(jsonPath(last + ".age").value("19+ yrs"))
                .andExpect(jsonPath(last + ".value").value(30.0))
                .andExpect(jsonPath(last + ".count").value(30.0))
                .andExpect(jsonPath(last + ".denominator").value(100.0))
                .andExpect(jsonPath(last + ".lowerCi95").value(wilson.lower()))
                .andExpect(jsonPath(last + ".upperCi95").value(wilson.upper()))
                .andExpect(jsonPath(last + ".lowerCi998").value(wilson998.lower()))
                .andExpect(jsonPath(last + ".upperCi998").value(wilson998.upper()))
                .andExpect(jsonPath(last + ".intervalsComputed").value(true))
                .andExpect(jsonPath(last + ".comparedToEngland").value("lower"))
                .andExpect(jsonPath(last + ".comparedToEnglandInFile").value("Better"))
                .andExpect(jsonPath(last + ".disagreesWithFile").value(true))
                // the region (North West, 38%) is inside Halton's interval
                .andExpect(jsonPath(last + ".comparedToRegion").value("similar"))
                // 50, 45, 40, 35, 30 of 100: χ² for trend 10.4 > 9.55
                .andExpect(jsonPath(last + ".recentTrend").value("Decreasing"))
                .andExpect(jsonPath(halton(id, "2022/23") + ".recentTrend").value("Cannot be calculated"))
                // the region's own intervals are the file's
                .andExpect(jsonPath("$[?(@.areaCode == 'E12000002' && @.period == '2023/24')].lowerCi95")
                        .value(37.5))
                .andExpect(jsonPath("$[?(@.areaCode == 'E12000002' && @.period == '2023/24')].intervalsComputed")
                        .value(false))
                // a blank value with its note; no interval, so not compared
                .andExpect(jsonPath("$[?(@.areaCode == 'E06000007')].valueNote")
                        .value("Value suppressed for disclosure control due to small count"))
                .andExpect(jsonPath("$[?(@.areaCode == 'E06000007')].comparedToEngland")
                        .value("not-compared"))
                .andExpect(jsonPath("$[?(@.areaCode == 'E06000007')].comparedToEnglandInFile")
                        .value("Not compared"))
                // category rows are kept apart from the whole-population row
                .andExpect(jsonPath("$[?(@.category == 'Most deprived decile (IMD2019)')].value")
                        .value(30.5));

        // an officer says high is good: Halton is now worse, and its trend is getting worse
        mvc.perform(patch("/api/benchmark/indicators/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"polarity\": \"high-is-good\"}")
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.polarity").value("high-is-good"))
                .andExpect(jsonPath("$.valueType").value("proportion"))
                .andExpect(jsonPath("$.multiplier").value(100.0))
                .andExpect(jsonPath("$.ciMethod").value("wilson"))
                .andExpect(jsonPath("$.comparisonLevel").value(95.0));
        mvc.perform(get("/api/benchmark/indicators/" + id + "/values").with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(jsonPath(last + ".comparedToEngland").value("worse"))
                .andExpect(jsonPath(last + ".recentTrend").value("Decreasing and getting worse"));
        // at 99.8% Halton's wider interval (19.0 to 43.2) takes in England's 40%
        mvc.perform(patch("/api/benchmark/indicators/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comparisonLevel\": 99.8}")
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/benchmark/indicators/" + id + "/values").with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(jsonPath(last + ".comparedToEngland").value("similar"));
        assertThat(jdbc.sql("select count(*) from audit_event where scope = :s and action = 'update'")
                        .param("s", "benchmark:" + id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theSameAsAWorkbook() throws Exception {
        int id = newId();
        mvc.perform(multipart("/api/benchmark/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "fingertips.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                FingertipsFiles.xlsx(FingertipsFiles.quirky(id))))
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(18))
                .andExpect(jsonPath("$.findingCount").value(1));
    }

    @Test
    void aBadFileLandsNothingAndEveryBadRowIsListed() throws Exception {
        int id = newId();
        List<String> rows = new ArrayList<>(FingertipsFiles.quirky(id));
        rows.set(1, rows.get(1).replace(",40.0,39.9,", ",forty,39.9,")); // line 2: a value that is no number
        rows.set(3, rows.get(3).replace(",E06000006,", ",,")); // line 4: no area code
        rows.set(5, rows.get(5).replace(",38.0,37.5,38.5,", ",38.0,38.5,37.5,")); // lower above upper
        rows.add(rows.get(7)); // a duplicate
        upload("bad.csv", FingertipsFiles.csv(rows))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errorCount").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("Value"))
                .andExpect(jsonPath("$.errors[1].column").value("Area Code"))
                .andExpect(jsonPath("$.errors[2].column").value("Lower CI 95.0 limit"))
                .andExpect(jsonPath("$.errors[3].reason").value(org.hamcrest.Matchers.startsWith("Duplicate row")));
        assertThat(jdbc.sql("select count(*) from benchmark_value where indicator_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from benchmark_indicator where indicator_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aWrongHeaderAndWrongSettingsAreNamed() throws Exception {
        upload("wrong.csv", "Indicator ID,Value\n1,2\n".getBytes())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.containsString("Missing: indicator name")));
        int id = newId();
        upload("fingertips.csv", FingertipsFiles.csv(FingertipsFiles.quirky(id)))
                .andExpect(status().isOk());
        mvc.perform(patch("/api/benchmark/indicators/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"polarity\": \"up\", \"multiplier\": 7, \"comparisonLevel\": 90}")
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("polarity"))
                .andExpect(jsonPath("$.errors[1].field").value("multiplier"))
                .andExpect(jsonPath("$.errors[2].field").value("comparisonLevel"));
    }

    @Test
    void theSettingsFormNamesEachWrongField() throws Exception {
        int id = newId();
        upload("fingertips.csv", FingertipsFiles.csv(FingertipsFiles.quirky(id)))
                .andExpect(status().isOk());
        String page = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/benchmark/indicators/" + id + "/settings")
                                .param("polarity", "high-is-good")
                                .param("valueType", "proportion")
                                .param("multiplier", "lots")
                                .param("ciMethod", "wilson")
                                .param("comparisonLevel", "95")
                                .with(httpBasic("officer", "officer-demo-pass"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var html = org.jsoup.Jsoup.parse(page);
        assertThat(html.title()).startsWith("Error: ");
        assertThat(html.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#multiplier");
        assertThat(html.select(".govuk-error-summary__list").text()).isEqualTo("'lots' is not a number");
        assertThat(html.select("#multiplier-error").text()).contains("'lots' is not a number");
    }

    @Test
    void draftsAreInternalUntilApproved() throws Exception {
        int id = newId();
        upload("fingertips.csv", FingertipsFiles.csv(FingertipsFiles.quirky(id)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/benchmark/indicators/" + id + "/values")).andExpect(status().isNotFound());
        mvc.perform(get("/api/benchmark/indicators/" + id + "/values")
                        .with(httpBasic("councillor", "councillor-demo-pass")))
                .andExpect(status().isOk());
        mvc.perform(patch("/api/benchmark/indicators/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publicDisplay\": true}")
                        .with(httpBasic("councillor", "councillor-demo-pass")))
                .andExpect(status().isForbidden());
        mvc.perform(patch("/api/benchmark/indicators/" + id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publicDisplay\": true}")
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/benchmark/indicators/" + id + "/values"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(18));
    }

    @Test
    void aSecondDownloadReplacesRowsWithTheSameKey() throws Exception {
        int id = newId();
        upload("fingertips.csv", FingertipsFiles.csv(FingertipsFiles.quirky(id)))
                .andExpect(status().isOk());
        List<String> again = List.of(
                FingertipsFiles.HEADER,
                id
                        + ",Renamed,,,E92000001,England,England,Persons,19+ yrs,,,2023/24,41.0,40.9,41.1,40.8,41.2,410000,1000000,,,,,20230000,,");
        upload("again.csv", FingertipsFiles.csv(again))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[0].isNew").value(false));
        assertThat(jdbc.sql("select count(*) from benchmark_value where indicator_id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(18);
        assertThat(jdbc.sql(
                                "select value from benchmark_value where indicator_id = :id and area_code = 'E92000001' and period = '2023/24' and category = ''")
                        .param("id", id)
                        .query(Double.class)
                        .single())
                .isEqualTo(41.0);
    }
}
