package org.scrutineer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.support.ClientAddress;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Anyone signed in changes their own password, audited without the password, ending their other sessions; an account
 * that must change its password (as the first administrator from configuration must) can do nothing else until it has.
 */
@ScrutineerTest
class PasswordChangeIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private Cookie signIn(String username, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/sign-in")
                        .with(csrf())
                        .with(ClientAddress.from("192.0.2.71"))
                        .param("username", username)
                        .param("password", password))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).as("signed in as " + username).isEqualTo("/");
        return response.getCookie("SESSION");
    }

    private FormErrors change(Cookie session, String current, String next, String again) throws Exception {
        var result = mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .with(ClientAddress.from("192.0.2.71"))
                        .param("currentPassword", current)
                        .param("newPassword", next)
                        .param("confirmPassword", again))
                .andReturn();
        return (FormErrors) result.getModelAndView().getModel().get("errors");
    }

    @Test
    void anOfficerChangesTheirPasswordAndTheirOtherSessionsEnd() throws Exception {
        accounts.create("pw.officer", "Test officer", "first-password-of-pw", Role.OFFICER);
        Cookie here = signIn("pw.officer", "first-password-of-pw");
        Cookie elsewhere = signIn("pw.officer", "first-password-of-pw");
        assertThat(mvc.perform(get("/account/password").cookie(here))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Change your password", "Current password", "New password again");

        FormErrors errors = change(here, "not-the-password", "officer-demo-pass", "something-else-entirely");
        assertThat(errors.all()).containsOnlyKeys("currentPassword", "newPassword", "confirmPassword");
        assertThat(errors.get("currentPassword")).isEqualTo("Your current password is wrong");
        assertThat(errors.get("newPassword")).startsWith("Choose another password: this one is published");
        assertThat(errors.get("confirmPassword")).startsWith("The new passwords are not the same");
        assertThat(change(here, "first-password-of-pw", "short", "short").get("newPassword"))
                .isEqualTo("Enter a password of at least 12 characters");
        assertThat(change(here, "first-password-of-pw", "my-pw.officer-pass", "my-pw.officer-pass")
                        .get("newPassword"))
                .isEqualTo("Choose a password that does not contain the username");

        MockHttpServletResponse done = mvc.perform(post("/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", "first-password-of-pw")
                        .param("newPassword", "a new and longer password")
                        .param("confirmPassword", "a new and longer password"))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/account/password");
        Cookie now = done.getCookie("SESSION") != null ? done.getCookie("SESSION") : here;
        assertThat(mvc.perform(get("/indicators").cookie(now))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("still signed in here")
                .isEqualTo(200);
        assertThat(mvc.perform(get("/indicators").cookie(elsewhere).accept(MediaType.TEXT_HTML))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the other session has ended: sent to sign in")
                .endsWith("/sign-in");
        assertThat(mvc.perform(get("/api/indicators")
                                .with(httpBasic("pw.officer", "first-password-of-pw"))
                                .with(ClientAddress.from("192.0.2.72")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        assertThat(mvc.perform(get("/api/indicators").with(httpBasic("pw.officer", "a new and longer password")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        var audited = jdbc.sql(
                        "select actor, action, new_value::text from audit_event where scope = 'user:pw.officer' and action = 'update'")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
        assertThat(audited)
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .startsWith("pw.officer update")
                        .contains("changed by the account's holder", "\"otherSessionsEnded\": 1")
                        .doesNotContain("a new and longer password", "first-password-of-pw"));
    }

    @Test
    void anAccountThatMustChangeItsPasswordDoesNothingElseFirst() throws Exception {
        accounts.create("pw.first", "Test admin", "given-by-someone-else", Role.ADMIN);
        jdbc.sql("update app_user set must_change_password = true where username = 'pw.first'")
                .update();
        Cookie session = signIn("pw.first", "given-by-someone-else");
        for (String path : new String[] {"/", "/admin/users", "/indicators", "/meetings"}) {
            MockHttpServletResponse page =
                    mvc.perform(get(path).cookie(session)).andReturn().getResponse();
            assertThat(page.getStatus()).as(path).isEqualTo(302);
            assertThat(page.getRedirectedUrl()).as(path).isEqualTo("/account/password");
        }
        assertThat(mvc.perform(post("/admin/users").cookie(session).with(csrf()).param("username", "sneaky"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/account/password");
        assertThat(mvc.perform(get("/account/password").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("given to you by someone else");
        MockHttpServletResponse api = mvc.perform(get("/api/indicators")
                        .with(httpBasic("pw.first", "given-by-someone-else"))
                        .with(ClientAddress.from("192.0.2.73")))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(api.getContentAsString()).contains("\"title\":\"Password change needed\"", "/account/password");

        MockHttpServletResponse done = mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "given-by-someone-else")
                        .param("newPassword", "chosen by the admin themself")
                        .param("confirmPassword", "chosen by the admin themself"))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/account/password");
        Cookie now = done.getCookie("SESSION") != null ? done.getCookie("SESSION") : session;
        assertThat(mvc.perform(get("/admin/users").cookie(now))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("on they go")
                .isEqualTo(200);
        assertThat(jdbc.sql("select must_change_password from app_user where username = 'pw.first'")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(mvc.perform(get("/api/indicators").with(httpBasic("pw.first", "chosen by the admin themself")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }
}
