package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Search results mark the words found and print everything else as text: a paper's markup is never the page's. */
@ScrutineerTest
class SearchHighlightIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    TestData data;

    @Test
    void matchesAreMarkedAndTheRestEscaped() throws Exception {
        long board = data.board("SRCH-T");
        long meeting = meetings.create(aNewMeeting("srch-t-2025-10-01", board, LocalDate.of(2025, 10, 1))
                .in("Town Hall")
                .build());
        long item = meetings.addItem(meeting, aNewItem("Fish & chips licensing").build());
        meetings.saveMinutes(
                item,
                "Wombat sightings <b>rose</b> & the board heard <script>alert('minutes')</script> of \u0002 wombats.",
                List.of());
        meetings.addDocument(
                item,
                "Wombat census",
                "REPORT",
                "census.pdf",
                new byte[] {'%'},
                1,
                "Wombat numbers <script>alert(1)</script> are \"rising\" & x<y holds, said the <b>officer</b>.",
                "test");
        meetings.setAgendaPublished(meeting, LocalDate.of(2025, 9, 20));

        String html = mvc.perform(get("/search?q=wombat"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document page = Jsoup.parse(html);
        Element main = page.selectFirst("main");
        assertThat(main.select("script")).as("no script from a paper or minute").isEmpty();
        assertThat(main.select("b")).as("no <b> from a paper or minute").isEmpty();
        assertThat(main.select("li p.govuk-body-s mark"))
                .extracting(Element::text)
                .isNotEmpty()
                .allSatisfy(word -> assertThat(word).isIn("Wombat", "wombats"));
        assertThat(html)
                .doesNotContain("&lt;b&gt;", "\u0002", "\u0003")
                .contains("x&lt;y", "&amp; the board", "&quot;rising&quot;");
    }

    @Test
    void snippetsSplitAtTheMarks() {
        Snippet s = Snippet.of("a \u0002b\u0003 c \u0002d\u0003");
        assertThat(s.parts())
                .containsExactly(
                        new Snippet.Part("a ", false),
                        new Snippet.Part("b", true),
                        new Snippet.Part(" c ", false),
                        new Snippet.Part("d", true));
        assertThat(s.text()).isEqualTo("a b c d");
        assertThat(Snippet.of(null).parts()).isEmpty();
    }
}
