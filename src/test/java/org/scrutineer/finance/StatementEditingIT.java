package org.scrutineer.finance;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.scrutineer.finance.domain.StatementCheck;
import org.scrutineer.finance.domain.StatementRow;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** An officer corrects a line: its variance, the totals and the checks follow, and the change is audited. */
@ScrutineerTest
class StatementEditingIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    Statements statements;

    @Autowired
    TestData data;

    @Autowired
    AuditTrail audit;

    long statement() {
        long board = data.board("TEST-FIN");
        return statements.save(
                board,
                new RevenueStatement(
                        "Test Department " + System.nanoTime(),
                        LocalDate.of(2025, 5, 31),
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
                                        "Transport",
                                        RowKind.LINE,
                                        Amounts.of(100, 10, 10, 0, 0)),
                                new StatementRow(
                                        3,
                                        Section.EXPENDITURE,
                                        "Total Expenditure",
                                        RowKind.TOTAL,
                                        Amounts.of(812, 72, 70, 2, 13)))));
    }

    @Test
    void correctingALineRecalculatesAndFlagsTheTypedTotal() throws Exception {
        long id = statement();
        mvc.perform(post("/finance/statements/" + id + "/rows/1")
                        .with(user("fin.officer").roles("OFFICER"))
                        .with(csrf())
                        .param("annualBudget", "712")
                        .param("budgetToDate", "62")
                        .param("actualSpend", "1,070")
                        .param("forecastOutturn", "(120)"))
                .andExpect(status().is3xxRedirection());
        RevenueStatement now = statements.byId(id).orElseThrow().statement();
        assertThat(now.rows().get(0).printed()).isEqualTo(Amounts.of(712, 62, 1_070, -1_008, -120));
        assertThat(StatementCheck.check(now))
                .extracting(i -> i.row() + " " + i.column())
                .containsExactly(
                        "Total Expenditure ACTUAL_SPEND",
                        "Total Expenditure VARIANCE",
                        "Total Expenditure FORECAST_OUTTURN");
        String page = mvc.perform(get("/finance/statements/" + id)
                        .with(user(data.member("fin.member", "TEST-FIN")).roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the total stays as entered (70), with what the lines give beside it in its cell
        assertThat(page)
                .contains(
                        "<span>70</span><span class=\"finance-worked\"><span class=\"govuk-visually-hidden\">, </span>lines give 1,080</span>",
                        "(1,008)",
                        "3 printed figures do not follow from the others",
                        "fin.officer");
        assertThat(audit.forScope("statement:" + id)).singleElement().satisfies(e -> {
            assertThat(e.oldValue()).contains("60");
            assertThat(e.newValue()).contains("1070");
        });

        mvc.perform(post("/finance/statements/" + id + "/totals")
                        .with(user("fin.officer").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        RevenueStatement fixed = statements.byId(id).orElseThrow().statement();
        assertThat(StatementCheck.check(fixed)).isEmpty();
        assertThat(fixed.rows().get(2).printed()).isEqualTo(Amounts.of(812, 72, 1_080, -1_008, -120));
    }

    @Test
    void badFiguresAreRefusedWithTheFieldNamed() throws Exception {
        long id = statement();
        String page = mvc.perform(post("/finance/statements/" + id + "/rows/1")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("annualBudget", "seven")
                        .param("budgetToDate", "")
                        .param("actualSpend", "1.5")
                        .param("forecastOutturn", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "There is a problem",
                        "href=\"#annualBudget\"",
                        "href=\"#budgetToDate\"",
                        "href=\"#actualSpend\"",
                        "Annual budget must be a whole number of £&#39;000",
                        "Enter the budget to date");
        assertThat(statements.byId(id).orElseThrow().statement().rows().get(0).printed())
                .isEqualTo(Amounts.of(712, 62, 60, 2, 13));
    }

    @Test
    void commentaryStartsFromTheFiguresAndIsEditedAndAudited() throws Exception {
        long id = statement();
        String page = mvc.perform(
                        get("/finance/statements/" + id).with(user("o").roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Commentary under the statement");
        mvc.perform(post("/finance/statements/" + id + "/commentary")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("commentary", "Day care is £0.002m under the budget profile; transport is on profile."))
                .andExpect(status().is3xxRedirection());
        assertThat(statements.byId(id).orElseThrow().commentary())
                .isEqualTo("Day care is £0.002m under the budget profile; transport is on profile.");
        assertThat(StatementView.of(statements.byId(id).orElseThrow()).commentary())
                .startsWith("Day care is £0.002m");
        mvc.perform(post("/finance/statements/" + id + "/commentary")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("commentary", " "))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("errors"));
        assertThat(audit.forScope("statement:" + id))
                .extracting(e -> e.entityType())
                .containsExactly("statement_commentary");
    }

    @Test
    void membersReadButCannotEdit() throws Exception {
        long id = statement();
        String member = data.member("fin.member", "TEST-FIN");
        mvc.perform(get("/finance").with(user(member).roles("MEMBER"))).andExpect(status().isOk());
        mvc.perform(get("/finance/statements/" + id).with(user(member).roles("MEMBER")))
                .andExpect(status().isOk());
        // a member of another board does not read the board's statement
        mvc.perform(get("/finance/statements/" + id).with(user("councillor").roles("MEMBER")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/finance/statements/" + id + "/rows/1")
                        .with(user(member).roles("MEMBER"))
                        .with(csrf())
                        .param("annualBudget", "1")
                        .param("budgetToDate", "1")
                        .param("actualSpend", "1")
                        .param("forecastOutturn", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/finance/statements/" + id + "/rows/3").with(user("o").roles("OFFICER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOfficerChoosesWhichFiguresTheSuggestedCommentaryIsWordedFrom() throws Exception {
        // the line's actual spend is 70 but the totals were printed from 60: they print 2 under, the lines give 8 over
        long net = statements.save(
                data.board("TEST-FIN"),
                new RevenueStatement(
                        "Test Net " + System.nanoTime(),
                        LocalDate.of(2025, 5, 31),
                        List.of(
                                new StatementRow(
                                        1,
                                        Section.EXPENDITURE,
                                        "Day Care",
                                        RowKind.LINE,
                                        Amounts.of(712, 62, 70, -8, 13)),
                                new StatementRow(
                                        2,
                                        Section.EXPENDITURE,
                                        "Total Expenditure",
                                        RowKind.TOTAL,
                                        Amounts.of(712, 62, 60, 2, 13)),
                                new StatementRow(
                                        3,
                                        Section.SUMMARY,
                                        "Net Departmental Expenditure",
                                        RowKind.TOTAL,
                                        Amounts.of(712, 62, 60, 2, 13)))));
        assertThat(StatementView.of(statements.byId(net).orElseThrow()).position())
                .startsWith("Net Departmental Expenditure is £0.002m under");
        String page = mvc.perform(
                        get("/finance/statements/" + net).with(user("o").roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Word the suggested commentary from", "the figures worked out from the lines");

        mvc.perform(post("/finance/statements/" + net + "/commentary-figures")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("figures", "WORKED_OUT"))
                .andExpect(status().is3xxRedirection());
        assertThat(StatementView.of(statements.byId(net).orElseThrow()).position())
                .startsWith("Net Departmental Expenditure is £0.008m over");
        // the printed figures are untouched
        assertThat(statements.byId(net).orElseThrow().statement().rows().get(2).printed())
                .isEqualTo(Amounts.of(712, 62, 60, 2, 13));
        assertThat(audit.forScope("statement:" + net)).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo("statement_commentary_figures");
            assertThat(e.newValue()).contains("WORKED_OUT");
        });
        mvc.perform(post("/finance/statements/" + net + "/commentary-figures")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("figures", "SOMETHING"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("errors"));
        mvc.perform(post("/finance/statements/" + net + "/commentary-figures")
                        .with(user("c").roles("MEMBER"))
                        .with(csrf())
                        .param("figures", "AS_PRINTED"))
                .andExpect(status().isForbidden());
    }
}
