package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.finance.domain.Amounts;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.Section;
import org.scrutineer.finance.domain.StatementRow;
import org.scrutineer.meetings.AgendaPacks;
import org.scrutineer.meetings.BoardReports;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.domain.BoardReport;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What is published is public: the statements, tables, savings and checks of a published pack's Part I papers are
 * readable by residents at stable addresses, exactly as they were published; Part II papers and unpublished agendas
 * never are.
 */
@ScrutineerTest
class PublishedFinanceIT {
    static final String DEMO = "/meetings/hsc-2025-09-23/finance";

    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    AgendaPacks packs;

    @Autowired
    BoardReports reports;

    @Autowired
    Statements statements;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    String anonymous(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    int anonymousStatus(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    @Test
    void theDemoMeetingsPapersAreReadByResidentsWithTheirChecks() throws Exception {
        String index = anonymous(DEMO);
        assertThat(index)
                .contains(
                        "4(E) Adult Social Care Budget Position",
                        "Adults Social Care Budget Position",
                        "Performance Management Report - Quarter 1 2025/26",
                        "2025/26 Spending as at 31 May 2025",
                        "2 figures are not the same in every place",
                        "Community Care, annual budget: 27,968 in Adults Social Care Budget Position",
                        "Complex Care Pool, annual budget: 13,188 in Adults Social Care Budget Position");
        assertThat(anonymous("/meetings/hsc-2025-09-23"))
                .contains(
                        "href=\"/meetings/hsc-2025-09-23/finance\"",
                        "href=\"/meetings/hsc-2025-09-23/finance/spending-2025-05-31?version=",
                        "2025/26 Spending as at 31 May 2025: statements, tables and checks, as published");

        String paper = anonymous(DEMO + "/spending-2025-05-31");
        assertThat(paper)
                .contains(
                        "Community &amp; Greenspaces",
                        "2 to check",
                        "Summary of Revenue Spending to 31 May 2025",
                        "Savings programme",
                        "29 numbered paragraphs are held as printed",
                        "Para 3.15(ii), \u201c10.6%\u201d: the figures give 10.7%");
        String greenspaces = anonymous(DEMO + "/spending-2025-05-31/statements/community-and-greenspaces");
        assertThat(greenspaces)
                .contains(
                        "<span>3,297</span><span class=\"finance-worked\"><span class=\"govuk-visually-hidden\">, </span>lines give 3,298</span>",
                        "Total Expenditure, Actual Spend: printed 3,297, the figures give 3,298");
        // a section total after a sub-heading group is the whole section's, as printed: nothing to check
        String adults = anonymous(DEMO + "/spending-2025-05-31/statements/adult-social-care");
        assertThat(adults)
                .contains("<span>23,476</span>")
                .doesNotContain("finance-cell--check", "govuk-tag--orange finance-flag");
        assertThat(anonymous(DEMO + "/pmr-q1-2025-26/statements/better-care-pooled-budget"))
                .contains(
                        "<span>1,227</span><span class=\"finance-worked\"><span class=\"govuk-visually-hidden\">, </span>totals give 1,226</span>");
        assertThat(anonymous(DEMO + "/spending-2025-05-31/tables/departmental-summary"))
                .contains("Total Operational Net Spend", "lines give 19,317");
        assertThat(anonymous(DEMO + "/spending-2025-05-31/savings"))
                .contains("Housing Solutions", "£7,225k")
                .doesNotContain("<form");
        assertThat(anonymous(DEMO + "/asc-budget-position")).contains("Para 5.2, \u201cpara 3.9\u201d");
        assertThat(anonymousStatus(DEMO + "/no-such-paper")).isEqualTo(404);
        assertThat(anonymousStatus(DEMO + "/spending-2025-05-31/statements/no-such-department"))
                .isEqualTo(404);
        // the working records stay with members and officers
        assertThat(anonymousStatus("/finance/statements/1")).isNotEqualTo(200);
    }

    @Test
    void aPublishedPaperStaysAsPublishedAndAPartTwoPaperIsNeverPublished() throws Exception {
        long board = data.board("TEST-PUBFIN");
        String n = String.valueOf(System.nanoTime());
        String key = "test-pubfin-" + n;
        long meeting = meetings.create(aNewMeeting(key, board, LocalDate.of(2025, 12, 9))
                .in("Town Hall")
                .build());
        long open = meetings.addItem(
                meeting, aNewItem("Budget monitoring").ofKind("FINANCE").build());
        long exempt = meetings.addItem(
                meeting,
                aNewItem("Contract costs")
                        .exemptUnderParagraph(3)
                        .ofKind("FINANCE")
                        .build());
        long statement = paper("open-" + n, "Open budget paper " + n, "Open Unit " + n, open);
        paper("exempt-" + n, "Quagmire contract paper " + n, "Quagmire Unit " + n, exempt);
        meetings.setAgendaPublished(meeting, LocalDate.of(2025, 12, 1));
        packs.publish(meetings.byKey(key).orElseThrow(), "test");

        String base = "/meetings/" + key + "/finance";
        String index = anonymous(base);
        assertThat(index).contains("Open budget paper " + n).doesNotContain("Quagmire");
        assertThat(anonymousStatus(base + "/exempt-" + n)).isEqualTo(404);
        assertThat(anonymousStatus(base + "/exempt-" + n + "/statements/quagmire-unit-" + n))
                .isEqualTo(404);
        String page = base + "/open-" + n + "/statements/open-unit-" + n;
        assertThat(anonymous(page)).contains("<span>60</span>").doesNotContain("1,070");
        assertThat(anonymous("/meetings/" + key))
                .contains(base + "/open-" + n + "?version=1")
                .doesNotContain("Quagmire");

        // an officer corrects a line: the published copy does not change, and cannot be changed
        mvc.perform(post("/finance/statements/" + statement + "/rows/1")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("annualBudget", "712")
                        .param("budgetToDate", "62")
                        .param("actualSpend", "1,070")
                        .param("forecastOutturn", "13"))
                .andExpect(status().is3xxRedirection());
        assertThat(anonymous(page)).contains("<span>60</span>").doesNotContain("1,070");
        assertThatThrownBy(() -> jdbc.sql("update published_finance set snapshot = '{}'::jsonb where agenda_pack_id in "
                                + "(select id from agenda_pack where meeting_id = :m)")
                        .param("m", meeting)
                        .update())
                .hasMessageContaining("frozen");

        // the next version of the pack carries the correction; the first stays at its address
        packs.publish(meetings.byKey(key).orElseThrow(), "test");
        assertThat(anonymous(page)).contains("<span>1,070</span>", "lines give 1,070");
        assertThat(anonymous(page + "?version=1")).contains("<span>60</span>").doesNotContain("1,070");
        assertThat(anonymous(base)).contains("version 1", "version 2");
    }

    @Test
    void anAgendaNotYetPublishedKeepsItsFinanceFromThePublic() throws Exception {
        long board = data.board("TEST-PUBFIN");
        String n = String.valueOf(System.nanoTime());
        String key = "test-pubfin-later-" + n;
        long meeting = meetings.create(aNewMeeting(key, board, LocalDate.of(2099, 1, 20))
                .in("Town Hall")
                .build());
        long item = meetings.addItem(
                meeting, aNewItem("Budget monitoring").ofKind("FINANCE").build());
        paper("later-" + n, "Later paper " + n, "Later Unit " + n, item);
        meetings.setAgendaPublished(meeting, LocalDate.of(2099, 1, 12));
        packs.publish(meetings.byKey(key).orElseThrow(), "test");
        assertThat(anonymousStatus("/meetings/" + key + "/finance")).isEqualTo(404);
        // members of the meeting's board read it before the publication date; members of other boards do not
        assertThat(mvc.perform(get("/meetings/" + key + "/finance")
                                .with(user(data.member("pubfin.member", "TEST-PUBFIN"))
                                        .roles("MEMBER")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/meetings/" + key + "/finance")
                                .with(user("councillor").roles("MEMBER")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** A paper presented at an item, printing one statement whose total was printed from the line's first figures. */
    private long paper(String slug, String subject, String department, long item) {
        long report = reports.save(
                null,
                new BoardReport(
                        slug,
                        subject,
                        "Test board",
                        LocalDate.of(2025, 12, 9),
                        "Finance Director",
                        "",
                        "",
                        null,
                        List.of(new BoardReport.Paragraph("3.1", "Spending is on budget.", null))));
        long statement = statements.save(
                null,
                new RevenueStatement(
                        department,
                        LocalDate.of(2025, 10, 31),
                        List.of(
                                new StatementRow(
                                        1,
                                        Section.EXPENDITURE,
                                        "Day Care",
                                        RowKind.LINE,
                                        Amounts.of(712, 62, 60, 2, 13)),
                                new StatementRow(
                                        2,
                                        Section.EXPENDITURE,
                                        "Total Expenditure",
                                        RowKind.TOTAL,
                                        Amounts.of(712, 62, 60, 2, 13)))));
        statements.assignToReport(statement, report);
        reports.presentAt(slug, item);
        return statement;
    }
}
