package org.scrutineer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An admin disables an account: its sessions end and its HTTP Basic calls are refused at once; enabled, it works again. */
@ScrutineerTest
class AccountDisablingIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private int basic(String username, String password) throws Exception {
        return mvc.perform(get("/api/indicators")
                        .with(httpBasic(username, password))
                        .with(ClientAddress.from("192.0.2.81")))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private MvcResult setEnabled(String who, String username, boolean enabled) throws Exception {
        return mvc.perform(post("/admin/users/" + username + "/enabled")
                        .with(user(who).roles("ADMIN"))
                        .with(csrf())
                        .param("enabled", Boolean.toString(enabled)))
                .andReturn();
    }

    @Test
    void disablingEndsTheSessionsAndRefusesHttpBasicAtOnce() throws Exception {
        accounts.create("to.disable", "Test officer", "password-of-to-disable", Role.OFFICER);
        Cookie session = mvc.perform(post("/sign-in")
                        .with(csrf())
                        .with(ClientAddress.from("192.0.2.81"))
                        .param("username", "to.disable")
                        .param("password", "password-of-to-disable"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(mvc.perform(get("/indicators").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(basic("to.disable", "password-of-to-disable")).isEqualTo(200);
        assertThat(mvc.perform(get("/admin/users").with(user("root").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "id=\"enabled-to.disable\"", "Disable<span class=\"govuk-visually-hidden\"> to.disable</span>");

        MvcResult disabled = setEnabled("root", "to.disable", false);
        assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(disabled.getFlashMap().get("message"))
                .isEqualTo("Account to.disable disabled: it cannot sign in, and 1 session ended");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'to.disable'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(mvc.perform(get("/indicators").cookie(session).accept(MediaType.TEXT_HTML))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the session has ended")
                .endsWith("/sign-in");
        assertThat(basic("to.disable", "password-of-to-disable")).isEqualTo(401);
        assertThat(jdbc.sql("""
                        select old_value::text || ' -> ' || new_value::text from audit_event
                        where scope = 'user:to.disable' and action = 'update' order by id""").query(String.class).list())
                .containsExactly("{\"enabled\": true} -> {\"enabled\": false, \"sessionsEnded\": 1}");

        assertThat(setEnabled("root", "to.disable", true).getFlashMap().get("message"))
                .isEqualTo("Account to.disable enabled: it can sign in again");
        assertThat(basic("to.disable", "password-of-to-disable")).isEqualTo(200);
    }

    @Test
    void anAdminCannotDisableTheirOwnAccount() throws Exception {
        MvcResult refused = setEnabled("admin", "admin", false);
        FormErrors errors = (FormErrors) refused.getFlashMap().get("errors");
        assertThat(errors.all())
                .containsEntry("enabled-admin", "You cannot disable your own account: ask another administrator");
        assertThat(jdbc.sql("select enabled from app_user where username = 'admin'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(mvc.perform(post("/admin/users/nobody-at-all/enabled")
                                .with(user("root").roles("ADMIN"))
                                .with(csrf())
                                .param("enabled", "false"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/admin/users/admin/enabled")
                                .with(user("o").roles("OFFICER"))
                                .with(csrf())
                                .param("enabled", "false"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
