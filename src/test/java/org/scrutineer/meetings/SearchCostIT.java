package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What one search may cost is bounded, so that no visitor can slow the site for everyone: a search of a very long paper
 * answers in well under a second, searches past a dozen words or 200 characters are refused, and an anonymous address
 * searching faster than a person does is told to wait.
 */
@ScrutineerTest
class SearchCostIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    TestData data;

    @Autowired
    org.scrutineer.support.TestClock clock;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** About {@code pages} pages of 3,000 characters of words from a 6,000-word vocabulary, "wombat" among them. */
    static String text(int pages) {
        Random random = new Random(7);
        String[] words = new String[6000];
        for (int i = 0; i < words.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int j = 3 + random.nextInt(8); j > 0; j--) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
        }
        words[4711] = "wombat";
        StringBuilder out = new StringBuilder(pages * 3100);
        while (out.length() < pages * 3000L) {
            out.append(words[(int) Math.min(words.length - 1, Math.abs(random.nextGaussian()) * 1500)])
                    .append(' ');
        }
        return out.toString();
    }

    @Test
    void aSearchOfAVeryLongPaperAnswersWithinTheBound() throws Exception {
        long board = data.board("COST-T");
        long meeting = meetings.create(aNewMeeting("cost-t-2025-10-01", board, LocalDate.of(2025, 10, 1))
                .in("Town Hall")
                .build());
        meetings.setAgendaPublished(meeting, LocalDate.of(2025, 9, 20));
        long item = meetings.addItem(meeting, aNewItem("Local plan evidence").build());
        // stored as a paper of 2,000 pages would have been before its text was bounded on upload
        meetings.addDocument(
                item, "Evidence base", "REPORT", "evidence.pdf", new byte[] {'%'}, 2000, text(2000), "test");
        for (String q : new String[] {"wombat", "nothingmatchesthis"}) {
            mvc.perform(get("/search").param("q", q).with(from("198.51.100.1"))).andExpect(status().isOk()); // warm
            long started = System.nanoTime();
            String html = mvc.perform(get("/search").param("q", q).with(from("198.51.100.1")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertThat(ms)
                    .as("milliseconds for '" + q + "' (12 to 26 seconds before the bounds)")
                    .isLessThan(2_000);
            if (q.equals("wombat")) {
                assertThat(Jsoup.parse(html).select("main li a").eachText())
                        .contains("Local plan evidence: Evidence base");
            }
        }
    }

    @Test
    void aSearchPastTheBoundsIsRefusedSayingWhy() throws Exception {
        String page = mvc.perform(get("/search").param("q", "x".repeat(201)).with(from("198.51.100.2")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select(".govuk-error-summary__list").text())
                .isEqualTo("Enter 200 characters or fewer to search for");
        page = mvc.perform(
                        get("/search").param("q", "a b c d e f g h i j k l m").with(from("198.51.100.2")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select(".govuk-error-summary__list").text())
                .isEqualTo("Enter 12 words or fewer to search for");
    }

    @Test
    void anAddressSearchingFasterThanAPersonIsToldToWait() throws Exception {
        clock.stop(); // the whole burst at one moment, however slowly this machine runs it
        try {
            searchTooFast();
        } finally {
            clock.reset();
        }
    }

    private void searchTooFast() throws Exception {
        for (int i = 0; i < SearchAllowance.BURST; i++) {
            mvc.perform(get("/search").param("q", "budget " + i).with(from("203.0.113.9")))
                    .andExpect(status().isOk());
        }
        String page = mvc.perform(get("/search").param("q", "budget").with(from("203.0.113.9")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page).select(".govuk-error-summary__list").text())
                .isEqualTo("You have searched many times in a short time: wait 2 seconds, then search again");
        // another address, and anyone signed in, search on
        mvc.perform(get("/search").param("q", "budget").with(from("203.0.113.10")))
                .andExpect(status().isOk());
        mvc.perform(get("/search")
                        .param("q", "budget")
                        .with(from("203.0.113.9"))
                        .with(user("c").roles("MEMBER")))
                .andExpect(status().isOk());
    }
}
