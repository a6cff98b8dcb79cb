package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Officers record milestone progress and supporting commentary each quarter; both are audited. */
@ScrutineerTest
class ObjectiveAndCommentaryIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Autowired
    AuditTrail audit;

    long objective() {
        data.serviceArea("TEST-OBJ", "OBJ");
        return jdbc.sql("""
                        insert into objective (ref, service_area_id, title, milestone)
                        select 'OBJ 01', id, 'Test objective', 'Do the thing' from service_area where code = 'OBJ'
                        on conflict (ref) do update set title = excluded.title returning id""").query(Long.class).single();
    }

    @Test
    void milestoneProgressIsSavedAndAudited() throws Exception {
        long id = objective();
        mvc.perform(post("/objectives/" + id + "/progress")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("quarter", "Q2 2025/26")
                        .param("progress", "AMBER")
                        .param("commentary", "Contract review under way"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/objectives/" + id + "/progress")
                        .with(user("o2").roles("OFFICER"))
                        .with(csrf())
                        .param("quarter", "Q2 2025/26")
                        .param("progress", "GREEN")
                        .param("commentary", "Review complete"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "select progress from milestone_progress where objective_id = :i and quarter = 'Q2 2025/26'")
                        .param("i", id)
                        .query(String.class)
                        .single())
                .isEqualTo("GREEN");
        assertThat(audit.forScope("objective:OBJ 01")).hasSize(2).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo("update");
            assertThat(e.actor()).isEqualTo("o2");
            assertThat(e.oldValue()).contains("AMBER");
            assertThat(e.newValue()).contains("GREEN");
        });
        String page = mvc.perform(get("/objectives")
                        .param("quarter", "Q2 2025/26")
                        .with(user(data.member("obj.member", "TEST-OBJ")).roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("OBJ 01 Test objective", "Review complete");
    }

    @Test
    void missingProgressIsAnError() throws Exception {
        long id = objective();
        FormErrors errors = (FormErrors) mvc.perform(post("/objectives/" + id + "/progress")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("quarter", "Q3 2025/26")
                        .param("commentary", "x"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("errors"))
                .andReturn()
                .getFlashMap()
                .get("errors");
        assertThat(errors.get("progress-" + id)).isEqualTo("Select the progress of OBJ 01");
        assertThat(jdbc.sql(
                                "select count(*) from milestone_progress where objective_id = :i and quarter = 'Q3 2025/26'")
                        .param("i", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aProgressThatIsNoSymbolIsAnErrorNotAServerError() throws Exception {
        long id = objective();
        for (String progress : new String[] {"purple", "NOT_APPLICABLE"}) {
            FormErrors errors = (FormErrors) mvc.perform(post("/objectives/" + id + "/progress")
                            .with(user("o").roles("OFFICER"))
                            .with(csrf())
                            .param("quarter", "Q4 2025/26")
                            .param("progress", progress))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getFlashMap()
                    .get("errors");
            assertThat(errors.get("progress-" + id)).isEqualTo("Milestone progress is Green, Amber or Red");
        }
        assertThat(jdbc.sql(
                                "select count(*) from milestone_progress where objective_id = :i and quarter = 'Q4 2025/26'")
                        .param("i", id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void indicatorCommentaryIsSavedAndAudited() throws Exception {
        data.serviceArea("TEST-OBJ", "OBJ");
        data.indicator("OBJ", "COM-1", "HIGHER_IS_BETTER");
        mvc.perform(post("/indicators/COM-1/commentary")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("quarter", "Q1 2025/26")
                        .param("commentary", "Data is published annually."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/indicators/COM-1/commentary")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("quarter", "Q1 2025/26")
                        .param("commentary", "  "))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("overrideErrors"));
        assertThat(audit.forScope("indicator:COM-1")).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("indicator_commentary");
            assertThat(e.newValue()).contains("Data is published annually.");
        });
    }
}
