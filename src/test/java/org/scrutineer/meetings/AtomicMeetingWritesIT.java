package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.meetings.domain.MunicipalYear;
import org.scrutineer.support.AtOnce;
import org.scrutineer.support.HostileFiles;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A request that writes several rows of a meeting's record writes all of them or none, audit rows included; publishing
 * makes the agenda public only with its pack; two publishes of one pack at once make two versions and no error.
 */
@ScrutineerTest
class AtomicMeetingWritesIT {
    static final int ROUNDS = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Meetings meetings;

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    private long meeting(String board, String key, LocalDate day) {
        long boardId = data.board(board);
        return meetings.create(new Meetings.NewMeeting(
                key,
                boardId,
                day,
                LocalTime.of(18, 30),
                "Council Chamber",
                Meeting.Status.SCHEDULED,
                MunicipalYear.of(day)));
    }

    private int rows(String sql, Object key) {
        return jdbc.sql(sql).param("k", key).query(Integer.class).single();
    }

    /** The second write of "add an item with its paper" fails (a trigger made for this test refuses the paper): nothing is left. */
    @Test
    void anItemWhosePaperFailsToBeStoredIsNotAddedAndNothingIsAudited() throws Exception {
        String key = "test-atomic-item-2031-03-05";
        long id = meeting("TEST-ATOM", key, LocalDate.of(2031, 3, 5));
        jdbc.sql("""
                create or replace function test_refuses_half_way() returns trigger language plpgsql as $$
                begin raise exception 'refused half way, for AtomicMeetingWritesIT'; end $$""").update();
        jdbc.sql("""
                create trigger test_refuses_half_way before insert on item_document for each row
                when (new.file_name = 'half-way.pdf') execute function test_refuses_half_way()""").update();
        try {
            // the fault reaches the officer as a server error (MockMvc passes it on as an exception); what matters is
            // what is left
            try {
                int status = mvc.perform(multipart("/meetings/" + key + "/items")
                                .file(new MockMultipartFile(
                                        "file",
                                        "half-way.pdf",
                                        "application/pdf",
                                        HostileFiles.pdfOfText(2, "A paper")))
                                .param("title", "An item that must not be half added")
                                .param("heading", "Reports")
                                .param("part", "I")
                                .with(user("officer").roles("OFFICER"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status).isGreaterThanOrEqualTo(500);
            } catch (jakarta.servlet.ServletException e) {
                assertThat(e).rootCause().hasMessageContaining("refused half way, for AtomicMeetingWritesIT");
            }
        } finally {
            jdbc.sql("drop trigger test_refuses_half_way on item_document").update();
            jdbc.sql("drop function test_refuses_half_way()").update();
        }
        assertThat(rows("select count(*) from agenda_item where meeting_id = :k", id))
                .isZero();
        assertThat(rows("select count(*) from audit_event where scope = :k", "meeting:" + key))
                .isZero();
    }

    /** A pack that cannot be built (a stored paper that is no PDF) leaves the agenda unpublished, and the officer is told why. */
    @Test
    void anAgendaWhosePackCannotBeBuiltStaysUnpublished() throws Exception {
        String key = "test-atomic-pack-2031-03-12";
        long id = meeting("TEST-ATOM", key, LocalDate.of(2031, 3, 12));
        long item = meetings.addItem(
                id,
                new Meetings.NewItem(
                        "Reports",
                        "Budget monitoring",
                        org.scrutineer.meetings.domain.AgendaItem.Part.I,
                        null,
                        "REPORT",
                        true,
                        "",
                        "",
                        "",
                        null,
                        null));
        // stored as it was before papers were checked on upload: bytes that are no PDF
        jdbc.sql("""
                        insert into item_document (item_id, position, title, kind, file_name, content, size_bytes, pages, uploaded_by)
                        values (:i, 1, 'Budget monitoring report', 'REPORT', 'budget.pdf', :c, 16, 3, 'test')""").param("i", item).param("c", "not a PDF at all".getBytes()).update();
        MvcResult result = mvc.perform(post("/meetings/" + key + "/publish")
                        .param("confirmLate", "yes")
                        .with(user("officer").roles("OFFICER"))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                        .select(".govuk-error-summary__list")
                        .text())
                .contains("The agenda was not published")
                .contains("Budget monitoring report");
        assertThat(rows("select count(*) from meeting where id = :k and agenda_published_on is not null", id))
                .isZero();
        assertThat(rows("select count(*) from agenda_pack where meeting_id = :k", id))
                .isZero();
        assertThat(rows("select count(*) from audit_event where scope = :k", "meeting:" + key))
                .isZero();
    }

    @Test
    void twoPublishesOfOnePackAtOnceMakeTwoVersionsAndNoError() throws Exception {
        String key = "test-atomic-race-2031-03-19";
        long id = meeting("TEST-ATOM", key, LocalDate.of(2031, 3, 19));
        List<AtOnce.Session> officers = List.of(AtOnce.Session.officer(port), AtOnce.Session.officer(port));
        List<String> failed = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            List<AtOnce.Answer> answers = AtOnce.send(
                    officers, i -> officers.get(i).form("/meetings/" + key + "/publish", "confirmLate=yes"));
            if (answers.stream().anyMatch(a -> a.status() != 302)) {
                failed.add("round " + round + ": "
                        + answers.stream().map(AtOnce.Answer::status).toList());
            }
        }
        System.out.println("AtomicMeetingWritesIT: agenda pack publishes at once, rounds failed " + failed.size()
                + " of " + ROUNDS);
        assertThat(failed).isEmpty();
        List<Integer> versions = jdbc.sql("select version from agenda_pack where meeting_id = :m order by version")
                .param("m", id)
                .query(Integer.class)
                .list();
        assertThat(versions).hasSize(2 * ROUNDS).doesNotHaveDuplicates();
        assertThat(rows(
                        "select count(*) from audit_event where scope = :k and entity_type = 'agenda_pack'",
                        "meeting:" + key))
                .isEqualTo(2 * ROUNDS);
    }
}
