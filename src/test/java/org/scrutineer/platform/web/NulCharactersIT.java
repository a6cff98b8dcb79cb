package org.scrutineer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.HostileFiles;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A NUL character (U+0000) anywhere a request carries text is refused with 400 naming the field, before it reaches
 * PostgreSQL (which cannot store it and answered with a server error): forms, search, sign-in, query parameters, JSON
 * bodies and uploaded file names. Import cells are refused as row errors (HostileImportIT).
 */
@ScrutineerTest
class NulCharactersIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient()
                .send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&")
                    .append(pairs[i])
                    .append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** The GOV.UK error page's summary, as a browser gets it. */
    static String summary(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).select(".govuk-error-summary__list").text();
    }

    @Test
    void aSearchForANulIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> page =
                send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/search?q=budget%00")));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(summary(page))
                .isEqualTo(
                        "The field q contains a NUL character (U+0000), which cannot be stored: remove it and send again");
    }

    @Test
    void aFormWithANulIsRefusedBeforeAnythingIsWritten() throws Exception {
        int before =
                jdbc.sql("select count(*) from meeting").query(Integer.class).single();
        mvc.perform(post("/meetings/new")
                        .param("board", "CYPF-PPB")
                        .param("date", "2031-01-01")
                        .param("time", "18:30")
                        .param("venue", "Town\u0000Hall")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from meeting").query(Integer.class).single())
                .isEqualTo(before);
        // as a browser sees it: the error page, before sign-in and the CSRF check
        HttpResponse<String> page = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/meetings/new"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("board", "CYPF-PPB", "venue", "Town\u0000Hall"))));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(summary(page)).startsWith("The field venue contains a NUL character (U+0000)");
    }

    @Test
    void signingInWithANulIsRefused() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", "off\u0000icer", "password", "x"))));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(summary(page)).startsWith("The field username contains a NUL character");
    }

    @Test
    void anUploadedFileNamedWithANulIsRefused() throws Exception {
        long item = jdbc.sql(
                        "select i.id from agenda_item i join meeting m on m.id = i.meeting_id where m.key = 'hsc-2025-09-23' order by i.position limit 1")
                .query(Long.class)
                .single();
        int before = jdbc.sql("select count(*) from item_document")
                .query(Integer.class)
                .single();
        mvc.perform(multipart("/meetings/hsc-2025-09-23/items/" + item + "/documents")
                        .file(new MockMultipartFile(
                                "file", "pa\u0000per.pdf", "application/pdf", HostileFiles.pdfOfPages(1)))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/import/figures")
                        .file(new MockMultipartFile("file", "fig\u0000ures.csv", "text/csv", "x".getBytes()))
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value("The name of the file uploaded " + NulCharacters.WHY));
        assertThat(jdbc.sql("select count(*) from item_document")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theApiRefusesANulInAParameterOrABodyAsProblemJson() throws Exception {
        mvc.perform(get("/api/reports/HSC-PPB/q1-2025-26").param("version", "1\u0000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.detail").value("The field version " + NulCharacters.WHY))
                .andExpect(jsonPath("$.errors[0].reason").value(NulCharacters.WHY));
        mvc.perform(post("/api/indicators/PH01a/figures")
                        .contentType("application/json")
                        .content("{\"kind\":\"target\",\"period\":\"2031/32\",\"value\":1,\"status\":\"fin\\u0000al\"}")
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].reason").value(NulCharacters.WHY));
    }
}
