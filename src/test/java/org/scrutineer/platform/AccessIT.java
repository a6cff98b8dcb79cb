package org.scrutineer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Who can see and do what: the public reads what is published, members their boards, officers enter data. */
@ScrutineerTest
class AccessIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publicReadsPublishedReportsOnly() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/reports/HSC-PPB/q1-2025-26")));
        mvc.perform(get("/reports/HSC-PPB/q1-2025-26")).andExpect(status().isOk());
        mvc.perform(get("/reports/HSC-PPB/q1-2025-26.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/api/reports/HSC-PPB/q1-2025-26"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areas[1].kpis.length()").value(17))
                .andExpect(jsonPath("$.areas[1].kpis[0].progress.symbol").value("RED"));
        // a browser is sent to sign in
        mvc.perform(get("/drafts/HSC-PPB/q1-2025-26").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/sign-in")));
        mvc.perform(get("/import").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/indicators").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/indicators"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/reports/HSC-PPB/q4-2030-31")).andExpect(status().isNotFound());
        mvc.perform(get("/reports/NOPE/q1-2025-26")).andExpect(status().isNotFound());
    }

    @Test
    void membersReadTheirBoardsDraftsButNotOthers() throws Exception {
        mvc.perform(get("/drafts/HSC-PPB/q1-2025-26").with(httpBasic("councillor", "councillor-demo-pass")))
                .andExpect(status().isOk());
        mvc.perform(get("/drafts/CYPF-PPB/q1-2025-26").with(httpBasic("councillor", "councillor-demo-pass")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/drafts/CYPF-PPB/q1-2025-26").with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk());
        mvc.perform(get("/import").with(httpBasic("councillor", "councillor-demo-pass")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/drafts/HSC-PPB/q1-2025-26/publish")
                        .with(user("councillor").roles("MEMBER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Autowired
    org.scrutineer.meetings.PaperRenderer papers;

    /**
     * Roles reach down the hierarchy (ADMIN > OFFICER > MEMBER) wherever access is decided, not only in the URL rules: an
     * officer who adds a Part II item to an agenda not yet published reads it and its paper back, and so does an admin;
     * the public see neither.
     */
    @Test
    void officersAndAdminsSeeDraftsAndExemptItemsAsMembersOfEveryBoardDo() throws Exception {
        var officer = httpBasic("officer", "officer-demo-pass");
        mvc.perform(post("/meetings/new")
                        .with(officer)
                        .with(csrf())
                        .param("board", "CYPF-PPB")
                        .param("date", "2027-03-15")
                        .param("time", "18:30")
                        .param("venue", "Civic Suite, Kingsway"))
                .andExpect(status().is3xxRedirection());
        byte[] pdf = papers.render(new org.scrutineer.meetings.PaperRenderer.Paper(
                java.util.List.of(),
                "Osprey contract award",
                "",
                java.util.List.of(new org.scrutineer.meetings.PaperRenderer.Section(
                        "Report", java.util.List.of("The ospreybid scores.")))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/meetings/cypf-2027-03-15/items")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "osprey.pdf", "application/pdf", pdf))
                        .param("title", "Osprey contract award")
                        .param("part", "II")
                        .param("exemptionParagraph", "3")
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long paper = jdbc.sql("""
                        select d.id from item_document d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
                        where m.key = 'cypf-2027-03-15' and d.uploaded_by = 'officer'""").query(Long.class).single();

        for (var who : java.util.List.of(officer, httpBasic("admin", "admin-demo-pass"))) {
            mvc.perform(get("/documents/" + paper).with(who)).andExpect(status().isOk());
            mvc.perform(get("/meetings/cypf-2027-03-15").with(who))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Osprey contract award")));
            mvc.perform(get("/search").param("q", "ospreybid").with(who))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Osprey contract award")));
        }
        // the public, and a member of another board, do not
        for (var who : java.util.List.<org.springframework.test.web.servlet.request.RequestPostProcessor>of(
                r -> r, httpBasic("councillor", "councillor-demo-pass"))) {
            mvc.perform(get("/documents/" + paper).with(who)).andExpect(status().isNotFound());
            mvc.perform(get("/meetings/cypf-2027-03-15").with(who))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.not(
                                    org.hamcrest.Matchers.containsString("Osprey contract award"))));
        }
    }

    @Test
    void openingADraftForAnUnknownQuarterIsAFormError() throws Exception {
        var errors = (org.scrutineer.platform.web.FormErrors) mvc.perform(get("/drafts")
                        .param("board", "HSC-PPB")
                        .param("quarter", "Q5 2025/26")
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/reports"))
                .andReturn()
                .getFlashMap()
                .get("errors");
        assertThat(errors.get("quarter")).startsWith("Enter the quarter like Q1 2025/26");
        mvc.perform(get("/drafts")
                        .param("board", "HSC-PPB")
                        .param("quarter", "q2 2025/26")
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/drafts/HSC-PPB/q2-2025-26"));
    }

    @Test
    void publishingWithUnresolvedFinanceChecksAsksForAReason() throws Exception {
        var errors = (org.scrutineer.platform.web.FormErrors) mvc.perform(post("/drafts/HSC-PPB/q1-2025-26/publish")
                        .with(user("officer").roles("OFFICER"))
                        .with(csrf())
                        .param("checksReason", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/drafts/HSC-PPB/q1-2025-26"))
                .andReturn()
                .getFlashMap()
                .get("errors");
        assertThat(errors.get("checksReason"))
                .startsWith("The financial appendix has 2 figures that do not follow from the others");
        assertThat(jdbc.sql(
                                "select count(*) from published_report r join board b on b.id = r.board_id where b.code = 'HSC-PPB'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void formsNeedACsrfToken() throws Exception {
        mvc.perform(post("/indicators/PH01a/figures")
                        .with(user("o").roles("OFFICER"))
                        .param("kind", "actual")
                        .param("period", "2030/31")
                        .param("value", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void passwordsAreHashedAndSignInWorks() throws Exception {
        String hash = jdbc.sql("select password_hash from app_user where username = 'officer'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("officer-demo-pass");
        mvc.perform(post("/sign-in").with(csrf()).param("username", "officer").param("password", "wrong"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/sign-in?error"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", "officer").param("password", "officer-demo-pass"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/"));
    }

    @Test
    void apiErrorsAreProblemJsonNamingTheField() throws Exception {
        mvc.perform(post("/api/indicators/PH01a/figures")
                        .with(httpBasic("officer", "officer-demo-pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"actual\",\"period\":\"sometime\",\"value\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value(org.hamcrest.Matchers.startsWith("'sometime' is not a period")));
        mvc.perform(get("/api/indicators/NOPE").with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/indicators/{ref}/figures']").exists());
    }

    /** Real requests to the running server (its error pages included): what a refused or lost visitor is told. */
    @Test
    void refusalsSayWhyAndAnUnknownAddressIsNotFoundWhoeverAsks() throws Exception {
        var visitorToApi = http("/api/indicators", null, "application/json");
        assertThat(visitorToApi.statusCode()).isEqualTo(401);
        assertThat(visitorToApi.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(visitorToApi.headers().firstValue("WWW-Authenticate"))
                .hasValue("Basic realm=\"Scrutineer\", charset=\"UTF-8\"");
        assertThat(visitorToApi.body())
                .contains(
                        "\"title\":\"Sign-in needed\"",
                        "\"status\":401",
                        "\"detail\":\"Sign in to use /api/indicators");
        assertThat(http("/api/indicators", "officer:wrong", "application/json").body())
                .contains("The username or password is wrong");

        var memberImporting = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(uri("/api/import/figures"))
                                .header("Authorization", basic("councillor:councillor-demo-pass"))
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(memberImporting.statusCode()).isEqualTo(403);
        assertThat(memberImporting.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(memberImporting.body()).contains("\"status\":403", "POST /api/import/figures");

        for (String who : new String[] {null, "councillor:councillor-demo-pass"}) {
            var page = http("/no-such-page", who, "text/html");
            assertThat(page.statusCode()).as("page for " + who).isEqualTo(404);
            assertThat(page.body()).contains("Page not found", "govuk-template");
            var api = http("/api/no-such", who, "application/json");
            assertThat(api.statusCode()).as("API for " + who).isEqualTo(404);
            assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(api.body()).contains("\"status\":404", "/api/docs");
        }
        // a page that exists still sends a visitor's browser to sign in
        var known = http("/indicators", null, "text/html");
        assertThat(known.statusCode()).isEqualTo(302);
        assertThat(known.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");

        var robots = http("/robots.txt", null, "text/plain");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body())
                .contains("User-agent: *", "Disallow: /api/", "Disallow: /sign-in")
                .doesNotContain("Disallow: /meetings\n", "Disallow: /reports", "Disallow: /documents", "Disallow: /\n");
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    java.net.URI uri(String path) {
        return java.net.URI.create("http://localhost:" + port + path);
    }

    static String basic(String credentials) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    java.net.http.HttpResponse<String> http(String path, String credentials, String accept) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(uri(path)).header("Accept", accept);
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sessionsAreKeptInPostgres() throws Exception {
        var result = mvc.perform(post("/sign-in")
                        .with(csrf())
                        .param("username", "officer")
                        .param("password", "officer-demo-pass"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'officer'")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(result.getResponse().getCookie("SESSION")).isNotNull();
    }
}
