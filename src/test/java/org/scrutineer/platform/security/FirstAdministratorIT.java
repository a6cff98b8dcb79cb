package org.scrutineer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A new database without the demo, as production starts: no accounts but the first administrator given in configuration,
 * who must choose a new password before anything else; the configured password opens nothing after that. This
 * application is also configured to trust a proxy in front (server.forward-headers-strategy=native, which trusts the
 * proxies on private and loopback addresses), so a request forwarded over HTTPS is treated as HTTPS: HSTS and a Secure
 * session cookie. (The shared test application trusts no proxy: see SecurityHeadersIT.) Its own application and
 * database, so it starts empty.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "scrutineer.demo=false",
            "scrutineer.admin.username=first.admin",
            "scrutineer.admin.password=given-once-in-the-configuration",
            "scrutineer.admin.name=The First Administrator",
            "server.forward-headers-strategy=native"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class FirstAdministratorIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    @LocalServerPort
    int port;

    @Test
    void theFirstAdministratorComesFromConfigurationAndMustChangeThePassword() throws Exception {
        assertThat(jdbc.sql(
                                "select username || ' ' || role || ' ' || display_name || ' ' || must_change_password from app_user")
                        .query(String.class)
                        .list())
                .containsExactly("first.admin ADMIN The First Administrator true");
        assertThat(jdbc.sql("select count(*) from board").query(Integer.class).single())
                .as("no demo data")
                .isZero();
        assertThat(audit.forScope("user:first.admin")).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("create");
            assertThat(e.newValue()).contains("\"from\": \"configuration\"").doesNotContain("given-once");
        });

        MockHttpServletResponse api = mvc.perform(
                        get("/api/indicators").with(httpBasic("first.admin", "given-once-in-the-configuration")))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(api.getContentAsString()).contains("Password change needed");

        MockHttpServletResponse signIn = mvc.perform(post("/sign-in")
                        .with(csrf())
                        .param("username", "first.admin")
                        .param("password", "given-once-in-the-configuration"))
                .andReturn()
                .getResponse();
        Cookie session = signIn.getCookie("SESSION");
        assertThat(mvc.perform(get("/admin/users").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/password");
        MockHttpServletResponse changed = mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "given-once-in-the-configuration")
                        .param("newPassword", "only the administrator knows this")
                        .param("confirmPassword", "only the administrator knows this"))
                .andReturn()
                .getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/account/password");
        Cookie now = changed.getCookie("SESSION") != null ? changed.getCookie("SESSION") : session;
        assertThat(mvc.perform(get("/admin/users").cookie(now))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        assertThat(mvc.perform(get("/api/indicators").with(httpBasic("first.admin", "given-once-in-the-configuration")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the configured password no longer opens anything")
                .isEqualTo(401);
        assertThat(mvc.perform(get("/api/indicators")
                                .with(httpBasic("first.admin", "only the administrator knows this")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        // started again with the same configuration: an account exists, so nothing is created or reset
        new FirstAdministrator(
                        new FirstAdministrator.Settings("second.admin", "another-long-password", "Second"),
                        accounts,
                        audit)
                .create();
        assertThat(jdbc.sql("select count(*) from app_user")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select must_change_password from app_user where username = 'first.admin'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void aWeakOrMalformedConfigurationIsRefusedNamingTheSetting() {
        Accounts none = new Accounts(null, null) {
            @Override
            public boolean any() {
                return false;
            }
        };
        assertThatThrownBy(() -> new FirstAdministrator(
                                new FirstAdministrator.Settings("admin", "admin-demo-pass", "A"), none, audit)
                        .create())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(
                        "scrutineer.admin.password (SCRUTINEER_ADMIN_PASSWORD) will not do: Choose another password");
        assertThatThrownBy(() -> new FirstAdministrator(
                                new FirstAdministrator.Settings("Admin@Council", "a-long-enough-password", "A"),
                                none,
                                audit)
                        .create())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(
                        "scrutineer.admin.username (SCRUTINEER_ADMIN_USERNAME) must be 3 to 40 lower-case letters");
    }

    /** Real requests from 127.0.0.1, which native forwarding trusts as a proxy: X-Forwarded-Proto: https is believed. */
    @Test
    void behindATrustedProxyAForwardedHttpsRequestGetsHstsAndASecureCookie() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> forwarded = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forwarded.statusCode()).isEqualTo(200);
        assertThat(forwarded.headers().firstValue("Strict-Transport-Security")).hasValue(SecurityHeaders.HSTS);
        assertThat(forwarded.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith("SESSION=")
                .contains("; Secure", "; HttpOnly", "; SameSite=Lax");

        HttpResponse<String> plain = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("; HttpOnly", "; SameSite=Lax")
                .doesNotContain("Secure");
    }
}
