package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The five-clear-working-days warning, tried from each day of one week (16 to 22 November 2026, no bank holidays) for a
 * meeting six days later: the warning depends on the weekday, which is why it once failed only on Sundays.
 */
@ScrutineerTest
class PublicationDayIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    AgendaPacks packs;

    @Autowired
    Meetings meetings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest(name = "publishing on {0} for a meeting on {1}: {2} clear working days")
    @CsvSource({
        // publishing day, meeting day, clear working days between (neither day counted), warned
        "2026-11-16, 2026-11-22, 4, true", // Monday -> Sunday: Tue-Fri
        "2026-11-17, 2026-11-23, 3, true", // Tuesday -> Monday: Wed-Fri
        "2026-11-18, 2026-11-24, 3, true", // Wednesday -> Tuesday: Thu, Fri, Mon
        "2026-11-19, 2026-11-25, 3, true", // Thursday -> Wednesday: Fri, Mon, Tue
        "2026-11-20, 2026-11-26, 3, true", // Friday -> Thursday: Mon-Wed
        "2026-11-21, 2026-11-27, 4, true", // Saturday -> Friday: Mon-Thu
        "2026-11-22, 2026-11-28, 5, false", // Sunday -> Saturday: Mon-Fri, enough
    })
    void theWarningFollowsTheWeekday(LocalDate publishing, LocalDate meeting, int clearDays, boolean warned)
            throws Exception {
        clock.startAt(publishing);
        String key = "hsc-" + meeting;
        mvc.perform(post("/meetings/new")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf())
                        .param("board", "HSC-PPB")
                        .param("date", meeting.toString())
                        .param("time", "18:30")
                        .param("venue", "Council Chamber"))
                .andExpect(status().is3xxRedirection());

        var answer = mvc.perform(post("/meetings/" + key + "/publish")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andReturn()
                .getResponse();

        long id = meetings.idOf(key).orElseThrow();
        if (warned) {
            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(answer.getContentAsString())
                    .contains("Publishing today leaves only <span>" + clearDays + "</span> clear working days");
            assertThat(packs.latest(id)).isEmpty();
        } else {
            assertThat(answer.getStatus()).isEqualTo(302);
            assertThat(packs.latest(id)).isPresent();
            assertThat(meetings.byKey(key).orElseThrow().agendaPublishedOn()).isEqualTo(publishing);
        }
    }
}
