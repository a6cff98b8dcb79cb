package org.scrutineer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ClientAddress;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Password guessing, by the sign-in form or by HTTP Basic, is refused for a while after five failures for one username
 * or twenty from one address, the right password included, in the same words whether or not the account exists; every
 * attempt is in the audit trail. Each test uses its own usernames and client addresses (documentation ranges), so the
 * counts of one never touch another's, nor the demo accounts the other tests sign in with from 127.0.0.1.
 */
@ScrutineerTest
class SignInThrottleIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String account(String username) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.create(username, "Test " + username, "the-right-password-" + username, Role.OFFICER);
        }
        return "the-right-password-" + username;
    }

    private String form(String username, String password, String address) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/sign-in")
                        .with(csrf())
                        .with(ClientAddress.from(address))
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    @Test
    void thirtyWrongPasswordsByTheFormThenTheRightOneIsRefusedUntilTheWaitIsOver() throws Exception {
        String right = account("guess.form");
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(form("guess.form", "wrong-" + i, "192.0.2.11"));
        }
        assertThat(answers.subList(0, 5)).containsOnly("/sign-in?error");
        assertThat(answers.subList(5, 30)).containsOnly("/sign-in?wait=15");
        assertThat(form("guess.form", right, "192.0.2.11"))
                .as("the right password, at once")
                .isEqualTo("/sign-in?wait=15");
        assertThat(form("guess.form", right, "192.0.2.12"))
                .as("nor from another address")
                .isEqualTo("/sign-in?wait=15");
        // only the five failures before the limit count: refusals do not push the wait on
        assertThat(jdbc.sql("select count(*) from sign_in_failure where username = 'guess.form'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);

        String page = mvc.perform(get("/sign-in").param("wait", "15"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Error: Sign in",
                        "There is a problem",
                        "Too many attempts to sign in: wait 15 minutes and try again, or ask an administrator of Scrutineer for help");

        clock.startAt(clock.instant().plus(Duration.ofMinutes(16)));
        assertThat(form("guess.form", right, "192.0.2.11")).as("after the wait").isEqualTo("/");
        assertThat(jdbc.sql("select count(*) from sign_in_failure where username = 'guess.form'")
                        .query(Integer.class)
                        .single())
                .as("signing in clears the username's count")
                .isZero();
    }

    @Test
    void anAccountThatDoesNotExistIsToldTheSame() throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(form("nobody.here", "wrong-" + i, "192.0.2.21"));
        }
        assertThat(answers)
                .containsExactly(
                        "/sign-in?error",
                        "/sign-in?error",
                        "/sign-in?error",
                        "/sign-in?error",
                        "/sign-in?error",
                        "/sign-in?wait=15",
                        "/sign-in?wait=15");
    }

    @Test
    void thirtyWrongPasswordsByHttpBasicThenTheRightOneIsRefusedWithA429() throws Exception {
        String right = account("guess.basic");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(mvc.perform(get("/api/indicators")
                            .with(httpBasic("guess.basic", "wrong-" + i))
                            .with(ClientAddress.from("192.0.2.31")))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 30)).containsOnly(429);
        MockHttpServletResponse refused = mvc.perform(get("/api/indicators")
                        .with(httpBasic("guess.basic", right))
                        .with(ClientAddress.from("192.0.2.31")))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString())
                .contains(
                        "\"title\":\"Too many attempts\"",
                        "\"status\":429",
                        "\"detail\":\"Too many attempts to sign in: wait 15 minutes");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(840L, 901L);

        // a username with no account gets the very same answer once it has failed as often
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/indicators")
                    .with(httpBasic("nobody.basic", "wrong"))
                    .with(ClientAddress.from("192.0.2.32")));
        }
        MockHttpServletResponse nobody = mvc.perform(get("/api/indicators")
                        .with(httpBasic("nobody.basic", "wrong"))
                        .with(ClientAddress.from("192.0.2.32")))
                .andReturn()
                .getResponse();
        assertThat(nobody.getStatus()).isEqualTo(429);
        assertThat(nobody.getContentAsString()).isEqualTo(refused.getContentAsString());

        clock.startAt(clock.instant().plus(Duration.ofMinutes(16)));
        assertThat(mvc.perform(get("/api/indicators")
                                .with(httpBasic("guess.basic", right))
                                .with(ClientAddress.from("192.0.2.31")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyUsernamesIsRefusedToo() throws Exception {
        String right = account("spray.target");
        for (int i = 0; i < 20; i++) {
            assertThat(form("spray-" + i, "wrong", "198.51.100.41")).isEqualTo("/sign-in?error");
        }
        assertThat(form("spray.target", right, "198.51.100.41"))
                .as("the address is held back")
                .isEqualTo("/sign-in?wait=15");
        assertThat(form("spray.target", right, "198.51.100.42"))
                .as("another address is not")
                .isEqualTo("/");
    }

    @Test
    void everyAttemptIsAuditedWithTheUsernameAndAddressButNeverThePassword() throws Exception {
        String right = account("audited.one");
        form("audited.one", "a-wrong-guess-1234", "192.0.2.51");
        form("audited.one", right, "192.0.2.51");
        mvc.perform(
                get("/api/indicators").with(httpBasic("audited.one", right)).with(ClientAddress.from("192.0.2.52")));
        List<String> events = jdbc.sql("""
                        select actor || ' ' || action || ' ' || (new_value->>'username') || ' ' || (new_value->>'address') || ' ' || (new_value->>'outcome')
                        from audit_event where scope = 'sign-in:audited.one' order by id""").query(String.class).list();
        assertThat(events)
                .containsExactly(
                        "anonymous sign_in_failed audited.one 192.0.2.51 wrong username or password",
                        "audited.one sign_in audited.one 192.0.2.51 signed in",
                        "audited.one sign_in audited.one 192.0.2.52 signed in");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where new_value::text like '%a-wrong-guess%' or new_value::text like '%"
                                        + right + "%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aDisabledAccountIsRefusedInTheWordsOfAWrongPassword() throws Exception {
        String right = account("disabled.words");
        accounts.setEnabled("disabled.words", false);
        assertThat(form("disabled.words", right, "192.0.2.61")).isEqualTo("/sign-in?error");
        assertThat(mvc.perform(get("/api/indicators")
                                .with(httpBasic("disabled.words", right))
                                .with(ClientAddress.from("192.0.2.61")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("The username or password is wrong");
    }
}
