package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.meetings.domain.ClearWorkingDays;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A committee officer creates a meeting, adds items and papers, publishes the pack (warned when late), and minutes it. */
@ScrutineerTest
class CommitteeOfficerIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    PaperRenderer papers;

    @Autowired
    Meetings meetings;

    @Autowired
    AgendaPacks packs;

    @Autowired
    MinuteActions actions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.scrutineer.support.TestClock clock;

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("o").roles("OFFICER")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MockMultipartFile paper(String title, int sections) {
        List<PaperRenderer.Section> list = java.util.stream.IntStream.range(0, sections)
                .mapToObj(i ->
                        new PaperRenderer.Section("Section " + i, List.of(("Text of section " + i + ". ").repeat(200))))
                .toList();
        return new MockMultipartFile(
                "file",
                title + ".pdf",
                "application/pdf",
                papers.render(new PaperRenderer.Paper(List.of(), title, "", list)));
    }

    @Test
    void fromANewMeetingToAPublishedPackAndMinutes() throws Exception {
        String created = mvc.perform(post("/meetings/new")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("board", "")
                        .param("date", "1 Dec")
                        .param("time", "6pm")
                        .param("venue", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(created)
                .contains(
                        "Select the board that meets",
                        "Enter the date of the meeting as YYYY-MM-DD",
                        "Enter the start time as HH:MM",
                        "Enter where the meeting is held");

        java.time.LocalDate day = clock.today().plusDays(6);
        mvc.perform(post("/meetings/new")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("board", "CYPF-PPB")
                        .param("date", day.toString())
                        .param("time", "18:30")
                        .param("venue", "Civic Suite, Kingsway"))
                .andExpect(redirectedUrl("/meetings/cypf-" + day));
        String key = "cypf-" + day;
        assertThat(mvc.perform(get("/meetings/" + key))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("The agenda has not been published yet", "To be published by");

        mvc.perform(multipart("/meetings/" + key + "/items")
                        .file(paper("Budget report", 3))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("title", "Budget report")
                        .param("part", "I")
                        .param("heading", "Development of policy issues"))
                .andExpect(status().is3xxRedirection());
        String refused = mvc.perform(multipart("/meetings/" + key + "/items")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("title", "Contract award")
                        .param("part", "II"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("A Part II item must name its exemption paragraph of Schedule 12A (1 to 7)");
        String notPdf = mvc.perform(multipart("/meetings/" + key + "/items")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("title", "Notes")
                        .param("part", "I"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(notPdf).contains("The paper must be a PDF: notes.txt could not be read as one");

        int clear = ClearWorkingDays.clearWorkingDaysBetween(day.minusDays(6), day);
        String warned = mvc.perform(post("/meetings/" + key + "/publish")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(warned)
                .contains(
                        "Publishing today leaves only <span>" + clear + "</span> clear working days", "Publish anyway");
        assertThat(packs.latest(meetings.idOf(key).orElseThrow())).isEmpty();
        mvc.perform(post("/meetings/" + key + "/publish")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("confirmLate", "yes"))
                .andExpect(status().is3xxRedirection());
        long meetingId = meetings.idOf(key).orElseThrow();
        var first = packs.latest(meetingId).orElseThrow();
        byte[] firstPdf = packs.pdf(meetingId, 1).orElseThrow();
        assertThat(first.itemPages()).contains("1(A) Budget report: 1 - ");

        // a published pack is frozen; a late paper means a new version, renumbered, and the first stays as it was
        assertThatThrownBy(() -> jdbc.sql("update agenda_pack set pages = 1 where meeting_id = :m")
                        .param("m", meetingId)
                        .update())
                .hasMessageContaining("a published agenda pack is frozen");
        mvc.perform(multipart("/meetings/" + key + "/items")
                        .file(paper("Late paper", 1))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("title", "Late paper")
                        .param("part", "I"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/" + key + "/publish")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("confirmLate", "yes"))
                .andExpect(status().is3xxRedirection());
        var second = packs.latest(meetingId).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.pages()).isGreaterThan(first.pages());
        assertThat(second.itemPages()).contains("2 Late paper: ");
        assertThat(packs.pdf(meetingId, 1).orElseThrow()).isEqualTo(firstPdf);

        long itemId = meetings.byKey(key).orElseThrow().items().get(0).id();
        String missing = mvc.perform(post("/meetings/" + key + "/items/" + itemId + "/minutes")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("minutes", "")
                        .param("actionText", "Report back")
                        .param("actionDue", "soon"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(missing)
                .contains(
                        "Enter the minute for Budget report",
                        "Enter who owns the action",
                        "Enter the action&#39;s due date as YYYY-MM-DD");
        mvc.perform(post("/meetings/" + key + "/items/" + itemId + "/minutes")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("minutes", "The board considered the budget.")
                        .param("resolutions", "That the report be noted.\nThat officers report back.")
                        .param("actionText", "Report back on the budget")
                        .param("actionOwner", "Director of Finance")
                        .param("actionDue", day.plusDays(30).toString()))
                .andExpect(status().is3xxRedirection());
        String meetingPage =
                mvc.perform(get("/meetings/" + key)).andReturn().getResponse().getContentAsString();
        assertThat(meetingPage)
                .contains(
                        "The board considered the budget.",
                        "That officers report back.",
                        "Action: Report back on the budget (Director of Finance");
        var action = actions.ofBoard("CYPF-PPB").stream()
                .filter(a -> a.text().equals("Report back on the budget"))
                .findFirst()
                .orElseThrow();
        assertThat(page("/boards/CYPF-PPB")).contains("Report back on the budget");
        mvc.perform(post("/actions/" + action.id() + "/done")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("board", "CYPF-PPB"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/boards/CYPF-PPB")).doesNotContain("Report back on the budget");
        mvc.perform(post("/meetings/new")
                        .with(user("c").roles("MEMBER"))
                        .with(csrf())
                        .param("board", "CYPF-PPB"))
                .andExpect(status().isForbidden());
    }
}
