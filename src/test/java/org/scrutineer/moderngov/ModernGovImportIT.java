package org.scrutineer.moderngov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.support.HostileFiles;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ModernGov site served on loopback (the JDK's HttpServer) in the shapes real sites answer: Scrutineer imports it,
 * imports it again without duplicates, keeps a cancelled meeting as cancelled and a restricted item away from the
 * public, names an HTML answer as a problem, and refuses a host that is not on the allow-list.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModernGovImportIT {
    static final long COMMITTEE = 880_000 + (System.nanoTime() & 0xFFF);
    static final String SECRET_TITLE = "Quincebrook depot disposal";
    static final String SECRET_WORD = "zephyrinemarmalade";
    static final String OPEN_TITLE = "Library opening hours review";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    HttpServer server;
    String base;
    final Map<String, byte[]> answers = new ConcurrentHashMap<>();

    @BeforeAll
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            byte[] body = answers.get(path + (query == null ? "" : "?" + query));
            if (body == null) {
                body = answers.get(path);
            }
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders()
                        .add("Content-Type", path.endsWith(".pdf") ? "application/pdf" : "text/xml; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/site";
        String ws = "/site/mgWebService.asmx/";
        put(ws + "GetCommittees", """
                <?xml version="1.0" encoding="utf-8"?>
                <committees><committeescount> 2</committeescount>
                  <committee><committeeid> %d</committeeid><committeetitle>Example Place Scrutiny Board</committeetitle>
                    <committeedeleted>False</committeedeleted><committeeexpired> </committeeexpired><committeecategory>Scrutiny</committeecategory></committee>
                  <committee><committeeid>%d</committeeid><committeetitle>Abolished Panel</committeetitle>
                    <committeedeleted>True</committeedeleted><committeeexpired>True</committeeexpired></committee>
                </committees>""".formatted(COMMITTEE, COMMITTEE + 1));
        put(ws + "GetMeetings", """
                <getmeetings><committee><committeeid>%d</committeeid><committeetitle>Example Place Scrutiny Board</committeetitle>
                  <meetings><meetingscount> 3</meetingscount>
                    <meeting><meetingid>%d</meetingid><meetingdate>14/10/2026</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>
                    <meeting><meetingid>%d</meetingid><meetingdate>02/12/2026</meetingdate><meetingstatus>Cancelled</meetingstatus><meetingtime>6.30 pm</meetingtime></meeting>
                    <meeting><meetingid>%d</meetingid><meetingdate>09/12/2026</meetingdate><meetingstatus>Confirmed</meetingstatus><meetingtime>2.00 pm</meetingtime></meeting>
                  </meetings></committee></getmeetings>""".formatted(COMMITTEE, COMMITTEE * 10 + 1, COMMITTEE * 10 + 2, COMMITTEE * 10 + 3));
        put(ws + "GetMeeting?lMeetingId=" + (COMMITTEE * 10 + 1), """
                <meeting><meetingid>%d</meetingid><meetingdate>14/10/2026</meetingdate><meetingtime>10.00 am</meetingtime>
                  <meetingstatus>Confirmed</meetingstatus><location>Committee Room 1, Civic Offices</location>
                  <meetingplannedfinish>12.00 pm</meetingplannedfinish><agendapublished>True</agendapublished><minutepublished>True</minutepublished>
                  <agendaitems>
                    <agendaitem><agendaitemid>%d</agendaitemid><agendaitemtitle>%s</agendaitemtitle><fulldisplaynumberformat>3.</fulldisplaynumberformat>
                      <isrestricted>False</isrestricted><agendatext>&lt;p class=MsoNormal&gt;The board reviews the hours.&lt;o:p&gt;&lt;/o:p&gt;&lt;/p&gt;</agendatext>
                      <minutesnonemptyhtmlbody>&lt;p&gt;The board discussed lanternfish opening hours.&lt;/p&gt;&lt;p&gt;RESOLVED: noted.&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</minutesnonemptyhtmlbody>
                      <linkeddocuments>
                        <linkeddocument><attachmentid>%d</attachmentid><title>Opening hours report</title><url>/site/documents/s1/report.pdf</url>
                          <isrestricted>False</isrestricted><publicationdate>06/10/2026</publicationdate></linkeddocument>
                        <linkeddocument><attachmentid>%d</attachmentid><title>Appendix missing</title><url>/site/documents/s2/gone.pdf</url>
                          <isrestricted>False</isrestricted><publicationdate>06/10/2026</publicationdate></linkeddocument>
                      </linkeddocuments></agendaitem>
                    <agendaitem><agendaitemid>%d</agendaitemid><agendaitemtitle>%s</agendaitemtitle><fulldisplaynumberformat>4.</fulldisplaynumberformat>
                      <isrestricted>True</isrestricted><agendatext> </agendatext>
                      <minutesnonemptyhtmlbody>&lt;p&gt;The %s bid was accepted.&lt;/p&gt;</minutesnonemptyhtmlbody>
                      <linkeddocuments><linkeddocument><attachmentid>%d</attachmentid><title>Exempt valuation</title><url>/site/documents/s3/secret.pdf</url>
                          <isrestricted>True</isrestricted><publicationdate>06/10/2026</publicationdate></linkeddocument></linkeddocuments></agendaitem>
                  </agendaitems>
                  <attendees>
                    <attendee><name>Councillor Ada Example</name><roledescription>Chair</roledescription><attendance>Present</attendance><politicalparty>Independent</politicalparty><ward> </ward></attendee>
                    <attendee><name>Councillor Ben Example</name><roledescription>Member</roledescription><attendance>Apologies</attendance><politicalparty> </politicalparty><ward>North</ward></attendee>
                  </attendees>
                </meeting>""".formatted(
                        COMMITTEE * 10 + 1,
                        COMMITTEE * 100 + 1,
                        OPEN_TITLE,
                        COMMITTEE * 1000 + 1,
                        COMMITTEE * 1000 + 2,
                        COMMITTEE * 100 + 2,
                        SECRET_TITLE,
                        SECRET_WORD,
                        COMMITTEE * 1000 + 3));
        put(ws + "GetMeeting?lMeetingId=" + (COMMITTEE * 10 + 2), """
                <meeting><meetingid>%d</meetingid><meetingdate>02/12/2026</meetingdate><meetingtime>6.30 pm</meetingtime>
                  <meetingstatus>Cancelled</meetingstatus><location> </location><agendapublished>False</agendapublished><minutepublished>False</minutepublished>
                  <agendaitems></agendaitems><attendees></attendees></meeting>""".formatted(COMMITTEE * 10 + 2));
        put(
                ws + "GetMeeting?lMeetingId=" + (COMMITTEE * 10 + 3),
                "<!DOCTYPE html><html><head><title>Error</title></head><body>Runtime error</body></html>");
        answers.put("/site/documents/s1/report.pdf", HostileFiles.pdfOfText(1, "The opening hours report."));
        put("/html/mgWebService.asmx/GetCommittees", "<!DOCTYPE html>\n<html><body>Please sign in</body></html>");
    }

    private void put(String path, String body) {
        answers.put(path, body.getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    void stop() {
        server.stop(0);
    }

    private MvcResult importAs(String user, String password, String body) throws Exception {
        return mvc.perform(post("/api/imports/moderngov")
                        .with(httpBasic(user, password))
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn();
    }

    private String request(String baseUrl) {
        return "{\"baseUrl\": \"" + baseUrl + "\", \"from\": \"2026-01-01\", \"to\": \"2026-12-31\"}";
    }

    private int count(String sql) {
        return jdbc.sql(sql).param("c", COMMITTEE).query(Integer.class).single();
    }

    @Test
    void importsOnceHowEverOftenItIsAskedAndKeepsRestrictedItemsFromThePublic() throws Exception {
        MvcResult first = importAs("admin", "admin-demo-pass", request(base));
        assertThat(first.getResponse().getStatus())
                .as(first.getResponse().getContentAsString())
                .isEqualTo(200);
        JsonNode summary = json.readTree(first.getResponse().getContentAsString());
        assertThat(summary.path("committees").asInt()).isEqualTo(1); // the deleted one is not followed
        assertThat(summary.path("meetings").asInt()).isEqualTo(2);
        assertThat(summary.path("cancelled").asInt()).isEqualTo(1);
        assertThat(summary.path("items").asInt()).isEqualTo(2);
        assertThat(summary.path("documents").path("downloaded").asInt()).isEqualTo(1);
        assertThat(summary.path("documents").path("linked").asInt()).isEqualTo(2);
        assertThat(summary.path("problems").toString())
                .contains("HTML page")
                .contains("Appendix missing")
                .contains("HTTP 404");

        String meetingsOfBoard =
                "select count(*) from meeting m join board b on b.id = m.board_id where b.code = 'MG-' || :c";
        String itemsOfBoard =
                "select count(*) from agenda_item i join meeting m on m.id = i.meeting_id join board b on b.id = m.board_id where b.code = 'MG-' || :c";
        String papersOfBoard =
                "select count(*) from item_document d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id "
                        + "join board b on b.id = m.board_id where b.code = 'MG-' || :c";
        assertThat(count(meetingsOfBoard)).isEqualTo(2);
        assertThat(count(itemsOfBoard)).isEqualTo(2);
        assertThat(count(papersOfBoard)).isEqualTo(1);

        MvcResult again = importAs("admin", "admin-demo-pass", request(base));
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(again.getResponse().getContentAsString())
                        .path("meetings")
                        .asInt())
                .isEqualTo(2);
        assertThat(count(meetingsOfBoard)).isEqualTo(2);
        assertThat(count(itemsOfBoard)).isEqualTo(2);
        assertThat(count(papersOfBoard)).isEqualTo(1);
        assertThat(count("select count(*) from board where code like 'MG-' || :c || '%'"))
                .isEqualTo(1);

        String held = "mg-" + COMMITTEE + "-2026-10-14";
        String cancelled = "mg-" + COMMITTEE + "-2026-12-02";
        assertThat(jdbc.sql("select status from meeting where key = :k")
                        .param("k", cancelled)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
        assertThat(jdbc.sql("select status from meeting where key = :k")
                        .param("k", held)
                        .query(String.class)
                        .single())
                .isEqualTo("HELD");

        String page =
                mvc.perform(get("/meetings/" + held)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains(OPEN_TITLE)
                .contains("lanternfish")
                // the agenda's own text under the item, cleaned of Word's markup
                .contains("On the agenda:", "The board reviews the hours.")
                .doesNotContain("MsoNormal")
                .contains("Committee Room 1, Civic Offices")
                .contains("Councillor Ada Example")
                .doesNotContain(SECRET_TITLE)
                .doesNotContain(SECRET_WORD)
                .doesNotContain("Exempt valuation")
                .doesNotContain("<script>alert");
        String member = mvc.perform(get("/meetings/" + held).with(httpBasic("officer", "officer-demo-pass")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(member).contains(SECRET_TITLE);

        assertThat(mvc.perform(get("/meetings")).andReturn().getResponse().getContentAsString())
                .contains("Example Place Scrutiny Board");
        assertThat(mvc.perform(get("/meetings.ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .replace("\r\n ", ""))
                .contains("Example Place Scrutiny Board");
        String found = mvc.perform(get("/search").param("q", "lanternfish").with(r -> {
                    r.setRemoteAddr("10.88.0.1");
                    return r;
                }))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains(OPEN_TITLE);
        String hidden = mvc.perform(get("/search").param("q", SECRET_WORD).with(r -> {
                    r.setRemoteAddr("10.88.0.2");
                    return r;
                }))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hidden).doesNotContain(SECRET_TITLE);
        assertThat(mvc.perform(get("/api/meetings/" + held))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(OPEN_TITLE)
                .doesNotContain(SECRET_TITLE)
                .doesNotContain(SECRET_WORD);
    }

    /** The open data and the board's feed carry the imported meeting's public items only, in valid shapes. */
    @Test
    void openDataAndTheBoardsFeedShowOnlyWhatIsPublic() throws Exception {
        assertThat(importAs("admin", "admin-demo-pass", request(base))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        String held = "mg-" + COMMITTEE + "-2026-10-14";
        JsonNode events = json.readTree(mvc.perform(get("/api/opendata/events").accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode event = null;
        for (JsonNode e : events) {
            if (e.path("id").asString().endsWith("/" + held)) {
                event = e;
            }
        }
        assertThat(event).isNotNull();
        assertThat(event.path("status").asString()).isEqualTo("passed");
        assertThat(event.path("start_date").asString()).isEqualTo("2026-10-14T10:00:00+01:00");
        assertThat(event.path("agenda").toString())
                .contains(OPEN_TITLE)
                .doesNotContain(SECRET_TITLE)
                .doesNotContain(SECRET_WORD);
        assertThat(event.path("participants").toString())
                .contains("Councillor Ada Example")
                .contains("apologies");
        assertThat(events.toString()).doesNotContain(SECRET_TITLE).doesNotContain(SECRET_WORD);
        assertThat(mvc.perform(get("/api/opendata/organizations"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("ocd-organization/scrutineer/board/MG-" + COMMITTEE)
                .contains("Example Place Scrutiny Board");
        assertThat(mvc.perform(get("/api/opendata/people"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Councillor Ada Example");
        assertThat(mvc.perform(get("/api/opendata/memberships"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        // the board's page links its feed
        assertThat(mvc.perform(get("/boards/MG-" + COMMITTEE))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/boards/MG-" + COMMITTEE + "/feed.rss\"");
        MvcResult feed =
                mvc.perform(get("/boards/MG-" + COMMITTEE + "/feed.rss")).andReturn();
        assertThat(feed.getResponse().getContentType()).startsWith("application/rss+xml");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var rss = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.getResponse().getContentAsByteArray()));
        var channel = (org.w3c.dom.Element) rss.getElementsByTagName("channel").item(0);
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        for (String required : new String[] {"title", "link", "description"}) {
            assertThat(channel.getElementsByTagName(required).getLength())
                    .as(required)
                    .isPositive();
        }
        var items = rss.getElementsByTagName("item");
        assertThat(items.getLength())
                .isEqualTo(2); // the agenda and the minutes of the held meeting; the cancelled one had no agenda
        for (int k = 0; k < items.getLength(); k++) {
            var item = (org.w3c.dom.Element) items.item(k);
            assertThat(item.getElementsByTagName("guid").getLength()).isEqualTo(1);
            String date = item.getElementsByTagName("pubDate").item(0).getTextContent();
            java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
        }
        assertThat(feed.getResponse().getContentAsString()).doesNotContain(SECRET_TITLE);
        assertThat(mvc.perform(get("/boards/NO-SUCH-BOARD/feed.rss"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aHostNotOnTheAllowListIsRefusedBeforeAnythingIsFetched() throws Exception {
        MvcResult r = importAs("admin", "admin-demo-pass", request("https://democracy.example.gov.uk"));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(r.getResponse().getContentAsString())
                .contains("democracy.example.gov.uk")
                .contains("allowed-hosts");
        MvcResult file = importAs("admin", "admin-demo-pass", request("file:///etc/passwd"));
        assertThat(file.getResponse().getStatus()).isEqualTo(400);
        assertThat(file.getResponse().getContentAsString()).contains("only http and https");
        assertThat(jdbc.sql(
                                "select count(*) from moderngov_source where base_url like '%example.gov.uk%' or base_url like 'file:%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyAdminsMayImport() throws Exception {
        MvcResult officer = importAs("officer", "officer-demo-pass", request(base));
        assertThat(officer.getResponse().getStatus()).isEqualTo(403);
        assertThat(officer.getResponse().getContentType()).startsWith("application/problem+json");
        MvcResult visitor = mvc.perform(post("/api/imports/moderngov")
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content(request(base)))
                .andReturn();
        assertThat(visitor.getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anHtmlPageForTheCommitteesIsASiteThatCannotBeRead() throws Exception {
        String html = "http://127.0.0.1:" + server.getAddress().getPort() + "/html";
        MvcResult r = importAs("admin", "admin-demo-pass", request(html));
        assertThat(r.getResponse().getStatus()).isEqualTo(502);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(r.getResponse().getContentAsString()).contains("HTML page");
        MvcResult down = importAs("admin", "admin-demo-pass", request("http://127.0.0.1:1/site"));
        assertThat(down.getResponse().getStatus()).isEqualTo(502);
    }

    @Test
    void badFieldsAreNamed() throws Exception {
        MvcResult r = importAs(
                "admin",
                "admin-demo-pass",
                "{\"baseUrl\": \"" + base + "\", \"from\": \"01/01/2026\", \"to\": \"2025-01-01\"}");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("\"field\":\"from\"");
    }
}
