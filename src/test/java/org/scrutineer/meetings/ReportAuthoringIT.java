package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An author writes an item's report in the council's template; the paper carries the header, the ten sections and 6.1–6.6. */
@ScrutineerTest
class ReportAuthoringIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    org.scrutineer.support.TestData data;

    @Test
    void aReportWrittenInTheTemplateBecomesTheItemsPaper() throws Exception {
        AgendaItem item = meetings.byKey("hsc-2025-11-25").orElseThrow().items().stream()
                .findFirst()
                .orElse(null);
        long itemId = item != null
                ? item.id()
                : meetings.addItem(
                        meetings.idOf("hsc-2025-11-25").orElseThrow(),
                        aNewItem("Carers strategy update").build());
        String path = "/meetings/hsc-2025-11-25/items/" + itemId + "/report";
        mvc.perform(get(path).accept("text/html")).andExpect(status().is3xxRedirection()); // not for the public
        String refused = mvc.perform(
                        post(path).with(user("o").roles("OFFICER")).with(csrf()).param("reportingOfficer", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "Enter the reporting officer",
                        "Enter the purpose of the report (section 1.0)",
                        "Enter the recommendation (section 2.0)",
                        "Enter the supporting information (section 3.0)");
        mvc.perform(post(path)
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("reportingOfficer", "Executive Director, Adults")
                        .param("portfolio", "Adult Social Care")
                        .param("wards", "Borough-wide")
                        .param("purpose", "To update the Board.")
                        .param("recommendation", "That the Board note the report.")
                        .param("supporting", "The strategy runs to 2027.")
                        .param("priority1", "The strategy supports carers' wellbeing."))
                .andExpect(status().is3xxRedirection());
        var document = meetings.byKey("hsc-2025-11-25").orElseThrow().items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow()
                .documents()
                .get(0);
        byte[] pdf = meetings.document(document.id()).orElseThrow().content();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "REPORT TO",
                            "Health and Social Care Policy and Performance Board",
                            "REPORTING OFFICER",
                            "Executive Director, Adults",
                            "1.0 PURPOSE OF THE REPORT",
                            "To update the Board.",
                            "6.1 Improving Health, Promoting Wellbeing",
                            "The strategy supports carers' wellbeing.",
                            "6.6 Valuing and Appreciating Halton and Our Community",
                            "None identified.",
                            "10.0 LIST OF BACKGROUND PAPERS UNDER SECTION 100D");
        }
    }

    @Test
    void overlongSectionsAndHeaderLinesAreRefusedNamingTheirFields() throws Exception {
        long meeting = meetings.create(new Meetings.NewMeeting(
                "rep-long-2025-10-01",
                data.board("REP-LONG"),
                java.time.LocalDate.of(2025, 10, 1),
                java.time.LocalTime.of(18, 30),
                "Town Hall",
                org.scrutineer.meetings.domain.Meeting.Status.SCHEDULED,
                "2025/26"));
        long itemId = meetings.addItem(meeting, aNewItem("Long report").build());
        String refused = mvc.perform(post("/meetings/rep-long-2025-10-01/items/" + itemId + "/report")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("reportingOfficer", "Director")
                        .param("portfolio", "P".repeat(301))
                        .param("purpose", "To update the Board.")
                        .param("recommendation", "Note it.")
                        .param("supporting", "x ".repeat(10_001))
                        .param("priority3", "y".repeat(20_001)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var summary = org.jsoup.Jsoup.parse(refused).select(".govuk-error-summary__list a");
        assertThat(summary.eachAttr("href")).containsExactly("#portfolio", "#supporting", "#priority3");
        assertThat(summary.eachText())
                .containsExactly(
                        "The portfolio must be 300 characters or fewer",
                        "Section 3.0 must be 20,000 characters or fewer: put longer material in an appendix",
                        "Section 6.3 must be 20,000 characters or fewer: put longer material in an appendix");
        assertThat(meetings.byKey("rep-long-2025-10-01")
                        .orElseThrow()
                        .items()
                        .get(0)
                        .documents())
                .isEmpty();
    }
}
