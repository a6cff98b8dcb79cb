package org.scrutineer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Nu Html Checker (the W3C's HTML validator) finds no error in any public page as an anonymous visitor gets it. */
@ScrutineerTest
class HtmlValidityIT {
    private static final List<String> PAGES = List.of(
            "/",
            "/reports",
            "/reports/HSC-PPB/q1-2025-26",
            "/sign-in",
            "/sign-in?error",
            "/accessibility",
            "/meetings",
            "/meetings/hsc-2025-09-23",
            "/meetings/hsc-2025-06-24",
            "/meetings/cypf-2023-01-23",
            "/meetings/hsc-2025-11-25",
            "/boards",
            "/boards/HSC-PPB",
            "/boards/CYPF-PPB",
            "/search?q=budget",
            "/search?q=",
            "/assurance",
            "/assurance/benchmark",
            "/improvement",
            "/improvement?view=lead",
            "/improvement?view=overdue",
            "/improvement/report",
            "/questions",
            "/benchmark",
            "/benchmark/spine",
            "/workforce",
            "/workforce/national",
            "/workforce/actions");
    /** A benchmarking indicator approved for public display, from a file built for the test (no Fingertips file is in the seeds). */
    private static final int BENCHMARK = 92_000_001;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutineer.benchmarking.BenchmarkImport benchmarkImport;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    String get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The fixed pages, and the pages of each assessment, its what-if and each improvement item, as their links give them. */
    List<String> pages() throws Exception {
        Set<String> pages = new LinkedHashSet<>(PAGES);
        if (jdbc.sql("select count(*) from benchmark_indicator where indicator_id = :id")
                        .param("id", BENCHMARK)
                        .query(Integer.class)
                        .single()
                == 0) {
            benchmarkImport.importFile(
                    "approved.csv",
                    new java.io.ByteArrayInputStream(org.scrutineer.benchmarking.FingertipsFiles.csv(
                            org.scrutineer.benchmarking.FingertipsFiles.quirky(BENCHMARK))));
            jdbc.sql("update benchmark_indicator set public_display = true where indicator_id = :id")
                    .param("id", BENCHMARK)
                    .update();
        }
        pages.add("/benchmark/indicators/" + BENCHMARK);
        pages.addAll(links(get("/assurance"), "/assurance/assessments/\\d+"));
        List<String> assessments = new ArrayList<>(pages.stream()
                .filter(p -> p.startsWith("/assurance/assessments/"))
                .toList());
        assessments.forEach(a -> pages.add(a + "?s1=4&s2=3&s3=3&s4=4&s5=4&s6=3&s7=3&s8=4&s9="));
        pages.addAll(links(get("/improvement"), "/improvement/items/\\d+").stream()
                .limit(3)
                .toList()); // the items share a template
        for (String report : links(get("/workforce"), "/workforce/returns/\\d+")) {
            pages.add(report);
            pages.add(report + "?grouping=national");
        }
        return List.copyOf(pages);
    }

    private static List<String> links(String html, String pattern) {
        Matcher m = Pattern.compile("href=\"(" + pattern + ")\"").matcher(html);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @TestFactory
    Stream<DynamicTest> publicPagesAreValidHtml() throws Exception {
        return pages().stream()
                .map(path -> dynamicTest(path, () -> {
                    List<String> errors = errors(get(path));
                    assertThat(errors)
                            .withFailMessage(() -> "The Nu Html Checker found " + errors.size() + " error(s) in " + path
                                    + ":\n" + String.join("\n", errors))
                            .isEmpty();
                }));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutineer.meetings.Meetings meetings;

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutineer.platform.boards.Boards boards;

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutineer.support.TestClock clock;

    /**
     * Asking a public question, page by page as a resident meets them (the form, the form with its errors, check your
     * answers, the confirmation), and the officer's pages for it (list, question, running order, mail, closure days).
     */
    @Test
    void publicQuestionPagesAreValidHtml() throws Exception {
        clock.reset();
        String key = "hsc-2026-12-15";
        long board = boards.byCode("HSC-PPB").orElseThrow().id();
        long id = meetings.create(new org.scrutineer.meetings.Meetings.NewMeeting(
                key,
                board,
                java.time.LocalDate.of(2026, 12, 15),
                java.time.LocalTime.of(18, 30),
                "Council Chamber, Runcorn Town Hall",
                org.scrutineer.meetings.domain.Meeting.Status.SCHEDULED,
                "2026/27"));
        long item = meetings.addItem(
                id,
                new org.scrutineer.meetings.Meetings.NewItem(
                        "",
                        "Care Home Fees",
                        org.scrutineer.meetings.domain.AgendaItem.Part.I,
                        null,
                        "REPORT",
                        true,
                        "",
                        "",
                        "",
                        null,
                        null));
        meetings.setAgendaPublished(id, java.time.LocalDate.of(2026, 11, 24));

        HttpClient resident = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        String form = send(
                resident,
                HttpRequest.newBuilder(uri("/questions/ask?meeting=" + key)).build(),
                200);
        pages.put("the form", form);
        String token = form.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        pages.put(
                "the form with errors",
                send(resident, post("/questions/ask", "_csrf=" + token + "&meeting=" + key + "&email=nope"), 200));
        String answers = "_csrf=" + token + "&meeting=" + key
                + "&name=Val+Valid&address=3+High+Street%0D%0ARuncorn&postcode=WA7+2AB"
                + "&email=val.valid%40example.org&organisation=&about=" + item
                + "&question=Are+care+home+fees+rising%3F&supplementary=";
        send(resident, post("/questions/ask", answers), 302);
        pages.put(
                "check your answers",
                send(resident, HttpRequest.newBuilder(uri("/questions/check")).build(), 200));
        send(resident, post("/questions/check", "_csrf=" + token), 302);
        pages.put(
                "question sent",
                send(resident, HttpRequest.newBuilder(uri("/questions/sent")).build(), 200));

        String officer = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString("officer:officer-demo-pass".getBytes(StandardCharsets.UTF_8));
        HttpClient plain = HttpClient.newHttpClient();
        String list = send(
                plain,
                HttpRequest.newBuilder(uri("/questions/manage"))
                        .header("Authorization", officer)
                        .build(),
                200);
        pages.put("officer: questions", list);
        String question = list.replaceAll("(?s).*href=\"(/questions/manage/\\d+)\".*", "$1");
        for (String path : List.of(
                question, "/questions/manage/meetings/" + key, "/questions/outbox", "/questions/closure-days")) {
            pages.put(
                    "officer: " + path,
                    send(
                            plain,
                            HttpRequest.newBuilder(uri(path))
                                    .header("Authorization", officer)
                                    .build(),
                            200));
        }
        List<String> all = new ArrayList<>();
        for (var page : pages.entrySet()) {
            errors(page.getValue()).forEach(e -> all.add(page.getKey() + ": " + e));
        }
        assertThat(all).withFailMessage(() -> String.join("\n", all)).isEmpty();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String send(HttpClient client, HttpRequest request, int status) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(request.uri() + ": " + response.body())
                .isEqualTo(status);
        return response.body();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutineer.support.TestData data;

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutineer.performance.PerformanceRepository indicators;

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutineer.performance.Figures figures;

    @org.springframework.beans.factory.annotation.Autowired
    org.scrutineer.performance.EnglandColumn englandColumn;

    /**
     * The officers' benchmarking pages (the imports, one import), and a draft Priority Based Report with England's
     * column and an indicator's page with its Fingertips link, as an officer sees them.
     */
    @Test
    void englandColumnAndImportPagesAreValidHtml() throws Exception {
        int fingertips = 92_000_002;
        long batch = benchmarkImport
                .importFile(
                        "england-column.csv",
                        new java.io.ByteArrayInputStream(org.scrutineer.benchmarking.FingertipsFiles.csv(
                                org.scrutineer.benchmarking.FingertipsFiles.quirky(fingertips))))
                .importId();
        jdbc.sql("update benchmark_indicator set public_display = true where indicator_id = :id")
                .param("id", fingertips)
                .update();
        data.serviceArea("HTML-ENG", "HTMLENG");
        data.indicator("HTMLENG", "HTMLENG-1", "HIGHER_IS_BETTER");
        data.indicator("HTMLENG", "HTMLENG-2", "HIGHER_IS_BETTER");
        var linked = indicators.indicator("HTMLENG-1").orElseThrow();
        for (String ref : List.of("HTMLENG-1", "HTMLENG-2")) {
            figures.saveFigure(
                    indicators.indicator(ref).orElseThrow(),
                    new org.scrutineer.performance.domain.Figure(
                            org.scrutineer.performance.domain.Period.parse("2024/25"),
                            new java.math.BigDecimal("30"),
                            org.scrutineer.performance.domain.ValueStatus.FINAL));
        }
        englandColumn.link(linked, fingertips);
        englandColumn.show(boards.byCode("HTML-ENG").orElseThrow(), true);

        String officer = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString("officer:officer-demo-pass".getBytes(StandardCharsets.UTF_8));
        HttpClient plain = HttpClient.newHttpClient();
        List<String> all = new ArrayList<>();
        for (String path : List.of(
                "/benchmark/imports",
                "/benchmark/imports/" + batch,
                "/drafts/HTML-ENG/q1-2025-26",
                "/indicators/HTMLENG-1")) {
            String html = send(
                    plain,
                    HttpRequest.newBuilder(uri(path))
                            .header("Authorization", officer)
                            .build(),
                    200);
            if (path.startsWith("/drafts/")) {
                assertThat(html).contains("report-england");
            }
            errors(html).forEach(e -> all.add(path + ": " + e));
        }
        assertThat(all).withFailMessage(() -> String.join("\n", all)).isEmpty();
    }

    /** The administrators' page of ModernGov sources, asked for with an administrator's HTTP Basic credentials. */
    @Test
    void theModernGovSourcesPageIsValidHtml() throws Exception {
        String basic = java.util.Base64.getEncoder()
                .encodeToString("admin:admin-demo-pass".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/moderngov"))
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ModernGov sources");
        List<String> errors = errors(response.body());
        assertThat(errors)
                .withFailMessage(
                        () -> "The Nu Html Checker found errors in /admin/moderngov:\n" + String.join("\n", errors))
                .isEmpty();
    }

    /** The check itself works: an unclosed element is an error. */
    @Test
    void theCheckerFindsErrors() throws Exception {
        assertThat(
                        errors(
                                "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p><span>open</p></body></html>"))
                .anySatisfy(e -> assertThat(e).contains("error at line 1", "Unclosed element", "span"));
    }

    private final EmbeddedValidator validator = new EmbeddedValidator();
    private final JsonMapper json = JsonMapper.builder().build();

    /** The checker's errors (its "info" messages, warnings among them, are advice), each with its line and extract. */
    List<String> errors(String html) throws Exception {
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new ArrayList<>();
        for (JsonNode m : json.readTree(report).path("messages")) {
            if (!"info".equals(m.path("type").asString())) {
                errors.add("- " + m.path("type").asString() + " at line "
                        + m.path("lastLine").asInt() + ": " + m.path("message").asString() + "\n      "
                        + m.path("extract").asString().replaceAll("\\s+", " "));
            }
        }
        return errors;
    }
}
