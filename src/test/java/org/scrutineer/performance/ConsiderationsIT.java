package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Where a board considered an indicator or a report: officers record it, the meeting page lists it under the item to
 * those who may read what it links to, and every change is audited.
 */
@ScrutineerTest
class ConsiderationsIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    TestData data;

    @Autowired
    AuditTrail audit;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theDemoBoardTookItsQuarterOneReportOnTwentyThirdSeptemberAndEveryoneSeesIt() throws Exception {
        assertThat(page(get("/meetings/hsc-2025-09-23")))
                .contains("Considered:", "href=\"/reports/HSC-PPB/q1-2025-26\"", "Q1 2025/26");
        assertThat(page(get("/reports/HSC-PPB/q1-2025-26")))
                .contains("Considered at meetings", "href=\"/meetings/hsc-2025-09-23\"");
    }

    @Test
    void anOfficerRecordsWhereAnIndicatorWasConsideredWhichOnlyThoseWhoReadItsFiguresSeeAudited() throws Exception {
        long board = data.board("CONS-B");
        data.serviceArea("CONS-B", "CONS-A");
        data.indicator("CONS-A", "CONS 01", "HIGHER_IS_BETTER");
        long meeting = meetings.create(aNewMeeting("cons-b-2026-10-01", board, LocalDate.of(2026, 10, 1))
                .in("Town Hall")
                .withStatus(Meeting.Status.HELD)
                .build());
        meetings.setAgendaPublished(meeting, LocalDate.of(2026, 9, 22));
        long item =
                meetings.addItem(meeting, aNewItem("Performance of the service").build());
        var officer = user("cons.officer").roles("OFFICER");

        String form = page(get("/indicators/CONS 01").with(officer));
        assertThat(form).contains("No meeting is recorded as having considered CONS 01", "Performance of the service");

        mvc.perform(post("/indicators/CONS 01/considerations")
                        .param("item", String.valueOf(item))
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/indicators/CONS 01").with(officer)))
                .contains("Meetings that considered CONS 01", "href=\"/meetings/cons-b-2026-10-01\"");
        assertThat(page(get("/meetings/cons-b-2026-10-01").with(officer)))
                .contains("Considered:", "Indicator CONS 01: Test measure CONS 01");
        // the indicator's figures are its board's drafts: a visitor sees the item, not the link
        assertThat(page(get("/meetings/cons-b-2026-10-01")))
                .contains("Performance of the service")
                .doesNotContain("Indicator CONS 01");
        // recorded twice, kept once
        mvc.perform(post("/indicators/CONS 01/considerations")
                        .param("item", String.valueOf(item))
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.forScope("indicator:CONS 01"))
                .filteredOn(e -> e.entityType().equals("indicator_consideration"))
                .hasSize(1);

        mvc.perform(post("/indicators/CONS 01/considerations/" + item + "/remove")
                        .with(officer)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/meetings/cons-b-2026-10-01").with(officer))).doesNotContain("Indicator CONS 01");
        assertThat(audit.forScope("indicator:CONS 01"))
                .filteredOn(e -> e.entityType().equals("indicator_consideration"))
                .extracting(e -> e.action())
                .containsExactlyInAnyOrder("create", "delete");
    }

    @Test
    void noItemChosenIsAFormErrorNamingTheField() throws Exception {
        data.serviceArea("CONS-B", "CONS-A");
        data.indicator("CONS-A", "CONS 02", "HIGHER_IS_BETTER");
        var officer = user("cons.officer").roles("OFFICER");
        var errors = (org.scrutineer.platform.web.FormErrors) mvc.perform(
                        post("/indicators/CONS 02/considerations").with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("overrideErrors");
        assertThat(errors.get("item")).isEqualTo("Select the agenda item at which the board considered it");
        // the field the message names is the form's select
        assertThat(page(get("/indicators/CONS 02").with(officer)))
                .contains("<select class=\"govuk-select\" id=\"item\"");
    }

    @Test
    void onlyOfficersRecordAConsideration() throws Exception {
        mvc.perform(post("/drafts/HSC-PPB/q1-2025-26/considerations")
                        .param("item", "1")
                        .with(user("cons.member").roles("MEMBER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
