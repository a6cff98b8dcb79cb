package org.scrutineer.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Each import is a batch with its page; approving it shows its indicators to everyone, audited; drafts stay internal. */
@ScrutineerTest
class ImportBatchesIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void anOfficerApprovesAnImportsFiguresForPublicDisplay() throws Exception {
        int id = ThreadLocalRandom.current().nextInt(10_000_000, 90_000_000);
        String answer = mvc.perform(multipart("/api/benchmark/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "batch-" + id + ".csv",
                                "text/csv",
                                FingertipsFiles.csv(FingertipsFiles.quirky(id))))
                        .with(httpBasic("officer", "officer-demo-pass")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long batch = json.readTree(answer).get("importId").asLong();

        String list = mvc.perform(get("/benchmark/imports").with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("/benchmark/imports/" + batch, "batch-" + id + ".csv");
        String page = mvc.perform(
                        get("/benchmark/imports/" + batch).with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Import " + batch + ": batch-" + id + ".csv")
                .contains("Draft: councillors and officers")
                .contains("Approve these figures for public display");

        // a draft: no one else sees it, and no one but an officer sees the batch or approves it
        mvc.perform(get("/benchmark/indicators/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/benchmark/imports/" + batch).with(user("c").roles("MEMBER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/benchmark/imports/" + batch + "/approve")
                        .with(user("c").roles("MEMBER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/benchmark/imports/" + batch + "/approve")
                        .with(user("officer").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/benchmark/indicators/" + id)).andExpect(status().isOk());
        String approved = mvc.perform(
                        get("/benchmark/imports/" + batch).with(user("officer").roles("OFFICER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(approved)
                .contains("To everyone")
                .contains("Approved ")
                .doesNotContain("Approve these figures for public display");
        assertThat(jdbc.sql("select count(*) from audit_event where scope = :s")
                        .param("s", "benchmark-import:" + batch)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where scope = :s and action = 'update'")
                        .param("s", "benchmark:" + id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/benchmark/imports/999999999").with(user("officer").roles("OFFICER")))
                .andExpect(status().isNotFound());
    }
}
