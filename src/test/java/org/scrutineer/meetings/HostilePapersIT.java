package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.support.HostileFiles;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Papers whose page tree lies, that have no pages or too many, are refused with a reason and leave nothing behind;
 * papers stored before counts were checked no longer break the meeting's page; officers replace and remove papers,
 * audited, while published packs stay as they were.
 */
@ScrutineerTest
class HostilePapersIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    AgendaPacks packs;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    record Fixture(String key, long meetingId, long itemId) {}

    Fixture meeting(String code, int day) {
        long board = data.board(code);
        LocalDate date = LocalDate.of(2025, 10, day);
        String key = code.toLowerCase() + "-" + date;
        long id = meetings.create(aNewMeeting(key, board, date).in("Town Hall").build());
        meetings.setAgendaPublished(id, date.minusDays(10));
        long item = meetings.addItem(id, aNewItem("Budget monitoring").build());
        return new Fixture(key, id, item);
    }

    static MockMultipartFile pdf(String name, byte[] bytes) {
        return new MockMultipartFile("file", name, "application/pdf", bytes);
    }

    String addPaper(Fixture f, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/meetings/" + f.key() + "/items/" + f.itemId() + "/documents")
                        .file(file)
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    int papers(long itemId) {
        return jdbc.sql("select count(*) from item_document where item_id = :i")
                .param("i", itemId)
                .query(Integer.class)
                .single();
    }

    @Test
    void papersClaimingBillionsOfPagesAreRefusedAndTheMeetingStillShows() throws Exception {
        Fixture f = meeting("HOSTP-A", 1);
        for (String name : new String[] {"first.pdf", "second.pdf"}) {
            String page = addPaper(f, pdf(name, HostileFiles.pdfClaimingPages(2_000_000_000)));
            assertThat(Jsoup.parse(page).select(".govuk-error-summary").text())
                    .contains(name + " is damaged: its page tree says it has 2,000,000,000 pages but holds 1");
        }
        assertThat(papers(f.itemId())).isZero();
        mvc.perform(get("/meetings/" + f.key())).andExpect(status().isOk());
        mvc.perform(get("/api/meetings/" + f.key())).andExpect(status().isOk());
    }

    @Test
    void papersWithNoPagesOrNegativeCountsAreRefusedAndNoItemIsLeftWithout() throws Exception {
        Fixture f = meeting("HOSTP-B", 2);
        for (int claimed : new int[] {0, -5}) {
            String page = mvc.perform(multipart("/meetings/" + f.key() + "/items")
                            .file(pdf("odd.pdf", HostileFiles.pdfClaimingPages(claimed)))
                            .param("title", "Odd paper " + claimed)
                            .param("part", "I")
                            .with(user("o").roles("OFFICER"))
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(page).select(".govuk-error-summary").text())
                    .contains("odd.pdf is damaged: its page tree says it has " + claimed + " pages but holds 1");
        }
        assertThat(jdbc.sql("select count(*) from agenda_item where title like 'Odd paper%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aPaperPastTheMostPagesIsRefused() throws Exception {
        Fixture f = meeting("HOSTP-C", 3);
        String page = addPaper(f, pdf("local-plan.pdf", HostileFiles.pdfOfPages(AgendaPacks.MAX_PAGES + 1)));
        assertThat(Jsoup.parse(page).select(".govuk-error-summary").text())
                .contains("local-plan.pdf has more than 1,000 pages, the most a paper may have");
        assertThat(papers(f.itemId())).isZero();
        addPaper(f, pdf("long.pdf", HostileFiles.pdfOfPages(AgendaPacks.MAX_PAGES)));
        assertThat(jdbc.sql("select pages from item_document where item_id = :i")
                        .param("i", f.itemId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(AgendaPacks.MAX_PAGES);
    }

    @Test
    void thePapersTextForSearchIsBounded() {
        String line =
                "Adult social care budget monitoring, the quarter's forecast and the savings programme, line by line. ";
        AgendaPacks.Paper paper = AgendaPacks.read("long.pdf", HostileFiles.pdfOfText(80, line));
        assertThat(paper.pages()).isEqualTo(80);
        assertThat(paper.text()).hasSize(AgendaPacks.MAX_TEXT).startsWith("Adult social care");
    }

    @Test
    void aPaperOfManyDifferentWordsIsAddedWithItsTextBoundedForSearch() throws Exception {
        // some 1.1 million characters of made-up words: PostgreSQL refused to index so many (over 1 MB of search
        // vector)
        // and the upload was a 500
        Fixture f = meeting("HOSTP-I", 9);
        mvc.perform(multipart("/meetings/" + f.key() + "/items/" + f.itemId() + "/documents")
                        .file(pdf("words.pdf", HostileFiles.pdfOfRandomWords(240)))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select length(text) from item_document where item_id = :i")
                        .param("i", f.itemId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(AgendaPacks.MAX_TEXT);
    }

    @Test
    void papersStoredBeforeCountsWereCheckedCanBeSeenAndRemoved() throws Exception {
        Fixture f = meeting("HOSTP-D", 4);
        long first = meetings.addDocument(
                f.itemId(),
                "Claims a lot",
                "REPORT",
                "a.pdf",
                HostileFiles.pdfClaimingPages(2_000_000_000),
                2_000_000_000,
                "",
                "t");
        long second = meetings.addDocument(
                f.itemId(),
                "Claims more",
                "REPORT",
                "b.pdf",
                HostileFiles.pdfClaimingPages(2_000_000_000),
                2_000_000_000,
                "",
                "t");
        mvc.perform(get("/meetings/" + f.key())).andExpect(status().isOk());
        mvc.perform(get("/api/meetings/" + f.key()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].documents.length()").value(2));
        for (long id : new long[] {first, second}) {
            mvc.perform(post("/meetings/" + f.key() + "/items/" + f.itemId() + "/documents/" + id + "/remove")
                            .with(user("o").roles("OFFICER"))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/meetings/" + f.key() + "#item-" + f.itemId()));
        }
        assertThat(papers(f.itemId())).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where scope = :s and action = 'delete' and entity_type = 'item_document'")
                        .param("s", "meeting:" + f.key())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void replacingAndRemovingChangeOnlyWhatComesNextAndThePublishedPackStaysAsItWas() throws Exception {
        Fixture f = meeting("HOSTP-E", 5);
        addPaper(f, pdf("budget.pdf", HostileFiles.pdfOfText(2, "Budget monitoring report, first draft.")));
        long document = jdbc.sql("select id from item_document where item_id = :i")
                .param("i", f.itemId())
                .query(Long.class)
                .single();
        packs.publish(meetings.byKey(f.key()).orElseThrow(), "test");
        byte[] published = packs.pdf(f.meetingId(), 1).orElseThrow();

        mvc.perform(multipart("/meetings/" + f.key() + "/items/" + f.itemId() + "/documents/" + document + "/replace")
                        .file(pdf("budget-v2.pdf", HostileFiles.pdfOfText(3, "Budget monitoring report, corrected.")))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + f.key() + "#item-" + f.itemId()))
                .andExpect(flash().attribute(
                                "message",
                                org.hamcrest.Matchers.containsString(
                                        "The published agenda pack keeps the paper as it was")));
        assertThat(jdbc.sql("select file_name || ' ' || pages from item_document where id = :d")
                        .param("d", document)
                        .query(String.class)
                        .single())
                .isEqualTo("budget-v2.pdf 3");
        assertThat(jdbc.sql(
                                "select old_value ->> 'fileName' from audit_event where scope = :s and action = 'update' and entity_type = 'item_document'")
                        .param("s", "meeting:" + f.key())
                        .query(String.class)
                        .single())
                .isEqualTo("budget.pdf");

        // a replacement that is not a paper is refused with its reason, the paper left as it was
        FormErrors errors = (FormErrors) mvc.perform(multipart(
                                "/meetings/" + f.key() + "/items/" + f.itemId() + "/documents/" + document + "/replace")
                        .file(pdf("lies.pdf", HostileFiles.pdfClaimingPages(-1)))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/meetings/" + f.key() + "#replace-" + document))
                .andReturn()
                .getFlashMap()
                .get("errors");
        assertThat(errors.get("replace-" + document))
                .isEqualTo("lies.pdf is damaged: its page tree says it has -1 pages but holds 1."
                        + " Save it again as a PDF (for example with Print to PDF) and add that");
        assertThat(jdbc.sql("select pages from item_document where id = :d")
                        .param("d", document)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);

        // another meeting's paper, or a paper under another item, is not found
        Fixture other = meeting("HOSTP-F", 6);
        mvc.perform(post("/meetings/" + other.key() + "/items/" + other.itemId() + "/documents/" + document + "/remove")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/meetings/" + f.key() + "/items/" + f.itemId() + "/documents/" + document + "/remove")
                        .with(user("c").roles("MEMBER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/meetings/" + f.key() + "/items/" + f.itemId() + "/documents/" + document + "/remove")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(papers(f.itemId())).isZero();
        assertThat(packs.pdf(f.meetingId(), 1).orElseThrow())
                .as("the published pack, byte for byte")
                .isEqualTo(published);
        packs.publish(meetings.byKey(f.key()).orElseThrow(), "test");
        assertThat(packs.latest(f.meetingId()).orElseThrow().itemPages()).contains("Budget monitoring: no pages");
    }

    @Test
    void aPartTwoPaperReplacedStaysExempt() throws Exception {
        Fixture f = meeting("HOSTP-G", 7);
        long exempt = meetings.addItem(
                f.meetingId(),
                aNewItem("Contract award").exemptUnderParagraph(3).build());
        long document = meetings.addDocument(
                exempt, "Tender scores", "REPORT", "scores.pdf", HostileFiles.pdfOfPages(1), 1, "", "t");
        mvc.perform(multipart("/meetings/" + f.key() + "/items/" + exempt + "/documents/" + document + "/replace")
                        .file(pdf("scores-v2.pdf", HostileFiles.pdfOfText(1, "Tender scores, corrected.")))
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "Tender scores replaced with scores-v2.pdf"));
        mvc.perform(get("/documents/" + document)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/meetings/" + f.key()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Tender scores");
    }

    @Test
    void anOverlongTitleIsRefusedNamingTheField() throws Exception {
        Fixture f = meeting("HOSTP-H", 8);
        String page = mvc.perform(multipart("/meetings/" + f.key() + "/items")
                        .file(pdf("x.pdf", HostileFiles.pdfOfPages(1)))
                        .param("title", "T".repeat(10_000))
                        .param("part", "I")
                        .with(user("o").roles("OFFICER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(page)
                        .select(".govuk-error-summary a[href=#title]")
                        .text())
                .isEqualTo("The item's title must be 300 characters or fewer");
        assertThat(jdbc.sql("select count(*) from agenda_item where meeting_id = :m")
                        .param("m", f.meetingId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
