package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages asked for no quarter open at the one the records speak of, else today's: no quarter of the demo's is built in.
 */
@ScrutineerTest
class ReportingQuarterIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    ReportingQuarter reportingQuarter;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theLatestQuarterOfTheRecordsUpToTodays() {
        Period today = Period.quarter(3, 2026);
        assertThat(ReportingQuarter.latest(
                                List.of("Q1 2025/26", "Q4 2024/25", "Q2 2025/26", "2024/25", "rubbish"), today)
                        .label())
                .isEqualTo("Q2 2025/26");
        assertThat(ReportingQuarter.latest(List.of("Q1-3 2025/26"), today).label())
                .as("cumulative quarters, as at their last")
                .isEqualTo("Q3 2025/26");
        assertThat(ReportingQuarter.latest(List.of("Q1 2025/26", "Q4 2030/31"), today)
                        .label())
                .as("not a future quarter")
                .isEqualTo("Q1 2025/26");
        assertThat(ReportingQuarter.latest(List.of(), today))
                .as("nothing recorded: today's")
                .isEqualTo(today);
    }

    @Test
    void theDemoOpensAtItsQuarterAndAnEmptyHistoryAtTodays() throws Exception {
        // the demo's records are of Q1 2025/26 (other tests may add later quarters, never ones after today's)
        Period now = reportingQuarter.current();
        assertThat(now.compareTo(Period.parse("Q1 2025/26"))).isGreaterThanOrEqualTo(0);
        assertThat(now.compareTo(Period.quarterContaining(clock.today()))).isLessThanOrEqualTo(0);
        assertThat(objectivesCaption()).isEqualTo(now.label());
        assertThat(indicatorPage()).contains("Symbols for " + now.label());

        // on 1 June 2020 none of the records had been made yet: the pages open at that day's quarter
        clock.startAt(LocalDate.of(2020, 6, 1));
        assertThat(reportingQuarter.current().label()).isEqualTo("Q1 2020/21");
        assertThat(objectivesCaption()).isEqualTo("Q1 2020/21");
        assertThat(indicatorPage()).contains("Symbols for Q1 2020/21");
    }

    private String objectivesCaption() throws Exception {
        String page = mvc.perform(get("/objectives").with(user("c").roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return org.jsoup.Jsoup.parse(page).selectFirst("main .govuk-caption-l").text();
    }

    private String indicatorPage() throws Exception {
        // the demo's councillor sits on the Health and Social Care board, whose indicator PH01a is
        return mvc.perform(get("/indicators/PH01a").with(user("councillor").roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
