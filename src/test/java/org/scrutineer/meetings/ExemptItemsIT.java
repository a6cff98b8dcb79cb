package org.scrutineer.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A Part II paper never reaches the public: every GET route of the application is requested as an anonymous visitor,
 * with its path variables filled in with this meeting, its items and documents, and no answer may carry the exempt
 * item's title or its paper's text, whether page, PDF, feed, search result or JSON. Members of the meeting's board,
 * officers and admins see it; members of other boards do not (every route for every kind of person:
 * {@code platform.WhoSeesWhatIT}).
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExemptItemsIT {
    static final String SECRET = "Quagmire Tender Evaluation";
    static final String SECRET_TEXT = "zebracrossing bidder scores";
    static final String OPEN_TEXT = "lighthouse refurbishment";

    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    AgendaPacks packs;

    @Autowired
    PaperRenderer papers;

    @Autowired
    Boards boards;

    @Autowired
    RequestMappingHandlerMapping mappings;

    String key;
    long exemptDocument;
    long openDocument;
    long exemptItem;

    @Autowired
    org.scrutineer.platform.security.Accounts accounts;

    @BeforeAll
    void meetingWithAnExemptItem() {
        accounts.create(
                "exempt.cypf",
                "Cllr Other Board",
                "exempt-cypf-member-pass",
                org.scrutineer.platform.security.Role.MEMBER);
        accounts.grantBoard("exempt.cypf", "CYPF-PPB");
        long board = boards.byCode("HSC-PPB").orElseThrow().id();
        key = "hsc-2025-10-14";
        long id = meetings.create(aNewMeeting(key, board, LocalDate.of(2025, 10, 14))
                .in("Council Chamber, Runcorn Town Hall")
                .build());
        long open = meetings.addItem(id, aNewItem("Lighthouse refurbishment").build());
        exemptItem =
                meetings.addItem(id, aNewItem(SECRET).exemptUnderParagraph(3).build());
        openDocument = attach(open, "Lighthouse refurbishment", "The " + OPEN_TEXT + " is on course.");
        exemptDocument = attach(exemptItem, SECRET, "The " + SECRET_TEXT + " are confidential.");
        meetings.saveMinutes(
                exemptItem,
                "The board discussed the " + SECRET_TEXT + ".",
                List.of("That the " + SECRET + " be approved."));
        meetings.setAgendaPublished(id, LocalDate.of(2025, 10, 6));
        packs.publish(meetings.byKey(key).orElseThrow(), "test");
    }

    private long attach(long item, String title, String text) {
        byte[] pdf = papers.render(new PaperRenderer.Paper(
                List.of(), title, "", List.of(new PaperRenderer.Section("Report", List.of(text)))));
        return meetings.addDocument(
                item, title, "REPORT", "paper.pdf", pdf, AgendaPacks.pageCount(pdf), AgendaPacks.text(pdf), "test");
    }

    /** Every GET route with its variables filled: several values each, so that every route is reached with this meeting's things. */
    List<String> publicGetRoutes() {
        Map<String, List<String>> values = Map.of(
                "key", List.of(key),
                "id", List.of(String.valueOf(exemptDocument), String.valueOf(openDocument), "1"),
                "itemId", List.of(String.valueOf(exemptItem)),
                "code", List.of("HSC-PPB"),
                "board", List.of("HSC-PPB"),
                "quarter", List.of("q1-2025-26"),
                "ref", List.of("PH01a"));
        Set<String> urls = new LinkedHashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                List<String> filled = new ArrayList<>(List.of(pattern));
                for (var v : values.entrySet()) {
                    List<String> next = new ArrayList<>();
                    for (String f : filled) {
                        if (f.contains("{" + v.getKey() + "}")) {
                            v.getValue().forEach(x -> next.add(f.replace("{" + v.getKey() + "}", x)));
                        } else {
                            next.add(f);
                        }
                    }
                    filled = next;
                }
                filled.stream()
                        .filter(u -> !u.contains("{") && !u.contains("*"))
                        .forEach(urls::add);
            }
        });
        urls.add("/search?q=zebracrossing");
        urls.add("/search?q=Quagmire");
        urls.add("/search?q=lighthouse");
        return new ArrayList<>(urls);
    }

    @Test
    void noPublicRouteCarriesThePartTwoItem() throws Exception {
        List<String> routes = publicGetRoutes();
        assertThat(routes)
                .contains(
                        "/meetings/" + key,
                        "/meetings/" + key + "/pack.pdf",
                        "/api/meetings/" + key,
                        "/meetings.ics",
                        "/documents/" + exemptDocument,
                        "/boards/HSC-PPB");
        int answered = 0;
        boolean sawOpenPaper = false;
        for (String route : routes) {
            MvcResult r = mvc.perform(get(route)).andReturn();
            if (r.getResponse().getStatus() != 200) {
                continue;
            }
            answered++;
            String body = body(r);
            assertThat(body).as(route).doesNotContain(SECRET).doesNotContain(SECRET_TEXT);
            sawOpenPaper |= body.contains(OPEN_TEXT) || body.contains("Lighthouse refurbishment");
        }
        assertThat(answered).as("public routes answered").isGreaterThan(15);
        assertThat(sawOpenPaper).as("the Part I paper is public").isTrue();
        assertThat(mvc.perform(get("/documents/" + exemptDocument))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/documents/" + openDocument))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theSearchFindsTheExemptPaperOnlyForTheBoardsMembersAndOfficers() throws Exception {
        for (var who : List.of(
                httpBasic("councillor", "councillor-demo-pass"),
                httpBasic("officer", "officer-demo-pass"),
                httpBasic("admin", "admin-demo-pass"))) {
            assertThat(mvc.perform(get("/search?q=zebracrossing").with(who))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .contains(SECRET);
        }
        String otherBoard = mvc.perform(
                        get("/search?q=zebracrossing").with(httpBasic("exempt.cypf", "exempt-cypf-member-pass")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(otherBoard).contains("0 results").doesNotContain(SECRET);
        String visitor = mvc.perform(get("/search?q=zebracrossing"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(visitor).contains("0 results").doesNotContain(SECRET);
        assertThat(mvc.perform(get("/search?q=lighthouse"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Lighthouse refurbishment");
    }

    @Test
    void theBoardsMembersAndOfficersSeeThePartTwoItemOnTheMeetingPage() throws Exception {
        for (var who : List.of(
                httpBasic("councillor", "councillor-demo-pass"),
                httpBasic("officer", "officer-demo-pass"),
                httpBasic("admin", "admin-demo-pass"))) {
            String html = mvc.perform(get("/meetings/" + key).with(who))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).contains(SECRET, "Part II: exempt under paragraph 3 of Schedule 12A");
            assertThat(mvc.perform(get("/documents/" + exemptDocument).with(who))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
        }
        var otherBoard = httpBasic("exempt.cypf", "exempt-cypf-member-pass");
        assertThat(mvc.perform(get("/meetings/" + key).with(otherBoard))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Lighthouse refurbishment")
                .doesNotContain(SECRET);
        assertThat(mvc.perform(get("/documents/" + exemptDocument).with(otherBoard))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private static String body(MvcResult r) throws Exception {
        String type = r.getResponse().getContentType();
        byte[] bytes = r.getResponse().getContentAsByteArray();
        if (type != null && type.startsWith("application/pdf")) {
            try (var doc = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(doc);
            }
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
}
