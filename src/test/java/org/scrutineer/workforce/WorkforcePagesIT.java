package org.scrutineer.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.workforce.domain.Workforce;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The SC-WRES pages, import and API against the demo return and returns each test makes for its own year. */
@ScrutineerTest
class WorkforcePagesIT {
    static final String COUNCIL = "Halton Borough Council";

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkforceReturns returns;

    @Autowired
    AuditTrail audit;

    long demo() {
        return returns.find(COUNCIL, "2024/25", Workforce.ADULT).orElseThrow();
    }

    String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder asOfficer(MockHttpServletRequestBuilder r) {
        return r.with(user("officer").roles("OFFICER")).with(csrf());
    }

    static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            String path, MockMultipartFile file) {
        var r = multipart(path).file(file);
        r.with(user("officer").roles("OFFICER")).with(csrf());
        return r;
    }

    /** The demo return's counts as form fields, with the fitness-to-practise row as given. */
    static Map<String, String> form(String year, String ftpWhite, String ftpMinority, String ftpTotal) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("year", year);
        f.put("workforce", "ADULT");
        String[] g = {"white", "mixed", "asian", "black", "other", "not-known"};
        put(f, "staff", g, 800, 14, 18, 22, 8, 47);
        put(f, "shortlisted", g, 320, 8, 12, 14, 6, 10);
        put(f, "appointed", g, 91, 1, 2, 2, 0, 3);
        put(f, "regulated", g, 150, 2, 4, 5, 1, 8);
        f.put("c-fitness-to-practise-white", ftpWhite);
        f.put("c-fitness-to-practise-mixed", ftpMinority);
        for (String other : new String[] {"asian", "black", "other", "not-known"}) {
            f.put("c-fitness-to-practise-" + other, "0");
        }
        f.put("c-fitness-to-practise-total", ftpTotal);
        return f;
    }

    static void put(Map<String, String> f, String measure, String[] groups, int... counts) {
        for (int i = 0; i < groups.length; i++) {
            f.put("c-" + measure + "-" + groups[i], String.valueOf(counts[i]));
        }
    }

    static MockHttpServletRequestBuilder postForm(String path, Map<String, String> form) {
        MockHttpServletRequestBuilder r = asOfficer(post(path));
        form.forEach(r::param);
        return r;
    }

    @Test
    void thePublishedDemoReportShowsHaltonsPrintedLikelihoodsBesideTheNationalOnesSuppressedWhereSmall()
            throws Exception {
        String visitor = page(get("/workforce/returns/" + demo()));
        assertThat(visitor)
                .contains(
                        "0.44",
                        "56% less likely",
                        "Consider monitoring and priority for policy action",
                        "0.54",
                        "1.00",
                        "equally likely",
                        "1.19",
                        "not provided",
                        "fewer than 5",
                        "withheld: it rests on fewer than 5 people",
                        "Demo data: Halton",
                        "href=\"/meetings/hsc-2025-09-23\"",
                        "Agenda item 4(C)",
                        "Progress: Red; direction: N/A",
                        "Progress: Green; direction: N/A");
        assertThat(visitor).doesNotContain("Check of the return", "Mixed or multiple ethnic groups");
        String officer =
                page(get("/workforce/returns/" + demo()).with(user("officer").roles("OFFICER")));
        // turnover (3 minoritised leavers) and fitness to practise (2 white entrants) rest on fewer than 5 people:
        // withheld for visitors
        assertThat(officer)
                .contains(
                        "0.35",
                        "65% less likely",
                        "Check of the return",
                        "The counts agree with each other",
                        "Indicator 6 (Harassment, bullying or abuse from people who use services, relatives or the public): not provided",
                        "Mixed or multiple ethnic groups");
        assertThat(page(get("/workforce/returns/" + demo() + "?grouping=national")))
                .contains("Less than £30,000", "£70,000 and over");
        assertThat(page(get("/workforce"))).contains("Adult social care, 2024/25", "Demo data");
        assertThat(page(get("/workforce/national"))).contains("0.54", "constant panel");
    }

    /** Halton's fitness-to-practise count of 2 that came back as 12 (2 white, 10 minoritised), entered and flagged, then corrected. */
    @Test
    void anOfficerEntersAReturnWithTheSeedsDiscrepancyItIsFlaggedAndCannotBePublishedUntilCorrected() throws Exception {
        String year = "2019/20";
        String location = mvc.perform(postForm("/workforce/returns", form(year, "2", "10", "2")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String report = page(get(location).with(user("officer").roles("OFFICER")));
        assertThat(report)
                .contains(
                        "The check found 2 errors",
                        "the groups add up to 12 (White 2, Mixed or multiple ethnic groups 10, Asian or Asian British 0, "
                                + "Black, African, Caribbean or Black British 0, Other ethnic group 0, Not known 0) but the total given is 2",
                        "(Mixed or multiple ethnic groups, 10) is more than regulated profession staff (2)");
        // a draft is not public
        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(asOfficer(post("/workforce/returns/" + id + "/publish"))).andExpect(status().is3xxRedirection());
        assertThat(returns.byId(id).orElseThrow().published()).isFalse();

        mvc.perform(postForm("/workforce/returns", form(year, "2", "0", "2"))).andExpect(status().is3xxRedirection());
        assertThat(page(get(location).with(user("officer").roles("OFFICER"))))
                .contains("The counts agree with each other");
        mvc.perform(asOfficer(post("/workforce/returns/" + id + "/publish"))).andExpect(status().is3xxRedirection());
        assertThat(returns.byId(id).orElseThrow().published()).isTrue();
        assertThat(page(get(location))).contains("0.44", "Published on");
        assertThat(audit.forScope(WorkforceEquality.scope(id)))
                .extracting(e -> e.action())
                .contains("create", "update");
        // published figures do not change
        assertThat(page(postForm("/workforce/returns", form(year, "3", "0", "3"))))
                .contains("is published: its figures cannot change");
    }

    @Test
    void aCountThatIsNotAWholeNumberIsNamedOnTheForm() throws Exception {
        Map<String, String> f = form("2018/19", "2", "0", "2");
        f.put("c-appointed-asian", "two");
        f.put("year", "2018");
        String page = page(postForm("/workforce/returns", f));
        assertThat(page)
                .contains(
                        "There is a problem",
                        "Appointed from shortlist, Asian or Asian British: enter a whole number of 0 or more",
                        "Enter the year of the return as YYYY/YY",
                        "href=\"#c-appointed-asian\"");
        assertThat(returns.find(COUNCIL, "2018", Workforce.ADULT)).isEmpty();
    }

    @Test
    void anImportIsWholeFileOrNothingWithEveryRowErrorListed() throws Exception {
        String bad =
                "measure,white,mixed,asian,black,other,not-known,total\nstaff,800,14,18,22,8,47,\nrecruits,1,1,1,1,1,1,\nleavers,-3,0,0,x,0,0,\n";
        String page =
                page(upload("/workforce/import", new MockMultipartFile("file", "bad.csv", "text/csv", bad.getBytes()))
                        .param("year", "2017/18")
                        .param("workforce", "ADULT"));
        assertThat(page)
                .contains(
                        "was not imported: 3 errors",
                        "&#39;recruits&#39; is not a measure",
                        "&#39;-3&#39; is not a count");
        assertThat(returns.find(COUNCIL, "2017/18", Workforce.ADULT)).isEmpty();

        String good =
                "measure,white,mixed,asian,black,other,not-known,total\nstaff,800,14,18,22,8,47,909\nleavers,111,0,1,2,0,6,\n";
        mvc.perform(upload("/workforce/import", new MockMultipartFile("file", "good.csv", "text/csv", good.getBytes()))
                        .param("year", "2017/18")
                        .param("workforce", "ADULT"))
                .andExpect(status().is3xxRedirection());
        assertThat(returns.find(COUNCIL, "2017/18", Workforce.ADULT)).isPresent();
    }

    @Test
    void theApiImportsAnswersProblemsAndHidesDrafts() throws Exception {
        String good =
                "measure,white,mixed,asian,black,other,not-known,total\nstaff,800,14,18,22,8,47,909\nleavers,111,0,1,2,0,6,\n";
        String created = mvc.perform(upload(
                                "/api/workforce/returns",
                                new MockMultipartFile("file", "r.csv", "text/csv", good.getBytes()))
                        .param("year", "2016/17")
                        .param("workforce", "adult"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(created).contains("\"errors\":0");
        long id = returns.find(COUNCIL, "2016/17", Workforce.ADULT).orElseThrow();
        var draft = mvc.perform(get("/api/workforce/returns/" + id))
                .andExpect(status().isNotFound())
                .andReturn()
                .getResponse();
        assertThat(draft.getContentType()).startsWith("application/problem+json");
        var refused = mvc.perform(upload(
                                "/api/workforce/returns",
                                new MockMultipartFile(
                                        "file",
                                        "r.csv",
                                        "text/csv",
                                        "measure,white,mixed,asian,black,other,not-known,total\nstaff,a,1,1,1,1,1,\n"
                                                .getBytes()))
                        .param("year", "2015/16")
                        .param("workforce", "adult"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse();
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"column\":\"white\"");
        mvc.perform(upload(
                                "/api/workforce/returns",
                                new MockMultipartFile("file", "r.csv", "text/csv", good.getBytes()))
                        .param("year", "2015/16")
                        .param("workforce", "everyone"))
                .andExpect(status().isBadRequest());
        String open = mvc.perform(get("/api/workforce/returns/" + demo()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(open)
                .contains("\"likelihood\":\"0.44\"", "\"suppressed\":true", "fewer than 5")
                .doesNotContain("\"findings\":[{");
        assertThat(mvc.perform(get("/api/workforce/national"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"value\":\"1.19\"");
    }

    @Test
    void yearOnYearComparesWithTheCouncilsEarlierReturn() throws Exception {
        mvc.perform(postForm("/workforce/returns", form("2012/13", "2", "0", "2")))
                .andExpect(status().is3xxRedirection());
        Map<String, String> later = form("2013/14", "2", "0", "2");
        put(
                later,
                "appointed",
                new String[] {"white", "mixed", "asian", "black", "other", "not-known"},
                91,
                3,
                3,
                3,
                1,
                3);
        mvc.perform(postForm("/workforce/returns", later)).andExpect(status().is3xxRedirection());
        long id = returns.find(COUNCIL, "2013/14", Workforce.ADULT).orElseThrow();
        // appointed: 10 of 40 minoritised against 91 of 320 white is 0.88, from 0.44 the year before
        assertThat(page(get("/workforce/returns/" + id).with(user("officer").roles("OFFICER"))))
                .contains("Since 2012/13", "Nearer equality, from 0.44 to 0.88", "Progress: Green; direction: Green");
    }

    @Test
    void anOfficerAddsAndUpdatesAnActionAuditedAndAMemberCannot() throws Exception {
        String action = "Pilot anonymised shortlisting " + System.nanoTime();
        mvc.perform(asOfficer(post("/workforce/actions"))
                        .param("indicator", "2")
                        .param("action", action)
                        .param("lead", "Head of HR")
                        .param("due", "2026-03-31"))
                .andExpect(status().is3xxRedirection());
        var added = returns.actions().stream()
                .filter(a -> a.action().equals(action))
                .findFirst()
                .orElseThrow();
        assertThat(page(asOfficer(post("/workforce/actions/" + added.id()))
                        .param("status", "ON_COURSE")
                        .param("due", "31/03/2026")))
                .contains("Enter the due date as YYYY-MM-DD");
        mvc.perform(asOfficer(post("/workforce/actions/" + added.id()))
                        .param("status", "ON_COURSE")
                        .param("lead", "Head of HR")
                        .param("due", "2026-03-31")
                        .param("note", "Panel trained"))
                .andExpect(status().is3xxRedirection());
        var after = returns.action(added.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ProgressStatus.ON_COURSE);
        assertThat(after.progress()).extracting(WorkforceReturns.Progress::note).containsExactly("Panel trained");
        assertThat(audit.forScope("workforce-action:" + added.id())).hasSize(3);
        assertThat(page(get("/workforce/actions")))
                .contains(action, "Panel trained", "Action plan submission window", "reverse mentoring");
        mvc.perform(post("/workforce/actions")
                        .with(user("c").roles("MEMBER"))
                        .with(csrf())
                        .param("indicator", "2")
                        .param("action", "x"))
                .andExpect(status().isForbidden());
    }
}
