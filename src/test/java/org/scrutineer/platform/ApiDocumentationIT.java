package org.scrutineer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API description at /api/openapi: readable without signing in, true to what the API answers (required fields are
 * in the answers, documented refusals happen as problem+json), and clean by a real linter's recommended rules.
 */
@ScrutineerTest
class ApiDocumentationIT {
    /** Redocly's CLI, pinned so the rules do not change under the build. */
    static final String REDOCLY = "@redocly/cli@2.77.0";
    /** Values for the operations' path variables, from the demo data. */
    /** A benchmarking indicator imported for this test from a file built in it (the demo has none). */
    static final int BENCHMARK = 92_000_002;

    static final Map<String, String> DEMO = Map.of(
            "board",
            "HSC-PPB",
            "quarter",
            "q1-2025-26",
            "ref",
            "PH01a",
            "key",
            "hsc-2025-09-23",
            "indicatorId",
            String.valueOf(BENCHMARK),
            "returnId",
            "1"); // the demo's SC-WRES return is the first made

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    org.scrutineer.benchmarking.BenchmarkImport benchmarkImport;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.junit.jupiter.api.BeforeEach
    void benchmarkIndicator() {
        if (jdbc.sql("select count(*) from benchmark_indicator where indicator_id = :id")
                        .param("id", BENCHMARK)
                        .query(Integer.class)
                        .single()
                == 0) {
            benchmarkImport.importFile(
                    "api.csv",
                    new java.io.ByteArrayInputStream(org.scrutineer.benchmarking.FingertipsFiles.csv(
                            org.scrutineer.benchmarking.FingertipsFiles.quirky(BENCHMARK))));
        }
    }

    JsonNode description() throws Exception {
        return json.readTree(mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theDocsAreReadableWithoutSigningIn() throws Exception {
        String ui = mvc.perform(get("/api/docs"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(ui).isEqualTo("/api/swagger-ui/index.html");
        mvc.perform(get(ui))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(get("/api/swagger-ui/swagger-initializer.js")).andExpect(status().isOk());
        mvc.perform(get("/api/openapi/swagger-config")).andExpect(status().isOk());
    }

    @Test
    void theDescriptionSaysWhatTheApiIsAndHowToSignIn() throws Exception {
        JsonNode api = description();
        assertThat(api.path("info").path("title").asString()).isEqualTo("Scrutineer API");
        assertThat(api.path("info").path("license").path("name").asString()).isEqualTo("Open Government Licence v3.0");
        assertThat(api.path("servers").path(0).path("url").asString()).isEqualTo("http://localhost:8080");
        assertThat(api.path("components")
                        .path("securitySchemes")
                        .path("basicAuth")
                        .path("scheme")
                        .asString())
                .isEqualTo("basic");
        assertThat(api.toString()).doesNotContain("*/*");
        List<String> ids = new ArrayList<>();
        operations(api).forEach(o -> {
            ids.add(o.operation().path("operationId").asString());
            assertThat(o.operation().path("tags").isEmpty())
                    .as(o.name() + " has a tag")
                    .isFalse();
            assertThat(o.operation().has("security"))
                    .as(o.name() + " says who may call it")
                    .isTrue();
        });
        assertThat(ids)
                .doesNotHaveDuplicates()
                .contains("listMeetings", "getMeeting", "getPublishedReport", "addFigure", "rateScores");
        api.path("components")
                .path("responses")
                .forEachEntry(
                        (name, response) -> assertThat(response.path("content").propertyNames())
                                .as("error response " + name)
                                .containsExactly(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    /** Every GET operation asked by an officer with the demo's records: each answer has the fields the description requires. */
    @Test
    void everyAnswerHasTheFieldsTheDescriptionRequires() throws Exception {
        JsonNode api = description();
        int checked = 0;
        for (Op o : operations(api)) {
            if (!o.method().equals("get")) {
                continue;
            }
            var call = get(o.uri(DEMO))
                    .with(httpBasic("officer", "officer-demo-pass"))
                    .accept(MediaType.APPLICATION_JSON);
            if (o.path().equals("/api/assurance/rating")) {
                for (int i = 1; i <= 9; i++) {
                    call.param("s" + i, i == 9 ? "n" : String.valueOf(1 + i % 4));
                }
            }
            MvcResult r = mvc.perform(call).andReturn();
            assertThat(r.getResponse().getStatus()).as(o.name()).isEqualTo(200);
            JsonNode schema = o.operation()
                    .path("responses")
                    .path("200")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            List<String> problems = new ArrayList<>();
            conforms(api, json.readTree(r.getResponse().getContentAsString()), schema, o.name(), problems);
            assertThat(problems).as(o.name()).isEmpty();
            checked++;
        }
        assertThat(checked)
                .isEqualTo(18); // 8, the 2 of benchmarking, the 4 of workforce equality and the 4 of open data
    }

    /** The refusals the description lists happen, as problem+json: 401 for visitors where sign-in is needed, 404 for no such record. */
    @Test
    void theDocumentedRefusalsHappen() throws Exception {
        JsonNode api = description();
        for (Op o : operations(api)) {
            JsonNode responses = o.operation().path("responses");
            var visitor = request(HttpMethod.valueOf(o.method().toUpperCase()), o.uri(DEMO))
                    .accept(MediaType.APPLICATION_JSON);
            if (responses.has("401")) {
                mvc.perform(visitor)
                        .andExpect(status().isUnauthorized())
                        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(
                                header().string("WWW-Authenticate", "Basic realm=\"Scrutineer\", charset=\"UTF-8\""));
            } else {
                assertThat(mvc.perform(visitor).andReturn().getResponse().getStatus())
                        .as(o.name() + " for a visitor")
                        .isNotEqualTo(401);
            }
            if (responses.has("404") && o.path().contains("{")) {
                var missing = request(
                                HttpMethod.valueOf(o.method().toUpperCase()),
                                o.uri(Map.of(
                                        "board",
                                        "NOPE",
                                        "ref",
                                        "NOPE",
                                        "key",
                                        "nope",
                                        "quarter",
                                        "q1-2025-26",
                                        "indicatorId",
                                        "1",
                                        "returnId",
                                        "999999")))
                        .with(httpBasic("officer", "officer-demo-pass"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"Q1 2025/26\",\"value\":1}");
                mvc.perform(missing)
                        .andExpect(status().isNotFound())
                        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
            }
        }
    }

    /**
     * Redocly's recommended rules find no error in the description (warnings are reported). Needs Node's npx, which
     * fetches the pinned CLI from the npm registry: skipped with a message where npx is missing or cannot fetch it, but
     * never on CI (CI set).
     */
    @Test
    void theDescriptionPassesRedoclysRecommendedRules() throws Exception {
        Path target = Path.of("target", "openapi").toAbsolutePath();
        Files.createDirectories(target);
        Path file = target.resolve("openapi.json");
        Files.writeString(file, description().toPrettyString());
        boolean npx = onPath("npx");
        if (!npx && System.getenv("CI") == null) {
            Assumptions.abort(
                    "The OpenAPI lint needs Node's npx (" + REDOCLY + "); skipped. The description is in " + file);
        }
        Path report = target.resolve("redocly.json");
        Path log = target.resolve("redocly.log");
        ProcessBuilder command = new ProcessBuilder(
                        "npx", "--yes", REDOCLY, "lint", "--extends=recommended", "--format=json", file.toString())
                .directory(target.toFile())
                .redirectOutput(report.toFile())
                .redirectError(log.toFile());
        // no usage reports to Redocly, no update notices
        command.environment().put("REDOCLY_TELEMETRY", "off");
        command.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        command.environment().put("NPM_CONFIG_UPDATE_NOTIFIER", "false");
        Process lint = command.start();
        lint.getOutputStream().close();
        if (!lint.waitFor(5, TimeUnit.MINUTES)) {
            lint.destroyForcibly();
            throw new AssertionError("Redocly did not finish in 5 minutes; its log: " + log);
        }
        String output = Files.readString(report);
        if (!output.startsWith("{")) {
            // npx could not fetch or run the linter (no network, say): as good as missing, except on CI
            String why = "Redocly gave no report (exit " + lint.exitValue() + "); its log, " + log + ":\n"
                    + Files.readString(log);
            if (System.getenv("CI") == null) {
                Assumptions.abort(why);
            }
            throw new AssertionError(why);
        }
        JsonNode result = json.readTree(output);
        List<String> problems = new ArrayList<>();
        result.path("problems")
                .forEach(p -> problems.add(
                        p.path("severity").asString() + " " + p.path("ruleId").asString() + " at "
                                + p.path("location").path(0).path("pointer").asString() + ": "
                                + p.path("message").asString()));
        int errors = result.path("totals").path("errors").asInt();
        int warnings = result.path("totals").path("warnings").asInt();
        System.out.println(
                "Redocly " + result.path("version").asString() + " (recommended rules): " + errors + " errors, "
                        + warnings + " warnings" + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems)));
        assertThat(errors).as(String.join("\n", problems)).isZero();
    }

    record Op(String path, String method, JsonNode operation) {
        String name() {
            return method.toUpperCase() + " " + path;
        }

        String uri(Map<String, String> values) {
            String uri = path;
            for (var v : values.entrySet()) {
                uri = uri.replace("{" + v.getKey() + "}", v.getValue());
            }
            return uri;
        }
    }

    static List<Op> operations(JsonNode api) {
        List<Op> ops = new ArrayList<>();
        api.path("paths")
                .forEachEntry((path, item) ->
                        item.forEachEntry((method, operation) -> ops.add(new Op(path, method, operation))));
        assertThat(ops).hasSizeGreaterThan(10);
        return ops;
    }

    /** Whether a value has what its schema requires, and nothing the schema does not name (properties, items, allOf, $ref). */
    static void conforms(JsonNode api, JsonNode value, JsonNode schema, String where, List<String> problems) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asString().substring("#/components/schemas/".length());
            conforms(api, value, api.path("components").path("schemas").path(name), where, problems);
            return;
        }
        schema.path("allOf").forEach(s -> conforms(api, value, s, where, problems));
        if (value.isObject() && schema.has("properties")) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asString()) || value.get(r.asString()).isNull()) {
                    problems.add(where + " lacks required " + r.asString());
                }
            });
            value.forEachEntry((name, v) -> {
                if (!schema.path("properties").has(name)) {
                    problems.add(where + " has " + name + ", which the description does not name");
                } else {
                    conforms(api, v, schema.path("properties").path(name), where + "." + name, problems);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                conforms(api, item, schema.path("items"), where + "[" + i++ + "]", problems);
            }
        }
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
