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
class HtmlValidityTest {
    private static final List<String> PAGES = List.of("/", "/reports", "/reports/HSC-PPB/q1-2025-26", "/sign-in", "/sign-in?error",
            "/accessibility", "/meetings", "/meetings/hsc-2025-09-23", "/meetings/hsc-2025-06-24", "/meetings/cypf-2023-01-23",
            "/meetings/hsc-2025-11-25", "/boards", "/boards/HSC-PPB", "/boards/CYPF-PPB", "/search?q=budget", "/search?q=",
            "/assurance", "/assurance/benchmark", "/improvement", "/improvement?view=lead", "/improvement?view=overdue",
            "/improvement/report");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The fixed pages, and the pages of each assessment, its what-if and each improvement item, as their links give them. */
    List<String> pages() throws Exception {
        Set<String> pages = new LinkedHashSet<>(PAGES);
        pages.addAll(links(get("/assurance"), "/assurance/assessments/\\d+"));
        List<String> assessments = new ArrayList<>(pages.stream().filter(p -> p.startsWith("/assurance/assessments/")).toList());
        assessments.forEach(a -> pages.add(a + "?s1=4&s2=3&s3=3&s4=4&s5=4&s6=3&s7=3&s8=4&s9="));
        pages.addAll(links(get("/improvement"), "/improvement/items/\\d+").stream().limit(3).toList()); // the items share a template
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
        return pages().stream().map(path -> dynamicTest(path, () -> {
            List<String> errors = errors(get(path));
            assertThat(errors).withFailMessage(() -> "The Nu Html Checker found " + errors.size() + " error(s) in " + path + ":\n"
                    + String.join("\n", errors)).isEmpty();
        }));
    }

    /** The administrators' page of ModernGov sources, asked for with an administrator's HTTP Basic credentials. */
    @Test
    void theModernGovSourcesPageIsValidHtml() throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString("admin:admin-demo-pass".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/moderngov"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ModernGov sources");
        List<String> errors = errors(response.body());
        assertThat(errors).withFailMessage(() -> "The Nu Html Checker found errors in /admin/moderngov:\n" + String.join("\n", errors)).isEmpty();
    }

    /** The check itself works: an unclosed element is an error. */
    @Test
    void theCheckerFindsErrors() throws Exception {
        assertThat(errors("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p><span>open</p></body></html>"))
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
                errors.add("- " + m.path("type").asString() + " at line " + m.path("lastLine").asInt() + ": " + m.path("message").asString()
                        + "\n      " + m.path("extract").asString().replaceAll("\\s+", " "));
            }
        }
        return errors;
    }
}
