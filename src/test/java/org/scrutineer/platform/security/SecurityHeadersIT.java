package org.scrutineer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ClientAddress;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every answer tells the browser: a Content-Security-Policy without inline script or style, Referrer-Policy, HSTS
 * only over HTTPS, and a session cookie that is HttpOnly, SameSite=Lax and Secure over HTTPS; the same on public pages
 * kept as rendered and on their 304s. This application trusts no proxy, so a client's X-Forwarded-Proto changes nothing
 * (FirstAdministratorIT runs one that does).
 */
@ScrutineerTest
class SecurityHeadersIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> fetch(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void browserHeaders(HttpResponse<?> response, String what) {
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .as(what)
                .containsExactly(SecurityHeaders.POLICY);
        assertThat(response.headers().allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
        assertThat(response.headers().allValues("Strict-Transport-Security"))
                .as(what + ": plain HTTP")
                .isEmpty();
    }

    @Test
    void everyKindOfAnswerCarriesThePolicy() throws Exception {
        for (String path : List.of(
                "/",
                "/sign-in",
                "/reports/HSC-PPB/q1-2025-26",
                "/assurance",
                "/meetings/hsc-2025-09-23",
                "/api/meetings/hsc-2025-09-23",
                "/no-such-page",
                "/api/no-such",
                "/indicators",
                "/api/indicators",
                "/css/scrutineer.css")) {
            HttpResponse<String> first =
                    fetch(path, "Accept", path.startsWith("/api") ? "application/json" : "text/html");
            browserHeaders(first, path);
            // the meeting pages are then served as kept, and any public page answers 304 to its tag
            browserHeaders(fetch(path, "Accept", "text/html"), path + " again");
            first.headers().firstValue("ETag").ifPresent(tag -> {
                try {
                    HttpResponse<String> unchanged = fetch(path, "If-None-Match", tag);
                    assertThat(unchanged.statusCode()).isEqualTo(304);
                    browserHeaders(unchanged, path + " 304");
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        }
        assertThat(SecurityHeaders.POLICY)
                .doesNotContain("unsafe-inline", "unsafe-eval", "*")
                .contains("script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
        // Swagger UI draws with inline styles: its pages alone allow them
        HttpResponse<String> docs = fetch("/api/swagger-ui/index.html");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.API_DOCS_POLICY);
        assertThat(SecurityHeaders.API_DOCS_POLICY).contains("style-src 'self' 'unsafe-inline'", "script-src 'self';");
    }

    @Test
    void aClientsOwnXForwardedProtoIsNotBelieved() throws Exception {
        HttpResponse<String> claimed = fetch("/sign-in", "X-Forwarded-Proto", "https");
        assertThat(claimed.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(claimed.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("HttpOnly", "SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    void overHttpsHstsAndASecureSessionCookie() throws Exception {
        MockHttpServletResponse page =
                mvc.perform(get("/sign-in").secure(true)).andReturn().getResponse();
        assertThat(page.getHeader("Strict-Transport-Security")).isEqualTo(SecurityHeaders.HSTS);
        MockHttpServletResponse signedIn = mvc.perform(post("/sign-in")
                        .secure(true)
                        .with(csrf())
                        .with(ClientAddress.from("192.0.2.91"))
                        .param("username", "officer")
                        .param("password", "officer-demo-pass"))
                .andReturn()
                .getResponse();
        assertThat(signedIn.getRedirectedUrl()).isEqualTo("/");
        assertThat(signedIn.getHeaders("Set-Cookie"))
                .anySatisfy(
                        c -> assertThat(c).startsWith("SESSION=").contains("; Secure", "; HttpOnly", "; SameSite=Lax"));

        MockHttpServletResponse plain = mvc.perform(post("/sign-in")
                        .with(csrf())
                        .with(ClientAddress.from("192.0.2.91"))
                        .param("username", "officer")
                        .param("password", "officer-demo-pass"))
                .andReturn()
                .getResponse();
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(plain.getHeaders("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("SESSION=")
                        .contains("; HttpOnly", "; SameSite=Lax")
                        .doesNotContain("Secure"));
    }

    /** A meeting page kept from an HTTPS request must not hand its HSTS to a plain one, nor lack it the other way round. */
    @Test
    void aKeptPageGetsTheHeadersOfTheRequestItAnswers() throws Exception {
        String path = "/meetings/hsc-2025-06-24";
        jdbc.sql("select nextval('public_page_version')")
                .query(Long.class)
                .single(); // so the next request renders and keeps it
        MockHttpServletResponse secure =
                mvc.perform(get(path).secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).isEqualTo(SecurityHeaders.HSTS);
        MockHttpServletResponse plain = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(plain.getStatus()).isEqualTo(200);
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(plain.getHeaders("Content-Security-Policy")).containsExactly(SecurityHeaders.POLICY);
        MockHttpServletResponse secureAgain =
                mvc.perform(get(path).secure(true)).andReturn().getResponse();
        assertThat(secureAgain.getHeaders("Strict-Transport-Security")).containsExactly(SecurityHeaders.HSTS);
        assertThat(secureAgain.getHeaders("Referrer-Policy")).containsExactly("same-origin");
    }
}
