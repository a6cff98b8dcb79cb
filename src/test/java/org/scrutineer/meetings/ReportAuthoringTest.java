package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
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
class ReportAuthoringTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Meetings meetings;

    @Test
    void aReportWrittenInTheTemplateBecomesTheItemsPaper() throws Exception {
        AgendaItem item = meetings.byKey("hsc-2025-11-25").orElseThrow().items().stream().findFirst().orElse(null);
        long itemId = item != null ? item.id() : meetings.addItem(meetings.idOf("hsc-2025-11-25").orElseThrow(),
                new Meetings.NewItem("", "Carers strategy update", AgendaItem.Part.I, null, "REPORT", true, "", "", "", null, null));
        String path = "/meetings/hsc-2025-11-25/items/" + itemId + "/report";
        mvc.perform(get(path).accept("text/html")).andExpect(status().is3xxRedirection()); // not for the public
        String refused = mvc.perform(post(path).with(user("o").roles("OFFICER")).with(csrf()).param("reportingOfficer", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Enter the reporting officer", "Enter the purpose of the report (section 1.0)",
                "Enter the recommendation (section 2.0)", "Enter the supporting information (section 3.0)");
        mvc.perform(post(path).with(user("o").roles("OFFICER")).with(csrf()).param("reportingOfficer", "Executive Director, Adults")
                        .param("portfolio", "Adult Social Care").param("wards", "Borough-wide").param("purpose", "To update the Board.")
                        .param("recommendation", "That the Board note the report.").param("supporting", "The strategy runs to 2027.")
                        .param("priority1", "The strategy supports carers' wellbeing."))
                .andExpect(status().is3xxRedirection());
        var document = meetings.byKey("hsc-2025-11-25").orElseThrow().items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow()
                .documents().get(0);
        byte[] pdf = meetings.document(document.id()).orElseThrow().content();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("REPORT TO", "Health and Social Care Policy and Performance Board", "REPORTING OFFICER",
                    "Executive Director, Adults", "1.0 PURPOSE OF THE REPORT", "To update the Board.",
                    "6.1 Improving Health, Promoting Wellbeing", "The strategy supports carers' wellbeing.",
                    "6.6 Valuing and Appreciating Halton and Our Community", "None identified.",
                    "10.0 LIST OF BACKGROUND PAPERS UNDER SECTION 100D");
        }
    }
}
