package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A late appendix goes out as a supplement with its own page numbers, leaving the pack as published; attendance and the end time are recorded. */
@ScrutineerTest
class SupplementAndAttendanceIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    PaperRenderer papers;

    @Autowired
    Meetings meetings;

    @Autowired
    AgendaPacks packs;

    @Autowired
    org.scrutineer.support.TestClock clock;

    MockMultipartFile paper(String title) {
        return new MockMultipartFile(
                "file",
                title + ".pdf",
                "application/pdf",
                papers.render(new PaperRenderer.Paper(
                        List.of(),
                        title,
                        "",
                        List.of(new PaperRenderer.Section("Detail", List.of(title + " text."))))));
    }

    @Test
    void aLateAppendixIsASupplement() throws Exception {
        LocalDate day = clock.today().plusDays(30);
        String key = "hsc-" + day;
        mvc.perform(post("/meetings/new")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("board", "HSC-PPB")
                        .param("date", day.toString())
                        .param("time", "18:30")
                        .param("venue", "Council Chamber"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/meetings/" + key + "/items")
                        .file(paper("Budget report"))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("title", "Budget report"))
                .andExpect(status().is3xxRedirection());
        long meetingId = meetings.idOf(key).orElseThrow();
        String early = mvc.perform(post("/meetings/" + key + "/supplement")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(early).contains("Publish the agenda pack first");
        mvc.perform(post("/meetings/" + key + "/publish")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        byte[] pack = packs.pdf(meetingId, 1).orElseThrow();
        String none = mvc.perform(post("/meetings/" + key + "/supplement")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(none).contains("No papers have been added since the last publication");

        long itemId = meetings.byKey(key).orElseThrow().items().get(0).id();
        String notPdf = mvc.perform(multipart("/meetings/" + key + "/items/" + itemId + "/documents")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(notPdf).contains("Choose the PDF to add to Budget report");
        mvc.perform(multipart("/meetings/" + key + "/items/" + itemId + "/documents")
                        .file(paper("Appendix A savings detail"))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("title", "Appendix A"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/" + key + "/supplement")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        var supplement = packs.latest(meetingId).orElseThrow();
        assertThat(supplement.kind()).isEqualTo("SUPPLEMENT");
        assertThat(packs.latestPack(meetingId).orElseThrow().version()).isEqualTo(1);
        assertThat(packs.pdf(meetingId, 1).orElseThrow()).isEqualTo(pack);
        try (var doc = Loader.loadPDF(packs.pdf(meetingId, supplement.version()).orElseThrow())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("supplement to the agenda", "Appendix A savings detail", "Supplement page 1")
                    .doesNotContain("Budget report text.");
        }
        assertThat(mvc.perform(get("/meetings/" + key))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Agenda pack (version 1", "Supplement (version 2");

        String badAttendance = mvc.perform(post("/meetings/" + key + "/attendance")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("name", "")
                        .param("kind", "LATE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badAttendance).contains("Enter the name of the person", "Select how the person attended");
        mvc.perform(post("/meetings/" + key + "/attendance")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("name", "Councillor Eddie Dourley")
                        .param("kind", "PRESENT")
                        .param("note", "Chair"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post("/meetings/" + key + "/end-time")
                                .with(user("o").roles("OFFICER"))
                                .with(csrf())
                                .param("endTime", "7.41pm"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Enter the time the meeting ended as HH:MM");
        mvc.perform(post("/meetings/" + key + "/end-time")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("endTime", "19:41"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/meetings/" + key))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Councillor Eddie Dourley: present (Chair)", "7.41 p.m.");
    }
}
