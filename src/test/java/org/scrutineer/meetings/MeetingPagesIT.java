package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo meetings on the public website: the agenda and minutes page, the pack and its page ranges, open data, calendar and search. */
@ScrutineerTest
class MeetingPagesIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    AgendaPacks packs;

    @Autowired
    org.scrutineer.performance.PriorityReports reports;

    String anonymous(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theMeetingPageShowsItemsPapersAndMinutesLikeTheCouncilsWebsite() throws Exception {
        String html = anonymous("/meetings/hsc-2025-09-23");
        assertThat(html)
                .contains(
                        "Health and Social Care Policy and Performance Board – Tuesday, 23 September 2025 6.30 p.m.",
                        "Council Chamber, Runcorn Town Hall",
                        "Kim Butler on 0151 511 7496",
                        "15 September 2025",
                        ">10.<",
                        ">20.<",
                        "Agenda item 4(A)",
                        "Agenda item 5(B)",
                        "One Halton Partnership Update",
                        "RESOLVED:",
                        "That the One Halton update is received and noted.",
                        "Supplementary question:",
                        "Agenda pack (PDF,");
        assertThat(anonymous("/meetings"))
                .contains("September 2025", "January 2023", "Children, Young People and Families");
        assertThat(anonymous("/boards/HSC-PPB"))
                .contains("Councillor Eddie Dourley", "Chair", "Healthwatch", "Open actions");
    }

    @Test
    void theDemoCarriesItsRealDatesNotTheDayItLoaded() throws Exception {
        // the seeds give no publication date: the latest day the five-clear-working-days rule allows, Monday 15
        // September
        var pack =
                packs.latestPack(meetings.idOf("hsc-2025-09-23").orElseThrow()).orElseThrow();
        assertThat(pack.publishedAt())
                .isEqualTo(java.time.Instant.parse("2025-09-15T11:00:00Z")); // noon, British Summer Time
        // the report went out with that agenda; other tests may publish later versions, so look at version 1
        assertThat(reports.published())
                .filteredOn(
                        r -> r.boardCode().equals("HSC-PPB") && r.quarter().equals("Q1 2025/26") && r.version() == 1)
                .singleElement()
                .satisfies(r -> assertThat(r.publishedOn()).isEqualTo("15 September 2025, 09:00"));
        assertThat(anonymous("/reports")).contains("15 September 2025, 09:00");
        // the meeting of 25 November 2025 has passed (the tests' clock reads 25 November 2026) and nothing records it
        // as held
        assertThat(anonymous("/meetings/hsc-2025-11-25"))
                .contains("Date passed, not recorded as held")
                .doesNotContain(">Scheduled<");
    }

    @Test
    void thePacksAgendaPageRangesMatchWhereEachItemStarts() throws Exception {
        Meeting m = meetings.byKey("hsc-2025-09-23").orElseThrow();
        List<AgendaPacks.AgendaLine> agenda = packs.agenda(m);
        assertThat(agenda)
                .extracting(AgendaPacks.AgendaLine::number)
                .containsExactly("1", "2", "3", "4(A)", "4(B)", "4(C)", "4(D)", "4(E)", "4(F)", "4(G)", "5(A)", "5(B)");
        byte[] pdf = mvc.perform(get("/meetings/hsc-2025-09-23/pack.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String front = text(stripper, doc, 1, 2);
            assertThat(front)
                    .contains(
                            "Councillor Eddie Dourley",
                            "The next meeting of the Board is on Tuesday, 25 November 2025");
            int frontPages = doc.getNumberOfPages()
                    - agenda.stream()
                            .filter(l -> l.pages() != null)
                            .mapToInt(l -> l.pages().pages())
                            .sum();
            assertThat(frontPages).isBetween(1, 3);
            for (AgendaPacks.AgendaLine line : agenda) {
                if (line.pages() == null) {
                    continue;
                }
                // the agenda prints the range; the pack's page at its start is stamped with that number and opens the
                // item's paper
                assertThat(front).contains(line.pages().toString());
                String first = text(
                        stripper,
                        doc,
                        frontPages + line.pages().from(),
                        frontPages + line.pages().from());
                assertThat(first)
                        .as(line.number() + " starts on its page")
                        .contains("Page " + line.pages().from());
                String last = text(
                        stripper,
                        doc,
                        frontPages + line.pages().to(),
                        frontPages + line.pages().to());
                assertThat(last).contains("Page " + line.pages().to());
            }
            AgendaPacks.AgendaLine budget = agenda.stream()
                    .filter(l -> l.number().equals("4(E)"))
                    .findFirst()
                    .orElseThrow();
            String budgetPaper = text(
                    stripper,
                    doc,
                    frontPages + budget.pages().from(),
                    frontPages + budget.pages().to());
            assertThat(budgetPaper)
                    .contains("Adults Social Care Budget Position", "3.10 Until recently", "identified in para 3.9");
            String minutesPage = text(stripper, doc, frontPages + 1, frontPages + 1);
            assertThat(minutesPage).contains("minutes of the meeting of 24 June 2025");
            assertThat(doc.getNumberOfPages())
                    .isEqualTo(
                            frontPages + agenda.get(agenda.size() - 1).pages().to());
        }
    }

    private static String text(PDFTextStripper stripper, PDDocument doc, int from, int to) throws Exception {
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc);
    }

    @Test
    void eachMeetingIsOpenDataAndTheCalendarIsAnICalendarFeed() throws Exception {
        mvc.perform(get("/api/meetings/hsc-2025-09-23"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.board").value("Health and Social Care Policy and Performance Board"))
                .andExpect(jsonPath("$.items[0].minuteNumber").value("10"))
                .andExpect(jsonPath("$.items[3].packNumber").value("4(A)"))
                .andExpect(jsonPath("$.packUrl").value("/meetings/hsc-2025-09-23/pack.pdf"));
        String ics = anonymous("/boards/HSC-PPB/meetings.ics");
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains(
                        "DTSTART;TZID=Europe/London:20250923T183000",
                        "LOCATION:Council Chamber\\, Runcorn Town Hall",
                        "UID:hsc-2025-11-25@scrutineer")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(ics.lines().filter(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 75))
                .isEmpty();
    }

    @Test
    void searchFindsPublishedMinutesAndPapers() throws Exception {
        assertThat(anonymous("/search?q=Integrated+Care+Board")).contains("Model ICB Update", "results for");
        assertThat(anonymous("/search?q=Sufficiency")).contains("Sufficiency Duty Report");
    }
}
