package org.scrutineer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Admins add accounts; a new councillor reads drafts of the boards they were given, and no others. */
@ScrutineerTest
class UserAdminIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void adminAddsACouncillorWhoThenReadsTheirBoard() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(user("root").roles("ADMIN"))
                        .with(csrf())
                        .param("username", "cllr.new")
                        .param("displayName", "Cllr New")
                        .param("role", "MEMBER")
                        .param("password", "a-long-enough-password")
                        .param("boardCodes", "CYPF-PPB"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select role from app_user where username = 'cllr.new'")
                        .query(String.class)
                        .single())
                .isEqualTo("MEMBER");
        mvc.perform(get("/drafts/CYPF-PPB/q1-2025-26").with(httpBasic("cllr.new", "a-long-enough-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/drafts/HSC-PPB/q1-2025-26").with(httpBasic("cllr.new", "a-long-enough-password")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where scope = 'user:cllr.new' and new_value::text not like '%password%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badInputIsListedAndNothingIsAdded() throws Exception {
        String page = mvc.perform(post("/admin/users")
                        .with(user("root").roles("ADMIN"))
                        .with(csrf())
                        .param("username", "Bad Name!")
                        .param("displayName", "")
                        .param("role", "KING")
                        .param("password", "short"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "There is a problem",
                        "Enter a username of 3 to 40",
                        "Enter the person&#39;s name",
                        "Select a role",
                        "at least 12 characters");
        assertThat(jdbc.sql("select count(*) from app_user where username = 'Bad Name!'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void adminAddsBoardsAndServiceAreasWithChecks() throws Exception {
        mvc.perform(post("/admin/boards")
                        .with(user("root").roles("ADMIN"))
                        .with(csrf())
                        .param("code", "exec")
                        .param("name", "Executive Board"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/service-areas")
                        .with(user("root").roles("ADMIN"))
                        .with(csrf())
                        .param("board", "EXEC")
                        .param("code", "corp")
                        .param("name", "Corporate Services"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select b.code from service_area a join board b on b.id = a.board_id where a.code = 'CORP'")
                        .query(String.class)
                        .single())
                .isEqualTo("EXEC");
        var errors = (org.scrutineer.platform.web.FormErrors) mvc.perform(post("/admin/service-areas")
                        .with(user("root").roles("ADMIN"))
                        .with(csrf())
                        .param("board", "NOPE")
                        .param("code", "CORP")
                        .param("name", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("errors");
        assertThat(errors.all()).containsOnlyKeys("area-board", "area-code", "area-name");
        assertThat(errors.get("area-code")).isEqualTo("There is already a service area CORP");
        String page = mvc.perform(get("/admin/boards").with(user("root").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Executive Board (EXEC)", "Corporate Services (CORP)", "Public Health (PH)");
        mvc.perform(get("/admin/boards").with(user("o").roles("OFFICER"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdminsManageUsers() throws Exception {
        mvc.perform(get("/admin/users").with(user("o").roles("OFFICER"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user("a").roles("ADMIN"))).andExpect(status().isOk());
    }
}
