package org.scrutineer.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The rating API, asked without a framework, uses the one in force by the records, not the demo's. */
@ScrutineerTest
class CurrentFrameworkIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Frameworks frameworks;

    @Test
    void theDemoFrameworkIsTheOneItsPublishedAssessmentUses() throws Exception {
        assertThat(frameworks.currentVersion()).hasValue("2023");
        mvc.perform(get("/api/assurance/rating")
                        .param("s1", "3")
                        .param("s2", "3")
                        .param("s3", "2")
                        .param("s4", "3")
                        .param("s5", "3")
                        .param("s6", "2")
                        .param("s7", "2")
                        .param("s8", "2")
                        .param("s9", "n"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").exists());
    }

    /** Rolled back at the end: a later framework that a later published assessment uses becomes the default. */
    @Test
    @Transactional
    void aLaterPublishedAssessmentsFrameworkIsInForce() {
        jdbc.sql(
                        "insert into framework (version, title, rating_rule) select '2031', 'A later framework', rating_rule from framework where version = '2023'")
                .update();
        assertThat(frameworks.currentVersion())
                .as("a framework no published assessment uses yet")
                .hasValue("2023");
        jdbc.sql("""
                        insert into assessment (kind, council, framework_version, published, status)
                        values ('REGULATOR', 'Test council', '2031', date '2031-06-01', 'PUBLISHED')""").update();
        assertThat(frameworks.currentVersion()).hasValue("2031");
    }
}
