package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.audit.AuditEntry;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every change of official data is kept: who, when, what, old value, new value; and the trail cannot be rewritten. */
@ScrutineerTest
class AuditTrailIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void indicator() {
        data.serviceArea("TEST-AUD", "AUD");
        data.indicator("AUD", "AUD-1", "LOWER_IS_BETTER");
    }

    @Test
    void formChangesAreAuditedWithWhoOldAndNew() throws Exception {
        mvc.perform(post("/indicators/AUD-1/figures")
                        .with(user("jo.officer").roles("OFFICER"))
                        .with(csrf())
                        .param("kind", "actual")
                        .param("period", "2023/24")
                        .param("value", "12.5")
                        .param("status", "provisional"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/indicators/AUD-1"));
        mvc.perform(post("/indicators/AUD-1/figures")
                        .with(user("sam.officer").roles("OFFICER"))
                        .with(csrf())
                        .param("kind", "actual")
                        .param("period", "2023/24")
                        .param("value", "11.9")
                        .param("status", "final"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/indicators/AUD-1/overrides")
                        .with(user("sam.officer").roles("OFFICER"))
                        .with(csrf())
                        .param("quarter", "Q1 2025/26")
                        .param("kind", "PROGRESS")
                        .param("symbol", "AMBER")
                        .param("reason", "Provisional national data suggests a revision"))
                .andExpect(status().is3xxRedirection());

        List<AuditEntry> entries = audit.forScope("indicator:AUD-1");
        assertThat(entries).extracting(AuditEntry::action).containsExactly("create", "update", "create");
        AuditEntry correction = entries.get(1);
        assertThat(correction.actor()).isEqualTo("sam.officer");
        assertThat(correction.entityKey()).isEqualTo("AUD-1 2023/24");
        assertThat(correction.oldValue()).contains("12.5").contains("PROVISIONAL");
        assertThat(correction.newValue()).contains("11.9").contains("FINAL");
        assertThat(entries.get(2).actor()).isEqualTo("jo.officer");
        assertThat(entries.get(0).entityType()).isEqualTo("symbol_override");
        assertThat(entries.get(0).newValue()).contains("Amber").contains("Provisional national data");

        // a member of the indicator's board reads its audit trail
        String page = mvc.perform(get("/indicators/AUD-1/audit")
                        .with(user(data.member("aud.member", "TEST-AUD")).roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("sam.officer", "jo.officer", "AUD-1 2023/24", "11.9", "12.5");
    }

    @Test
    void overrideNeedsAReasonAndKeepsTheComputedSymbol() throws Exception {
        mvc.perform(post("/indicators/AUD-1/overrides")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("quarter", "Q1 2025/26")
                        .param("kind", "DIRECTION")
                        .param("symbol", "GREEN")
                        .param("reason", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "select count(*) from symbol_override o join indicator i on i.id = o.indicator_id where i.ref = 'AUD-1' and kind = 'DIRECTION'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into symbol_override (indicator_id, quarter, kind, symbol, reason, set_by)
                        select id, 'Q1 2025/26', 'DIRECTION', 'GREEN', '  ', 'x' from indicator where ref = 'AUD-1'""").update()).hasMessageContaining("symbol_override_reason_check");
    }

    @Test
    void theTrailCannotBeRewritten() {
        // its own scope: the form test counts the entries of indicator AUD-1, whichever runs first
        audit.created("test:rewrite", "test", "k", java.util.Map.of("a", 1));
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else'")
                        .update())
                .hasMessageContaining("the audit trail cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .hasMessageContaining("the audit trail cannot be changed");
    }

    @Test
    void invalidFormShowsGovukErrorsAndSavesNothing() throws Exception {
        String page = mvc.perform(post("/indicators/AUD-1/figures")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("kind", "actual")
                        .param("period", "last year")
                        .param("value", "lots")
                        .param("status", "final"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "govuk-error-summary",
                        "There is a problem",
                        "href=\"#period\"",
                        "href=\"#value\"",
                        "Enter the period like 2024/25",
                        "Value must be a number",
                        "<title>Error: ");
        assertThat(jdbc.sql(
                                "select count(*) from indicator_value v join indicator i on i.id = v.indicator_id where i.ref = 'AUD-1' and period = 'last year'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
