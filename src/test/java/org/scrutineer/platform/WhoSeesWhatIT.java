package org.scrutineer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.assurance.Assessments;
import org.scrutineer.assurance.domain.Assessment;
import org.scrutineer.improvement.ImprovementPlans;
import org.scrutineer.improvement.domain.ImprovementItem;
import org.scrutineer.meetings.AgendaPacks;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.PaperRenderer;
import org.scrutineer.meetings.domain.AgendaItem;
import org.scrutineer.performance.Figures;
import org.scrutineer.performance.PerformanceRepository;
import org.scrutineer.performance.PriorityReports;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.MilestoneProgress;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Symbol;
import org.scrutineer.performance.domain.ValueStatus;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.security.Accounts;
import org.scrutineer.platform.security.Role;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who sees what, route by route: every route Spring maps is asked for by five people (a visitor, a member of the
 * Health and Social Care board, a member of another board, an officer and an admin), with its path filled from records
 * of the right board, and each answer is held to the one rule: officers and admins see everything; a member sees the
 * drafts and exempt (Part II) material of the boards they sit on; everyone sees what is published and Part I.
 * <p>
 * Each board gets, for this test, a published meeting with a Part I and a Part II item (each with its paper), a meeting
 * whose agenda is not yet published, an indicator with a provisional figure no report has published, an objective with
 * progress for an unpublished quarter, and an improvement item linked to the indicator. Each carries a marker word; an
 * answer may carry a marker only if the person asking may see it, and the answers that show a thing carry it for
 * everyone who may.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhoSeesWhatIT {
    static final String HSC = "HSC-PPB";
    static final String CYPF = "CYPF-PPB";

    /** The five people. The member of the board sits on HSC-PPB (the demo councillor); the other member on CYPF-PPB. */
    enum Who {
        VISITOR(null, null, null),
        MEMBER_OF_THE_BOARD("councillor", "councillor-demo-pass", HSC),
        MEMBER_OF_ANOTHER_BOARD("walk.cypf", "walk-cypf-member-pass", CYPF),
        OFFICER("officer", "officer-demo-pass", null),
        ADMIN("admin", "admin-demo-pass", null);

        final String username;
        final String password;
        final String sitsOn;

        Who(String username, String password, String sitsOn) {
            this.username = username;
            this.password = password;
            this.sitsOn = sitsOn;
        }

        boolean seesEverything() {
            return this == OFFICER || this == ADMIN;
        }

        boolean signedIn() {
            return this != VISITOR;
        }

        String shortName() {
            return switch (this) {
                case VISITOR -> "visitor";
                case MEMBER_OF_THE_BOARD -> "member";
                case MEMBER_OF_ANOTHER_BOARD -> "other";
                case OFFICER -> "officer";
                case ADMIN -> "admin";
            };
        }
    }

    /** Who may see a marker: everyone, every signed-in person (the council's own drafts), or those who may see a board's. */
    enum Reach {
        PUBLIC,
        COUNCIL,
        BOARD
    }

    /** A word (in one or more printed forms) that only some people may see. */
    record Marker(String name, Reach reach, String board, List<String> forms) {
        boolean visibleTo(Who who) {
            return switch (reach) {
                case PUBLIC -> true;
                case COUNCIL -> who.signedIn();
                case BOARD -> who.seesEverything() || board.equals(who.sitsOn);
            };
        }

        boolean in(String body) {
            String lower = body.toLowerCase(Locale.ROOT);
            return forms.stream().anyMatch(f -> lower.contains(f.toLowerCase(Locale.ROOT)));
        }
    }

    static Marker marker(String name, Reach reach, String board, String... forms) {
        return new Marker(name, reach, board, List.of(forms));
    }

    /** One board's records for this test, and their markers. */
    record BoardRecords(
            String code,
            String publishedKey,
            String draftKey,
            long openItem,
            long exemptItem,
            long draftItem,
            long openPaper,
            long exemptPaper,
            long draftPaper,
            String indicator,
            String objective,
            long improvementItem,
            Marker open,
            Marker exempt,
            Marker draft,
            Marker figure,
            Marker milestone,
            String openWord,
            String exemptWord,
            String draftWord) {}

    // the CYPF indicator's figure that a published report carries: public
    static final Marker PUBLISHED_FIGURE = marker("published CYPF figure", Reach.PUBLIC, null, "2,222.5", "2222.5");
    static final Marker DRAFT_RETURN = marker("draft SC-WRES return", Reach.COUNCIL, null, "2003/04");
    static final Marker DRAFT_ASSESSMENT = marker("draft assessment", Reach.COUNCIL, null, "Walkthrough Draft Council");
    static final Marker DRAFT_BENCHMARK =
            marker("draft benchmark indicator", Reach.COUNCIL, null, "Walkthrough draft benchmark");
    static final Marker PUBLIC_BENCHMARK =
            marker("approved benchmark indicator", Reach.PUBLIC, null, "Walkthrough approved benchmark");

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Boards boards;

    @Autowired
    Accounts accounts;

    @Autowired
    Meetings meetings;

    @Autowired
    AgendaPacks packs;

    @Autowired
    PaperRenderer papers;

    @Autowired
    PerformanceRepository performance;

    @Autowired
    Figures figures;

    @Autowired
    PriorityReports reports;

    @Autowired
    ImprovementPlans plans;

    @Autowired
    Assessments assessments;

    @Autowired
    org.scrutineer.benchmarking.BenchmarkImport benchmarkImport;

    @Autowired
    org.scrutineer.workforce.WorkforceReturns workforceReturns;

    BoardRecords hsc;
    BoardRecords cypf;
    long publishedAssessment;
    long draftAssessment;
    static final int DRAFT_INDICATOR = 91_000_001;
    static final int PUBLIC_INDICATOR = 91_000_002;
    long draftBatch;
    long publishedReturn;
    long draftReturn;
    final Map<Who, Cookie> sessions = new EnumMap<>(Who.class);

    @BeforeAll
    void recordsOfTwoBoards() throws Exception {
        accounts.create(
                Who.MEMBER_OF_ANOTHER_BOARD.username,
                "Cllr Walk (Children's board)",
                Who.MEMBER_OF_ANOTHER_BOARD.password,
                Role.MEMBER);
        accounts.grantBoard(Who.MEMBER_OF_ANOTHER_BOARD.username, CYPF);

        // HSC-PPB: the indicator and objective go in its Public Health area, with figures and progress only for
        // 2026/27, so
        // the demo's Q1 2025/26 report is unchanged
        long ph = jdbc.sql("select id from service_area where code = 'PH'")
                .query(Long.class)
                .single();
        hsc = board(
                HSC,
                "heron",
                "avocet",
                "sandpiper",
                "curlew",
                "hsc-2026-10-20",
                "hsc-2027-01-19",
                ph,
                "8642.137",
                "8,642.137");
        // CYPF-PPB has no service area in the demo
        long area = jdbc.sql(
                        "insert into service_area (code, name, board_id, position) values ('WALK-CYPF', 'Early help', :b, 90) returning id")
                .param("b", boards.byCode(CYPF).orElseThrow().id())
                .query(Long.class)
                .single();
        cypf = board(
                CYPF,
                "puffin",
                "kittiwake",
                "gannet",
                "plover",
                "cypf-2026-10-21",
                "cypf-2027-01-20",
                area,
                "7531.246",
                "7,531.246");

        publishedAssessment = assessments.all().stream()
                .filter(Assessment::isPublished)
                .findFirst()
                .orElseThrow()
                .id();
        draftAssessment = assessments.save(org.scrutineer.assurance.domain.AssessmentFixtures.anAssessment()
                .ofCouncil("Walkthrough Draft Council")
                .build());

        // benchmarking: one indicator a draft, one approved for public display, from files built for the test
        draftBatch = benchmarkImport
                .importFile(
                        "draft.csv",
                        new java.io.ByteArrayInputStream(org.scrutineer.benchmarking.FingertipsFiles.csv(
                                org.scrutineer.benchmarking.FingertipsFiles.quirky(
                                        DRAFT_INDICATOR, "Walkthrough draft benchmark"))))
                .importId();
        benchmarkImport.importFile(
                "approved.csv",
                new java.io.ByteArrayInputStream(org.scrutineer.benchmarking.FingertipsFiles.csv(
                        org.scrutineer.benchmarking.FingertipsFiles.quirky(
                                PUBLIC_INDICATOR, "Walkthrough approved benchmark"))));
        jdbc.sql("update benchmark_indicator set public_display = true where indicator_id = :id")
                .param("id", PUBLIC_INDICATOR)
                .update();

        publishedReturn = workforceReturns
                .find("Halton Borough Council", "2024/25", org.scrutineer.workforce.domain.Workforce.ADULT)
                .orElseThrow();
        draftReturn = workforceReturns.create(
                "Halton Borough Council", "2003/04", org.scrutineer.workforce.domain.Workforce.CHILDREN, "");

        for (Who who : Who.values()) {
            if (who.signedIn()) {
                MvcResult signIn = mvc.perform(post("/sign-in")
                                .with(csrf())
                                .param("username", who.username)
                                .param("password", who.password))
                        .andReturn();
                assertThat(signIn.getResponse().getRedirectedUrl())
                        .as("sign-in of " + who)
                        .isEqualTo("/");
                sessions.put(who, signIn.getResponse().getCookie("SESSION"));
                assertThat(sessions.get(who)).as("session of " + who).isNotNull();
            }
        }
    }

    private BoardRecords board(
            String code,
            String bird,
            String openWord,
            String exemptWord,
            String draftWord,
            String publishedKey,
            String draftKey,
            long area,
            String... figureForms) {
        Board b = boards.byCode(code).orElseThrow();
        String title = bird.substring(0, 1).toUpperCase(Locale.ROOT) + bird.substring(1);
        Marker open = marker(code + " Part I item", Reach.PUBLIC, code, bird + "open");
        Marker exempt = marker(code + " Part II item", Reach.BOARD, code, bird + "exempt");
        Marker draft = marker(code + " unpublished agenda", Reach.BOARD, code, bird + "draft");
        Marker figure = marker(code + " provisional figure", Reach.BOARD, code, figureForms);
        Marker milestone = marker(code + " unpublished milestone progress", Reach.BOARD, code, bird + "milestone");

        LocalDate held = LocalDate.parse(publishedKey.substring(publishedKey.indexOf('-') + 1));
        long published = meetings.create(aNewMeeting(publishedKey, b.id(), held).build());
        long openItem = meetings.addItem(published, item(title + "open review", AgendaItem.Part.I, null));
        long exemptItem = meetings.addItem(published, item(title + "exempt tender evaluation", AgendaItem.Part.II, 3));
        long openPaper =
                paper(openItem, title + "open review", "The " + openWord + " survey: " + bird + "open findings.");
        long exemptPaper = paper(
                exemptItem,
                title + "exempt tender evaluation",
                "The " + exemptWord + " bids: " + bird + "exempt prices.");
        meetings.saveMinutes(exemptItem, "The board considered the " + bird + "exempt bids in private.", List.of());
        meetings.setAgendaPublished(published, held.minusDays(11));
        packs.publish(meetings.byKey(publishedKey).orElseThrow(), "walk");

        LocalDate next = LocalDate.parse(draftKey.substring(draftKey.indexOf('-') + 1));
        long unpublished = meetings.create(aNewMeeting(draftKey, b.id(), next).build());
        long draftItem = meetings.addItem(unpublished, item(title + "draft budget proposals", AgendaItem.Part.I, null));
        long draftPaper = paper(
                draftItem,
                title + "draft budget proposals",
                "The " + draftWord + " options: " + bird + "draft savings.");

        String ref = "WALK-" + code.substring(0, code.indexOf('-'));
        jdbc.sql("""
                        insert into indicator (ref, service_area_id, measure, unit, polarity, position)
                        values (:r, :a, :m, 'COUNT', 'HIGHER_IS_BETTER', 90)""")
                .param("r", ref)
                .param("a", area)
                .param("m", title + " contacts")
                .update();
        var indicator = performance.indicator(ref).orElseThrow();
        if (code.equals(CYPF)) {
            // published in the board's Q1 2026/27 report, then a provisional Q2 figure that no report carries
            figures.saveFigure(
                    indicator, new Figure(Period.parse("Q1 2026/27"), new BigDecimal("2222.5"), ValueStatus.FINAL));
            reports.publish(b, Period.parse("Q1 2026/27"));
        }
        figures.saveFigure(
                indicator,
                new Figure(Period.parse("Q2 2026/27"), new BigDecimal(figureForms[0]), ValueStatus.PROVISIONAL));

        String objective = ref + "-OBJ";
        jdbc.sql(
                        "insert into objective (ref, service_area_id, title, milestone, position) values (:r, :a, :t, 'By March 2027', 90)")
                .param("r", objective)
                .param("a", area)
                .param("t", title + " objective")
                .update();
        figures.saveMilestoneProgress(
                performance.allObjectives().stream()
                        .filter(o -> o.ref().equals(objective))
                        .findFirst()
                        .orElseThrow(),
                "Q2 2026/27",
                new MilestoneProgress(Symbol.AMBER, "The " + bird + "milestone slipped a month."));

        // a stretch item, so that the plan's own items stay as the demo has them
        long improvementItem = plans.addItem(
                plans.latest().orElseThrow().id(),
                new ImprovementItem(
                        0,
                        ref + "-IMP",
                        1,
                        1,
                        title + " requirement",
                        List.of(),
                        "",
                        null,
                        null,
                        null,
                        "",
                        ref,
                        ProgressStatus.UNKNOWN,
                        true,
                        null,
                        "walk",
                        List.of()));

        return new BoardRecords(
                code,
                publishedKey,
                draftKey,
                openItem,
                exemptItem,
                draftItem,
                openPaper,
                exemptPaper,
                draftPaper,
                ref,
                objective,
                improvementItem,
                open,
                exempt,
                draft,
                figure,
                milestone,
                openWord,
                exemptWord,
                draftWord);
    }

    private static Meetings.NewItem item(String title, AgendaItem.Part part, Integer paragraph) {
        return new Meetings.NewItem("", title, part, paragraph, "REPORT", true, "", "", "", null, null);
    }

    private long paper(long item, String title, String text) {
        byte[] pdf = papers.render(new PaperRenderer.Paper(
                List.of(), title, "", List.of(new PaperRenderer.Section("Report", List.of(text)))));
        return meetings.addDocument(
                item, title, "REPORT", "paper.pdf", pdf, AgendaPacks.pageCount(pdf), AgendaPacks.text(pdf), "officer");
    }

    // ---- what each person is expected to get ----

    /**
     * An expected answer: a status code, "sign-in" (302 to the sign-in page, or 401 for the API), "redirect" (elsewhere),
     * or "same" (as the visitor's).
     */
    record Expect(Map<Who, String> answers) {
        String of(Who who) {
            return answers.get(who);
        }
    }

    static Expect expect(String visitor, String member, String other, String officer, String admin) {
        Map<Who, String> m = new EnumMap<>(Who.class);
        m.put(Who.VISITOR, visitor);
        m.put(Who.MEMBER_OF_THE_BOARD, member);
        m.put(Who.MEMBER_OF_ANOTHER_BOARD, other);
        m.put(Who.OFFICER, officer);
        m.put(Who.ADMIN, admin);
        return new Expect(m);
    }

    /** Public: the same answer for everyone. */
    static Expect everyone(String status) {
        return expect(status, status, status, status, status);
    }

    /** Any signed-in person; visitors are asked to sign in. */
    static Expect signedIn(String status) {
        return expect("sign-in", status, status, status, status);
    }

    /** A board's drafts behind sign-in: members of the board, officers and admins; "not found" for other members. */
    static Expect boardsDrafts(String board, String status) {
        return expect(
                "sign-in", board.equals(HSC) ? status : "404", board.equals(CYPF) ? status : "404", status, status);
    }

    /** A board's exempt or unpublished material at a public address: "not found" for the public and other members. */
    static Expect boardsOwn(String board, String status) {
        return expect("404", board.equals(HSC) ? status : "404", board.equals(CYPF) ? status : "404", status, status);
    }

    /** The council's own drafts (no one board's) at a public address: any signed-in person. */
    static Expect councilDrafts(String status) {
        return expect("404", status, status, status, status);
    }

    static Expect officers(String status) {
        return expect("sign-in", "403", "403", status, status);
    }

    static Expect admins(String status) {
        return expect("sign-in", "403", "403", "403", status);
    }

    /** One address to ask for, what each person should get, and the markers it shows to those who may see them. */
    record Case(String url, Expect expect, List<Marker> shows) {}

    private final Map<String, List<Case>> cases = new LinkedHashMap<>();

    private void route(String pattern, String url, Expect expect, Marker... shows) {
        cases.computeIfAbsent(pattern, k -> new ArrayList<>()).add(new Case(url, expect, List.of(shows)));
    }

    /** Routes of Spring's own (API description, error page): the same answer whoever asks. */
    private static boolean infrastructure(String pattern) {
        return pattern.startsWith("/api/openapi") || pattern.startsWith("/api/docs") || pattern.equals("/error");
    }

    private void expectations() {
        for (String p : List.of(
                "/",
                "/sign-in",
                "/accessibility",
                "/reports",
                "/api/reports",
                "/meetings",
                "/meetings.ics",
                "/boards",
                "/api/meetings",
                "/assurance/benchmark",
                "/improvement/report",
                "/improvement/report.pdf",
                "/api/opendata/organizations",
                "/api/opendata/people",
                "/api/opendata/memberships",
                "/api/opendata/events")) {
            route(p, p, everyone("200"));
        }
        route("/assurance", "/assurance", everyone("200"), DRAFT_ASSESSMENT);
        route("/improvement", "/improvement", everyone("200"));
        // workforce equality: published returns for everyone (suppressed where small), drafts for anyone signed in
        for (String p : List.of(
                "/workforce/national", "/workforce/actions", "/api/workforce/national", "/api/workforce/actions")) {
            route(p, p, everyone("200"));
        }
        route("/workforce", "/workforce", everyone("200"), DRAFT_RETURN);
        route("/api/workforce/returns", "/api/workforce/returns", everyone("200"), DRAFT_RETURN);
        route("/workforce/returns/{id}", "/workforce/returns/" + publishedReturn, everyone("200"));
        route("/workforce/returns/{id}", "/workforce/returns/" + draftReturn, councilDrafts("200"), DRAFT_RETURN);
        route("/workforce/returns/{id}.pdf", "/workforce/returns/" + publishedReturn + ".pdf", everyone("200"));
        route(
                "/workforce/returns/{id}.pdf",
                "/workforce/returns/" + draftReturn + ".pdf",
                councilDrafts("200"),
                DRAFT_RETURN);
        route("/api/workforce/returns/{returnId}", "/api/workforce/returns/" + publishedReturn, everyone("200"));
        route(
                "/api/workforce/returns/{returnId}",
                "/api/workforce/returns/" + draftReturn,
                councilDrafts("200"),
                DRAFT_RETURN);
        route("/workforce/returns/new", "/workforce/returns/new", officers("200"));
        route("/workforce/import", "/workforce/import", officers("200"));
        route("/assurance/assessments/{id}", "/assurance/assessments/" + publishedAssessment, everyone("200"));
        route(
                "/assurance/assessments/{id}",
                "/assurance/assessments/" + draftAssessment,
                councilDrafts("200"),
                DRAFT_ASSESSMENT);
        route(
                "/api/assurance/rating",
                "/api/assurance/rating?s1=3&s2=3&s3=3&s4=3&s5=3&s6=3&s7=3&s8=3&s9=3",
                everyone("200"));
        route("/assurance/self-assessment", "/assurance/self-assessment", signedIn("200"));
        route("/account/password", "/account/password", signedIn("200"));

        // Priority Based Reports: published for everyone, drafts for the board
        route("/reports/{board}/{quarter}", "/reports/HSC-PPB/q1-2025-26", everyone("200"));
        route("/reports/{board}/{quarter}", "/reports/CYPF-PPB/q1-2026-27", everyone("200"), PUBLISHED_FIGURE);
        route("/reports/{board}/{quarter}", "/reports/HSC-PPB/q2-2026-27", everyone("404"));
        route("/reports/{board}/{quarter}.pdf", "/reports/HSC-PPB/q1-2025-26.pdf", everyone("200"));
        route("/reports/{board}/{quarter}.pdf", "/reports/CYPF-PPB/q1-2026-27.pdf", everyone("200"), PUBLISHED_FIGURE);
        route("/api/reports/{board}/{quarter}", "/api/reports/HSC-PPB/q1-2025-26", everyone("200"));
        route("/api/reports/{board}/{quarter}", "/api/reports/CYPF-PPB/q1-2026-27", everyone("200"), PUBLISHED_FIGURE);
        route("/drafts", "/drafts?board=HSC-PPB&quarter=Q1%202025%2F26", boardsDrafts(HSC, "redirect"));
        route("/drafts", "/drafts?board=CYPF-PPB&quarter=Q2%202026%2F27", boardsDrafts(CYPF, "redirect"));
        for (BoardRecords b : List.of(hsc, cypf)) {
            String quarter = b.code().equals(HSC) ? "q1-2025-26" : "q2-2026-27";
            Marker[] shows = b.code().equals(HSC) ? new Marker[0] : new Marker[] {b.figure()};
            route(
                    "/drafts/{board}/{quarter}",
                    "/drafts/" + b.code() + "/" + quarter,
                    boardsDrafts(b.code(), "200"),
                    shows);
            route(
                    "/drafts/{board}/{quarter}.pdf",
                    "/drafts/" + b.code() + "/" + quarter + ".pdf",
                    boardsDrafts(b.code(), "200"),
                    shows);
            route(
                    "/api/drafts/{board}/{quarter}",
                    "/api/drafts/" + b.code() + "/" + quarter,
                    boardsDrafts(b.code(), "200"),
                    shows);
        }
        route("/drafts/{board}/{quarter}", "/drafts/HSC-PPB/q2-2026-27", boardsDrafts(HSC, "200"), hsc.figure());

        // indicators, objectives and their audit trails: the board's
        route("/indicators", "/indicators", signedIn("200"));
        route("/api/indicators", "/api/indicators", signedIn("200"));
        route("/objectives", "/objectives", signedIn("200"));
        route("/objectives", "/objectives?quarter=Q2%202026%2F27", signedIn("200"), hsc.milestone(), cypf.milestone());
        route("/indicators/{ref}", "/indicators/PH01a", boardsDrafts(HSC, "200"));
        route("/api/indicators/{ref}", "/api/indicators/PH01a", boardsDrafts(HSC, "200"));
        for (BoardRecords b : List.of(hsc, cypf)) {
            route("/indicators/{ref}", "/indicators/" + b.indicator(), boardsDrafts(b.code(), "200"), b.figure());
            route(
                    "/indicators/{ref}/audit",
                    "/indicators/" + b.indicator() + "/audit",
                    boardsDrafts(b.code(), "200"),
                    b.figure());
            route(
                    "/indicators/{ref}/figures/new",
                    "/indicators/" + b.indicator() + "/figures/new",
                    boardsDrafts(b.code(), "200"));
            route(
                    "/api/indicators/{ref}",
                    "/api/indicators/" + b.indicator(),
                    boardsDrafts(b.code(), "200"),
                    b.figure());
            route(
                    "/objectives/{ref}/audit",
                    "/objectives/" + b.objective() + "/audit",
                    boardsDrafts(b.code(), "200"),
                    b.milestone());
            // the improvement plan is public; the linked indicator's figures are as published unless the person may see
            // drafts
            route(
                    "/improvement/items/{id}",
                    "/improvement/items/" + b.improvementItem(),
                    everyone("200"),
                    b.code().equals(CYPF) ? new Marker[] {b.figure(), PUBLISHED_FIGURE} : new Marker[] {b.figure()});
        }

        // meetings: Part I of published agendas for everyone; Part II and unpublished agendas for the board
        for (BoardRecords b : List.of(hsc, cypf)) {
            route("/meetings/{key}", "/meetings/" + b.publishedKey(), everyone("200"), b.open(), b.exempt());
            route("/meetings/{key}", "/meetings/" + b.draftKey(), everyone("200"), b.draft());
            route("/api/meetings/{key}", "/api/meetings/" + b.publishedKey(), everyone("200"), b.open());
            route("/api/meetings/{key}", "/api/meetings/" + b.draftKey(), everyone("200"), b.draft());
            route("/meetings/{key}/pack.pdf", "/meetings/" + b.publishedKey() + "/pack.pdf", everyone("200"), b.open());
            route("/meetings/{key}/pack.pdf", "/meetings/" + b.draftKey() + "/pack.pdf", everyone("404"));
            route(
                    "/meetings/{key}/pack-preview.pdf",
                    "/meetings/" + b.draftKey() + "/pack-preview.pdf",
                    officers("200"),
                    b.draft());
            route(
                    "/meetings/{key}/items/{itemId}/report",
                    "/meetings/" + b.publishedKey() + "/items/" + b.exemptItem() + "/report",
                    officers("200"),
                    b.exempt());
            route("/documents/{id}", "/documents/" + b.openPaper(), everyone("200"), b.open());
            route("/documents/{id}", "/documents/" + b.exemptPaper(), boardsOwn(b.code(), "200"), b.exempt());
            route("/documents/{id}", "/documents/" + b.draftPaper(), boardsOwn(b.code(), "200"), b.draft());
            route("/search", "/search?q=" + b.openWord(), everyone("200"), b.open());
            route("/search", "/search?q=" + b.exemptWord(), everyone("200"), b.exempt());
            route("/search", "/search?q=" + b.draftWord(), everyone("200"), b.draft());
            route("/boards/{code}", "/boards/" + b.code(), everyone("200"));
            route("/boards/{code}/meetings.ics", "/boards/" + b.code() + "/meetings.ics", everyone("200"));
            route("/boards/{code}/feed.rss", "/boards/" + b.code() + "/feed.rss", everyone("200"));
            route("/meetings/{key}/finance", "/meetings/" + b.draftKey() + "/finance", everyone("404"));
        }
        route("/meetings/{key}/pack-preview.pdf", "/meetings/hsc-2025-09-23/pack-preview.pdf", officers("200"));
        route("/meetings/new", "/meetings/new", officers("200"));
        // the finance published with the demo's September pack: public
        String finance = "/meetings/hsc-2025-09-23/finance";
        route("/meetings/{key}/finance", finance, everyone("200"));
        String paper = "/spending-2025-05-31";
        route("/meetings/{key}/finance/{paper}", finance + paper, everyone("200"));
        route("/meetings/{key}/finance/{paper}/savings", finance + paper + "/savings", everyone("same"));
        route(
                "/meetings/{key}/finance/{paper}/statements/{statement}",
                finance + paper + "/statements/none",
                everyone("404"));
        route("/meetings/{key}/finance/{paper}/tables/{table}", finance + paper + "/tables/none", everyone("404"));

        // finance: a board's statements and tables for the board; the council-wide report's for every signed-in person
        route("/finance", "/finance", signedIn("200"));
        route("/finance/savings", "/finance/savings", signedIn("200"));
        route("/finance/spending-report.pdf", "/finance/spending-report.pdf", signedIn("200"));
        long boardStatement = jdbc.sql("select min(id) from revenue_statement where board_id is not null")
                .query(Long.class)
                .single();
        long councilStatement = jdbc.sql("select min(id) from revenue_statement where board_id is null")
                .query(Long.class)
                .single();
        route("/finance/statements/{id}", "/finance/statements/" + boardStatement, boardsDrafts(HSC, "200"));
        route("/finance/statements/{id}", "/finance/statements/" + councilStatement, signedIn("200"));
        route(
                "/finance/statements/{id}/rows/{position}",
                "/finance/statements/" + boardStatement + "/rows/" + firstLine(boardStatement),
                boardsDrafts(HSC, "200"));
        route(
                "/finance/statements/{id}/rows/{position}",
                "/finance/statements/" + councilStatement + "/rows/" + firstLine(councilStatement),
                signedIn("200"));
        String boardTable = jdbc.sql("select min(id) from finance_table where board_id is not null")
                .query(String.class)
                .single();
        String councilTable = jdbc.sql("select min(id) from finance_table where board_id is null")
                .query(String.class)
                .single();
        route("/finance/tables/{id}", "/finance/tables/" + boardTable, boardsDrafts(HSC, "200"));
        route("/finance/tables/{id}", "/finance/tables/" + councilTable, signedIn("200"));

        // public questions: residents ask without an account; the forms lead back to the start without a meeting or a
        // draft
        route("/questions", "/questions", everyone("200"));
        route("/questions/ask", "/questions/ask", everyone("redirect"));
        route("/questions/check", "/questions/check", everyone("redirect"));
        route("/questions/sent", "/questions/sent", everyone("redirect"));
        route("/questions/manage", "/questions/manage", officers("200"));
        long question = jdbc.sql("select min(id) from public_question")
                .query(Long.class)
                .single();
        route("/questions/manage/{id}", "/questions/manage/" + question, officers("200"));
        route("/questions/manage/{id}", "/questions/manage/0", officers("404"));
        route("/questions/manage/meetings/{key}", "/questions/manage/meetings/" + hsc.publishedKey(), officers("200"));
        route("/questions/outbox", "/questions/outbox", officers("200"));
        route("/questions/closure-days", "/questions/closure-days", officers("200"));

        route("/import", "/import", officers("200"));

        // benchmarking: approved indicators for everyone, drafts for every councillor and officer (the council's own)
        route("/benchmark", "/benchmark", everyone("200"), DRAFT_BENCHMARK, PUBLIC_BENCHMARK);
        route("/benchmark/spine", "/benchmark/spine", everyone("200"), DRAFT_BENCHMARK, PUBLIC_BENCHMARK);
        route(
                "/api/benchmark/indicators",
                "/api/benchmark/indicators",
                everyone("200"),
                DRAFT_BENCHMARK,
                PUBLIC_BENCHMARK);
        route(
                "/benchmark/indicators/{id}",
                "/benchmark/indicators/" + PUBLIC_INDICATOR,
                everyone("200"),
                PUBLIC_BENCHMARK);
        route(
                "/benchmark/indicators/{id}",
                "/benchmark/indicators/" + DRAFT_INDICATOR,
                councilDrafts("200"),
                DRAFT_BENCHMARK);
        route(
                "/api/benchmark/indicators/{indicatorId}/values",
                "/api/benchmark/indicators/" + PUBLIC_INDICATOR + "/values",
                everyone("200"));
        route(
                "/api/benchmark/indicators/{indicatorId}/values",
                "/api/benchmark/indicators/" + DRAFT_INDICATOR + "/values",
                councilDrafts("200"));
        route(
                "/benchmark/indicators/{id}/settings",
                "/benchmark/indicators/" + PUBLIC_INDICATOR + "/settings",
                officers("200"));
        route("/benchmark/import", "/benchmark/import", officers("200"));
        route("/benchmark/imports", "/benchmark/imports", officers("200"));
        route("/benchmark/spine.pdf", "/benchmark/spine.pdf", everyone("200"), DRAFT_BENCHMARK, PUBLIC_BENCHMARK);
        route(
                "/benchmark/indicators/{id}.pdf",
                "/benchmark/indicators/" + PUBLIC_INDICATOR + ".pdf",
                everyone("200"),
                PUBLIC_BENCHMARK);
        route(
                "/benchmark/indicators/{id}.pdf",
                "/benchmark/indicators/" + DRAFT_INDICATOR + ".pdf",
                councilDrafts("200"),
                DRAFT_BENCHMARK);
        route("/benchmark/imports/{id}", "/benchmark/imports/" + draftBatch, officers("200"));
        route("/benchmark/council", "/benchmark/council", officers("200"));
        route("/admin/users", "/admin/users", admins("200"));
        route("/admin/boards", "/admin/boards", admins("200"));
        route("/admin/moderngov", "/admin/moderngov", admins("200"));
    }

    private int firstLine(long statement) {
        return jdbc.sql("select min(position) from revenue_statement_row where statement_id = :s and kind = 'LINE'")
                .param("s", statement)
                .query(Integer.class)
                .single();
    }

    // ---- the findings, one by one ----

    private String page(String url, Who who) throws Exception {
        MvcResult r = mvc.perform(as(get(URI.create(url)), who)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url + " as " + who).isEqualTo(200);
        return body(r);
    }

    private int status(String url, Who who) throws Exception {
        return mvc.perform(as(get(URI.create(url)), who))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /**
     * A member sits on some boards, not all: the HSC councillor does not read the Children's board's Part II item and
     * paper, its unpublished agenda (page, open data or search) or its provisional figures, which that board's own
     * member does.
     */
    @Test
    void aMemberSeesTheExemptAndUnpublishedRecordsOfTheirOwnBoardsOnly() throws Exception {
        for (Who who : List.of(Who.MEMBER_OF_THE_BOARD, Who.MEMBER_OF_ANOTHER_BOARD)) {
            boolean sits = who == Who.MEMBER_OF_ANOTHER_BOARD; // the records are the Children's board's
            int allowed = sits ? 200 : 404;
            assertThat(cypf.exempt().in(page("/meetings/" + cypf.publishedKey(), who)))
                    .as("Part II item, " + who)
                    .isEqualTo(sits);
            assertThat(cypf.open().in(page("/meetings/" + cypf.publishedKey(), who)))
                    .as("Part I item, " + who)
                    .isTrue();
            assertThat(status("/documents/" + cypf.exemptPaper(), who))
                    .as("Part II paper, " + who)
                    .isEqualTo(allowed);
            assertThat(cypf.draft().in(page("/meetings/" + cypf.draftKey(), who)))
                    .as("unpublished agenda, " + who)
                    .isEqualTo(sits);
            assertThat(cypf.draft().in(page("/api/meetings/" + cypf.draftKey(), who)))
                    .as("unpublished agenda as JSON, " + who)
                    .isEqualTo(sits);
            assertThat(status("/documents/" + cypf.draftPaper(), who))
                    .as("paper of the unpublished agenda, " + who)
                    .isEqualTo(allowed);
            assertThat(cypf.exempt().in(page("/search?q=" + cypf.exemptWord(), who)))
                    .as("search of Part II papers, " + who)
                    .isEqualTo(sits);
            assertThat(cypf.draft().in(page("/search?q=" + cypf.draftWord(), who)))
                    .as("search of unpublished papers, " + who)
                    .isEqualTo(sits);
            assertThat(status("/indicators/" + cypf.indicator(), who))
                    .as("indicator page, " + who)
                    .isEqualTo(allowed);
            assertThat(status("/api/indicators/" + cypf.indicator(), who))
                    .as("indicator as JSON, " + who)
                    .isEqualTo(allowed);
            assertThat(status("/drafts/CYPF-PPB/q2-2026-27", who))
                    .as("draft report, " + who)
                    .isEqualTo(allowed);
        }
    }

    /**
     * An improvement item linked to an indicator shows that indicator's figures as the published reports print them, and
     * its figures as they stand (a provisional one included) only to those who may read its board's drafts.
     */
    @Test
    void aLinkedIndicatorShowsItsUnpublishedFiguresOnlyToThoseWhoMayReadTheBoardsDrafts() throws Exception {
        String item = "/improvement/items/" + cypf.improvementItem();
        for (Who who : Who.values()) {
            String html = page(item, who);
            assertThat(html).as(who.toString()).contains("Linked indicator " + cypf.indicator());
            if (who == Who.VISITOR || who == Who.MEMBER_OF_THE_BOARD) {
                assertThat(html)
                        .as(who.toString())
                        .contains("2,222.5 (Q1 2026/27)", "/reports/CYPF-PPB/q1-2026-27?version=1");
                assertThat(cypf.figure().in(html)).as(who.toString()).isFalse();
            } else {
                assertThat(cypf.figure().in(html)).as(who.toString()).isTrue();
            }
        }
        assertThat(page("/improvement/items/" + hsc.improvementItem(), Who.VISITOR))
                .contains("No Priority Based Report has published figures for this indicator yet")
                .doesNotContain("8642.137");
    }

    // ---- the walk ----

    @Test
    void everyRouteAnswersEachPersonByTheOneRule() throws Exception {
        expectations();
        Set<String> unmapped = new TreeSet<>();
        Set<String> posts = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    if (!cases.containsKey(pattern) && !infrastructure(pattern)) {
                        unmapped.add(pattern);
                    }
                }
                if (methods.contains(RequestMethod.POST)) {
                    posts.add(pattern);
                }
            }
        });
        assertThat(unmapped)
                .as("GET routes this test does not yet say who may see: add them to expectations()")
                .isEmpty();

        List<String> wrong = new ArrayList<>();
        Map<String, Map<Who, String>> matrix = new TreeMap<>();
        int asked = 0;
        for (List<Case> list : cases.values()) {
            for (Case c : list) {
                String visitors = null;
                for (Who who : Who.values()) {
                    MvcResult r = mvc.perform(as(get(URI.create(c.url())), who)).andReturn();
                    asked++;
                    String answer = answer(r);
                    visitors = visitors == null ? answer : visitors;
                    matrix.computeIfAbsent("GET " + c.url(), k -> new EnumMap<>(Who.class))
                            .put(who, answer);
                    String expected = c.expect().of(who).equals("same")
                            ? visitors
                            : c.expect().of(who);
                    if (!matches(expected, r)) {
                        wrong.add("GET " + c.url() + " as " + who + ": expected " + expected + ", got " + answer);
                        continue;
                    }
                    if (r.getResponse().getStatus() != 200) {
                        continue;
                    }
                    String body = body(r);
                    for (Marker m : allMarkers()) {
                        if (!m.visibleTo(who) && m.in(body)) {
                            wrong.add("GET " + c.url() + " as " + who + ": shows " + m.name());
                        }
                    }
                    for (Marker m : c.shows()) {
                        if (m.visibleTo(who) && !m.in(body)) {
                            wrong.add("GET " + c.url() + " as " + who + ": does not show " + m.name());
                        }
                    }
                }
            }
        }
        // changes: refused to visitors and members when asked; officers' and admins' access read from the URL rules
        for (String pattern : posts) {
            String url = fill(pattern);
            // one's own account is anyone's who is signed in (a member's empty form is answered with its errors)
            // a resident's question is asked without an account: the empty form leads back to the list of meetings
            Expect expect = pattern.equals("/questions/ask") || pattern.equals("/questions/check")
                    ? expect(
                            "redirect (/questions)",
                            "redirect (/questions)",
                            "redirect (/questions)",
                            "allowed",
                            "allowed")
                    : pattern.startsWith("/admin/") || pattern.startsWith("/api/imports/")
                            ? admins("allowed")
                            : pattern.startsWith("/account/")
                                    ? expect("sign-in", "200", "200", "allowed", "allowed")
                                    : officers("allowed");
            for (Who who : Who.values()) {
                String answer;
                if (who.seesEverything()) {
                    var auth = UsernamePasswordAuthenticationToken.authenticated(
                            who.username,
                            null,
                            AuthorityUtils.createAuthorityList("ROLE_" + (who == Who.ADMIN ? "ADMIN" : "OFFICER")));
                    answer = privileges.isAllowed("", url, "POST", auth) ? "allowed" : "403";
                } else {
                    answer = answer(mvc.perform(as(post(URI.create(url)).with(csrf()), who))
                            .andReturn());
                }
                asked++;
                matrix.computeIfAbsent("POST " + url, k -> new EnumMap<>(Who.class))
                        .put(who, answer);
                String expected = expect.of(who);
                if (!(expected.equals(answer) || expected.equals("sign-in") && answer.startsWith("sign-in"))) {
                    wrong.add("POST " + url + " as " + who + ": expected " + expected + ", got " + answer);
                }
            }
        }
        StringBuilder table = new StringBuilder("route: visitor / member / other / officer / admin\n");
        matrix.forEach((route, answers) -> {
            table.append(route).append(": ");
            answers.forEach((who, a) -> table.append(a).append(who == Who.ADMIN ? "" : " / "));
            table.append('\n');
        });
        System.out.println(
                "Who sees what: " + matrix.size() + " addresses (" + cases.size() + " GET and " + posts.size()
                        + " POST routes) x " + Who.values().length + " people = " + asked + " answers\n" + table);
        assertThat(wrong).as("answers that break the rule").isEmpty();
    }

    private List<Marker> allMarkers() {
        List<Marker> all = new ArrayList<>(
                List.of(PUBLISHED_FIGURE, DRAFT_ASSESSMENT, DRAFT_BENCHMARK, PUBLIC_BENCHMARK, DRAFT_RETURN));
        for (BoardRecords b : List.of(hsc, cypf)) {
            all.addAll(List.of(b.open(), b.exempt(), b.draft(), b.figure(), b.milestone()));
        }
        return all;
    }

    private String fill(String pattern) {
        return pattern.replace("{key}", hsc.publishedKey())
                .replace("{itemId}", String.valueOf(hsc.openItem()))
                .replace("{board}", HSC)
                .replace("{quarter}", "q1-2025-26")
                .replace("{ref}", "PH01a")
                .replace("{id}", "1")
                .replace("{position}", "1")
                .replace("{username}", "councillor")
                .replace("{documentId}", String.valueOf(hsc.openPaper()))
                .replace("{indicatorId}", String.valueOf(PUBLIC_INDICATOR));
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Who who) {
        return who.signedIn() ? request.cookie(sessions.get(who)) : request;
    }

    private static String answer(MvcResult r) {
        int status = r.getResponse().getStatus();
        String location = r.getResponse().getRedirectedUrl();
        if (status == 401 || status == 302 && location != null && location.endsWith("/sign-in")) {
            return "sign-in (" + status + ")";
        }
        if (status == 302 || status == 303) {
            return "redirect (" + location + ")";
        }
        return String.valueOf(status);
    }

    private static boolean matches(String expected, MvcResult r) {
        String answer = answer(r);
        return switch (expected) {
            case "sign-in" -> answer.startsWith("sign-in");
            case "redirect" -> answer.startsWith("redirect");
            default -> answer.equals(expected);
        };
    }

    static String body(MvcResult r) throws Exception {
        String type = r.getResponse().getContentType();
        byte[] bytes = r.getResponse().getContentAsByteArray();
        if (type != null && type.startsWith("application/pdf")) {
            try (var doc = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(doc);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
