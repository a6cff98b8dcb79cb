package org.scrutineer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo improvement plan, its views, an officer's progress note and status, linked indicators and the progress report. */
@ScrutineerTest
class ImprovementPagesIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    ImprovementPlans plans;

    @Autowired
    AuditTrail audit;

    String anonymous(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void thePlanIsPublicByThemeByLeadAndOverdue() throws Exception {
        var plan = plans.latest().orElseThrow();
        // the demo plan's 27 items; another test adds a stretch item, in whatever order the tests run
        assertThat(plan.items()).filteredOn(i -> !i.stretch()).hasSize(27);
        assertThat(anonymous("/improvement"))
                .contains("Theme 1: Working with people", "Theme 4: Leadership", "T1-02", "Not yet signed off");
        assertThat(anonymous("/improvement?view=lead")).contains("Chief Executive", "HoS – Care Management &amp; PSW");
        // due dates before today (25 November 2026 here) and not marked complete
        assertThat(anonymous("/improvement?view=overdue")).contains("Overdue items", "Overdue");
        assertThat(plan.overdue(java.time.LocalDate.of(2025, 10, 1)))
                .extracting(i -> i.ref())
                .contains("T1-11", "T1-12", "T2-02", "T3-01");
    }

    @Test
    void theProgressReportFollowsTheSeedsShapeInHtmlAndPdf() throws Exception {
        assertThat(anonymous("/improvement/report"))
                .contains(
                        "REPORT TO",
                        "Executive Board",
                        "1.0 Purpose of the report",
                        "Highlights",
                        "Progress by theme",
                        "Improvement requirement",
                        "Appendix One: ratings of councils by region",
                        "England’s row is the sum of the regions");
        byte[] pdf = mvc.perform(get("/improvement/report.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Progress against the CQC improvement plan", "Theme 2: Providing support", "Appendix One");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull(); // tagged for accessibility
        }
    }

    @Test
    void anOfficerAddsProgressAndSetsStatusAuditedAndAMemberCannot() throws Exception {
        var item = plans.latest().orElseThrow().items().stream()
                .filter(i -> i.ref().equals("T4-03"))
                .findFirst()
                .orElseThrow();
        mvc.perform(post("/improvement/items/" + item.id() + "/progress")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("notedOn", "not a date")
                        .param("note", ""))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString(
                                        "Enter the date of the progress note as YYYY-MM-DD"),
                                org.hamcrest.Matchers.containsString("Enter the progress made"))));
        mvc.perform(post("/improvement/items/" + item.id() + "/progress")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("notedOn", "2026-03-01")
                        .param("note", "Working group reviewed the plan."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/improvement/items/" + item.id() + "/status")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("status", "UNCERTAIN"))
                .andExpect(status().is3xxRedirection());
        var after = plans.latest().orElseThrow().items().stream()
                .filter(i -> i.id() == item.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.status()).isEqualTo(ProgressStatus.UNCERTAIN);
        assertThat(after.latest().note()).isEqualTo("Working group reviewed the plan.");
        assertThat(audit.forScope("improvement-item:" + item.id()))
                .extracting(e -> e.entityType())
                .contains("improvement_progress", "improvement_item");
        mvc.perform(post("/improvement/items/" + item.id() + "/status")
                        .with(user("c").roles("MEMBER"))
                        .with(csrf())
                        .param("status", "ON_COURSE"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anItemLinkedToAnIndicatorShowsItsFigures() throws Exception {
        var item = plans.latest().orElseThrow().items().stream()
                .filter(i -> i.ref().equals("T4-04"))
                .findFirst()
                .orElseThrow();
        mvc.perform(post("/improvement/items/" + item.id() + "/indicator")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("indicatorRef", "NOPE"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "There is no performance indicator with the reference NOPE")));
        mvc.perform(post("/improvement/items/" + item.id() + "/indicator")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("indicatorRef", "PH03"))
                .andExpect(status().is3xxRedirection());
        assertThat(anonymous("/improvement/items/" + item.id()))
                .contains("Linked indicator PH03", "Q1-3 2024/25", "90.1");
        mvc.perform(post("/improvement/items/" + item.id() + "/indicator")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("indicatorRef", ""))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anOfficerAddsAStretchItemAndBadInputIsNamed() throws Exception {
        String refused = mvc.perform(post("/improvement/items")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("ref", "T1-01")
                        .param("statement", "12")
                        .param("requirement", "")
                        .param("due", "March"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "The plan already has an item T1-01",
                        "Choose the quality statement the item answers",
                        "Enter what needs to improve",
                        "Enter the due date as YYYY-MM-DD");
        mvc.perform(post("/improvement/items")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("ref", "S9-01")
                        .param("statement", "9")
                        .param("requirement", "Share learning from reviews across the partnership.")
                        .param("actions", "Quarterly learning forum\nPublish lessons learned")
                        .param("stretch", "yes"))
                .andExpect(status().is3xxRedirection());
        var item = plans.latest().orElseThrow().items().stream()
                .filter(i -> i.ref().equals("S9-01"))
                .findFirst()
                .orElseThrow();
        assertThat(item.stretch()).isTrue();
        assertThat(item.themeNumber()).isEqualTo(4);
        assertThat(item.actions()).containsExactly("Quarterly learning forum", "Publish lessons learned");
        assertThat(anonymous("/improvement")).contains("S9-01", "Stretch");
    }
}
