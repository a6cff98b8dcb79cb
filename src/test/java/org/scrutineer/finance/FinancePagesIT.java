package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The finance pages show the demo's tables with their warnings, and the savings reconciling with their summary. */
@ScrutineerTest
class FinancePagesIT {
    @Autowired
    MockMvc mvc;

    String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("councillor").roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void tablesCarryTheirWarnings() throws Exception {
        assertThat(page("/finance"))
                .contains(
                        "Summary of Revenue Spending to 31 May 2025",
                        "4 to check",
                        "2 to check",
                        "1 to check",
                        "Adds up");
        assertThat(page("/finance/tables/departmental-summary"))
                .contains(
                        "Total Operational Net Spend",
                        "Check",
                        "4 printed figures do not follow from the others",
                        "printed 18808, the figures give 19317");
        assertThat(page("/finance/tables/departmental-summary"))
                .contains(
                        "<svg",
                        "forecast variance by row",
                        "Forecast outturn variance by row, £&#39;000: 9 rows forecast to overspend (bars to the left), 4 to underspend");
        assertThat(page("/finance/tables/sen-transport")).contains("3,743.62", "projected spend ÷ users gives 4268.60");
        assertThat(page("/finance/tables/asc-division-summary"))
                .contains("the heading says £m", "the figures are £&#39;000");
    }

    @Test
    void savingsReconcile() throws Exception {
        assertThat(page("/finance/savings"))
                .contains(
                        "Total agreed: £<span>7,225</span>k",
                        "The proposals add up to the summary by department and status (£7,225k).",
                        "Housing Solutions");
    }

    @Test
    void spendingReportPdfCarriesEveryTableAndItsFindings() throws Exception {
        byte[] pdf = mvc.perform(get("/finance/spending-report.pdf")
                        .with(user("councillor").roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            // the council-wide report: its text (1 finding), its own tables (6) and its fifteen departmental statements
            // (4)
            assertThat(text)
                    .contains(
                            "11 printed or quoted figures do not follow from the others",
                            "Summary of Revenue Spending to 31 May 2025",
                            "2025/26 Spending as at 31 May 2025: the report's text as printed",
                            "Para 3.15(ii), “10.6%”: the figures give 10.7%",
                            "3,297",
                            "lines give 3,298",
                            "Total Operational Net Spend, Budget To Date £'000: printed 18808, the figures give 19317",
                            "Complex Care Pool",
                            "Finance Department",
                            "Public Health",
                            "Total Expenditure, Actual Spend: printed 3,297, the figures give 3,298");
            assertThat(text)
                    .doesNotContain(
                            "Better Care Pooled Budget"); // the board's own statements are not the council's report
        }
    }

    @Test
    void theFinancePageListsTheCouncilWideStatementsAndWhatTheReportsTextQuotesWrongly() throws Exception {
        String html = mvc.perform(get("/finance").with(user("councillor").roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "Council-wide spending report, Appendix 2",
                        "Chief Executives Delivery Unit",
                        "Adults Social Care Budget Position, 23 September 2025 (16 paragraphs held)",
                        "Para 5.2, \u201cpara 3.9\u201d: the figures give para 3.10 (the £1.967m it is cited for is stated in para 3.10, not in para 3.9).",
                        "Para 3.4, \u201c30%\u201d: the figures give 31%");
    }

    @Test
    void anOfficerRecordsASavingsProposalsProgress(
            @Autowired FinanceTables tables, @Autowired org.scrutineer.platform.audit.AuditTrail audit)
            throws Exception {
        var proposal = tables.proposals().stream()
                .filter(p -> p.serviceArea().equals("Housing Solutions"))
                .findFirst()
                .orElseThrow();
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/finance/savings/" + proposal.id() + "/status")
                                .with(user("o").roles("OFFICER"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("status", "ON_COURSE"))
                .andExpect(status().is3xxRedirection());
        assertThat(tables.proposals().stream()
                        .filter(p -> p.id() == proposal.id())
                        .findFirst()
                        .orElseThrow()
                        .status())
                .isEqualTo(org.scrutineer.platform.progress.ProgressStatus.ON_COURSE);
        assertThat(audit.forScope("savings:" + proposal.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.newValue()).contains("ON_COURSE"));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/finance/savings/" + proposal.id() + "/status")
                                .with(user("councillor").roles("MEMBER"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("status", "UNCERTAIN"))
                .andExpect(status().isForbidden());
    }

    @Test
    void financeIsNotPublic() throws Exception {
        mvc.perform(get("/finance").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }
}
