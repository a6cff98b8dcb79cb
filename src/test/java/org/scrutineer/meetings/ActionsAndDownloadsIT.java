package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.support.HostileFiles;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Marking an action done that does not exist writes nothing; papers download under their names, however long or wherever from. */
@ScrutineerTest
class ActionsAndDownloadsIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Meetings meetings;

    @Autowired
    MinuteActions actions;

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    int auditRows() {
        return jdbc.sql("select count(*) from audit_event").query(Integer.class).single();
    }

    long item(String code) {
        long board = data.board(code);
        long meeting = meetings.create(aNewMeeting(code.toLowerCase() + "-2025-10-01", board, LocalDate.of(2025, 10, 1))
                .in("Town Hall")
                .withStatus(Meeting.Status.HELD)
                .build());
        meetings.setAgendaPublished(meeting, LocalDate.of(2025, 9, 20));
        return meetings.addItem(meeting, aNewItem("Budget").build());
    }

    @Test
    void anActionThatDoesNotExistIsNotFoundAndNothingIsAudited() throws Exception {
        int before = auditRows();
        mvc.perform(post("/actions/987654321/done")
                        .param("board", "HSC-PPB")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void anActionIsAuditedUnderItsOwnBoardOnceWhateverTheFormSays() throws Exception {
        long action = actions.add(item("ACT-DONE"), "Report back", "Director", null);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/actions/" + action + "/done")
                            .param("board", "HSC-PPB")
                            .with(user("o").roles("OFFICER"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/boards/ACT-DONE#actions"));
        }
        assertThat(jdbc.sql("select scope from audit_event where entity_type = 'minute_action' and entity_key = :k")
                        .param("k", String.valueOf(action))
                        .query(String.class)
                        .list())
                .containsExactly("board:ACT-DONE");
    }

    HttpResponse<byte[]> download(long document) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/documents/" + document))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPaperDownloadsUnderItsNameInUtf8AndAnOverlongNameIsCut() throws Exception {
        long item = item("DL-NAMES");
        byte[] pdf = HostileFiles.pdfOfPages(1);
        long accented =
                meetings.addDocument(item, "Rapport", "REPORT", "Rapport d’évaluation – 2025.pdf", pdf, 1, "", "t");
        long overlong = meetings.addDocument(item, "Long", "REPORT", "x".repeat(10_000) + ".pdf", pdf, 1, "", "t");

        HttpResponse<byte[]> first = download(accented);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Disposition"))
                .hasValue(
                        "inline; filename=\"Rapport d_évaluation _ 2025.pdf\"; filename*=UTF-8''Rapport%20d%E2%80%99%C3%A9valuation%20%E2%80%93%202025.pdf");

        HttpResponse<byte[]> second = download(overlong);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(pdf);
        assertThat(second.headers().firstValue("Content-Disposition"))
                .hasValue(
                        "inline; filename=\"" + "x".repeat(96) + ".pdf\"; filename*=UTF-8''" + "x".repeat(96) + ".pdf");
    }
}
