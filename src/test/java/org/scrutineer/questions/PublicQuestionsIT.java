package org.scrutineer.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.meetings.PublicQuestions;
import org.scrutineer.meetings.domain.Meeting;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.questions.domain.Ground;
import org.scrutineer.questions.domain.Moderation;
import org.scrutineer.questions.domain.QuestionState;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A resident asks a question on the public website and an officer decides it: the rules of Standing Order 34(9) as the
 * resident meets them, the grounds of rejection recorded and shown, the minutes and public page once accepted, the
 * written response tracked until sent, and the personal data never public and deleted after the retention time.
 */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicQuestionsIT {
    static final String KEY = "hsc-2026-12-08";
    static final String EXEMPT = "Quarry Lane Care Home Contract Award";

    @Autowired
    MockMvc mvc;

    @Autowired
    Meetings meetings;

    @Autowired
    Boards boards;

    @Autowired
    Questions questions;

    @Autowired
    QuestionRegister register;

    @Autowired
    PublicQuestions minutes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestClock clock;

    @Autowired
    QuestionSchedule schedule;

    long budgetItem;
    long exemptItem;
    long earlierMeeting;

    @BeforeAll
    void aMeetingTakingQuestions() {
        clock.reset();
        long board = boards.byCode("HSC-PPB").orElseThrow().id();
        long id = meetings.create(aNewMeeting(KEY, board, LocalDate.of(2026, 12, 8))
                .in("Council Chamber, Runcorn Town Hall")
                .build());
        meetings.addItem(
                id, aNewItem("Public Question Time").ofKind("public_questions").build());
        budgetItem = meetings.addItem(
                id, aNewItem("Adult Social Care Budget Position").build());
        exemptItem =
                meetings.addItem(id, aNewItem(EXEMPT).exemptUnderParagraph(3).build());
        meetings.setAgendaPublished(id, LocalDate.of(2026, 11, 20));
        // a meeting two months earlier, whose minuted question is the "similar past question"
        earlierMeeting = meetings.create(aNewMeeting("hsc-2026-10-13", board, LocalDate.of(2026, 10, 13))
                .in("Council Chamber, Runcorn Town Hall")
                .withStatus(Meeting.Status.HELD)
                .build());
        long pqt = meetings.addItem(
                earlierMeeting,
                aNewItem("Public Question Time").ofKind("public_questions").build());
        meetings.setAgendaPublished(earlierMeeting, LocalDate.of(2026, 10, 1));
        minutes.add(
                earlierMeeting,
                new PublicQuestions.Question(
                        pqt,
                        "Mr. Earlier",
                        "Will the Board review the reablement waiting list for hospital discharge in Widnes?",
                        "The Board will review it.",
                        "",
                        ""));
    }

    @BeforeEach
    void today() {
        clock.reset();
    }

    static Questions.Draft draft(
            String name, String postcode, String email, String organisation, String about, String question) {
        return new Questions.Draft(
                KEY, name, "1 Test Street, Runcorn", postcode, email, organisation, about, question, "");
    }

    /** Asks through the pages, as a visitor: the form, check your answers, send; returns the session's cookie. */
    Cookie ask(String name, String email, String question, String supplementary) throws Exception {
        String client = "192.0.2." + Math.abs(email.hashCode() % 200);
        MvcResult form = mvc.perform(post("/questions/ask")
                        .with(csrf())
                        .param("meeting", KEY)
                        .param("name", name)
                        .param("address", "12 Church Street, Runcorn")
                        .param("postcode", "WA7 1AA")
                        .param("email", email)
                        .param("organisation", "")
                        .param("about", String.valueOf(budgetItem))
                        .param("question", question)
                        .param("supplementary", supplementary)
                        .with(r -> {
                            r.setRemoteAddr(client);
                            return r;
                        }))
                .andReturn();
        assertThat(form.getResponse().getRedirectedUrl())
                .as(form.getResponse().getContentAsString())
                .isEqualTo("/questions/check");
        Cookie session = form.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        String check = mvc.perform(get("/questions/check").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(check).contains("Check your answers", "Adult Social Care Budget Position");
        MvcResult sent = mvc.perform(
                        post("/questions/check").cookie(session).with(csrf()).with(r -> {
                            r.setRemoteAddr(client);
                            return r;
                        }))
                .andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/questions/sent");
        return session;
    }

    long idOf(String reference) {
        return jdbc.sql("select id from public_question where reference = :r")
                .param("r", reference)
                .query(Long.class)
                .single();
    }

    @Test
    void aResidentAsksTheOfficerAcceptsAndTheQuestionIsMinutedAsTextWithNoAddressOrEmail() throws Exception {
        String start = mvc.perform(get("/questions")).andReturn().getResponse().getContentAsString();
        assertThat(start).contains("/questions/ask?meeting=" + KEY, "4.00 pm on Monday 7 December 2026");
        String form = mvc.perform(get("/questions/ask?meeting=" + KEY))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains(
                        "Adult Social Care Budget Position",
                        "Another matter on the agenda",
                        "150 words or fewer",
                        "_csrf")
                .doesNotContain(EXEMPT);

        String text = "<script>alert('x')</script> Will the recovery group protect packages of care?";
        Cookie session = ask("Alex Resident", "alex.resident@example.org", text, "And by when?");
        String confirmation = mvc.perform(get("/questions/sent").cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(confirmation).contains("Question sent", "PQ-");
        String reference = confirmation.replaceAll("(?s).*<strong>(PQ-[A-Z0-9]{8})</strong>.*", "$1");
        long id = idOf(reference);

        // before the decision no public page shows it
        assertThat(mvc.perform(get("/meetings/" + KEY))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("recovery group protect");
        assertThat(mvc.perform(get("/questions/manage/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isIn(302, 401);
        assertThat(mvc.perform(get("/questions/manage/" + id).with(httpBasic("councillor", "councillor-demo-pass")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        // the officer sees it, with the contact details, and accepts it
        String officerPage = mvc.perform(get("/questions/manage/" + id).with(httpBasic("officer", "officer-demo-pass")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(officerPage)
                .contains("alex.resident@example.org", "12 Church Street", "&lt;script&gt;")
                .doesNotContain("<script>alert");
        mvc.perform(post("/questions/manage/" + id + "/decision")
                        .with(httpBasic("officer", "officer-demo-pass"))
                        .with(csrf())
                        .param("outcome", "ACCEPTED"))
                .andReturn();
        assertThat(register.byId(id).orElseThrow().state()).isEqualTo(QuestionState.ACCEPTED);
        assertThat(register.byId(id).orElseThrow().decidedBy()).isEqualTo("officer");

        // it is on the meeting's public page, as text, with the name as minuted and nothing else of the person
        String page =
                mvc.perform(get("/meetings/" + KEY)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains(
                        "Alex Resident",
                        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Will the recovery group protect packages of care?",
                        "To be put at the meeting")
                .doesNotContain("<script>alert")
                .doesNotContain("alex.resident@example.org")
                .doesNotContain("12 Church Street")
                .doesNotContain("WA7 1AA");
        assertThat(mvc.perform(get("/api/meetings/" + KEY))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("alex.resident@example.org")
                .doesNotContain("12 Church Street");

        // at the meeting: answered, with the supplementary and its response
        mvc.perform(post("/questions/manage/" + id + "/response")
                        .with(httpBasic("officer", "officer-demo-pass"))
                        .with(csrf())
                        .param("state", "ANSWERED")
                        .param("response", "The group will not cut packages.")
                        .param("supplementary", "And by when?")
                        .param("supplementaryResponse", "By March."))
                .andReturn();
        page = mvc.perform(get("/meetings/" + KEY)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("Question 1", "The group will not cut packages.", "Supplementary question:", "By March.");

        // the audit trail has the submission, decision and response, and no address or e-mail
        var entries = audit.forScope("questions:" + KEY);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(3);
        assertThat(entries.toString())
                .doesNotContain("alex.resident@example.org")
                .doesNotContain("12 Church Street");

        // the acknowledgement and the decision were written to the resident
        assertThat(jdbc.sql("select count(*) from outbox_message where to_address = 'alex.resident@example.org'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theStandingOrdersRulesAreGivenToTheResidentFieldByField() {
        var ok = questions.check(draft(
                "Robin Rules", "WA8 7QQ", "robin@example.org", "", String.valueOf(budgetItem), "What will it cost?"));
        assertThat(ok.all()).isEmpty();
        assertThat(questions
                        .check(draft(
                                "Robin Rules",
                                "WA1 1AA",
                                "robin@example.org",
                                "",
                                String.valueOf(budgetItem),
                                "What will it cost?"))
                        .get("postcode"))
                .contains("Only residents of the borough");
        assertThat(questions.check(draft("", "", "not-an-email", "", "", "")).all())
                .containsKeys("name", "postcode", "email", "about", "question");
        assertThat(questions
                        .check(draft(
                                "Robin Rules",
                                "WA8 7QQ",
                                "robin@example.org",
                                "",
                                String.valueOf(budgetItem),
                                "word ".repeat(151)))
                        .get("question"))
                .isEqualTo("Your question must be 150 words or fewer (it has 151)");
        // a Part II item cannot be chosen: it is not on the public agenda
        assertThat(questions
                        .check(draft(
                                "Robin Rules",
                                "WA8 7QQ",
                                "robin@example.org",
                                "",
                                String.valueOf(exemptItem),
                                "What about the contract?"))
                        .get("about"))
                .isEqualTo("Select an item on this meeting's agenda, or another matter on the agenda");
        // after 4.00 pm on Monday 7 December 2026 the meeting takes no more questions
        clock.startAt(java.time.LocalDateTime.of(2026, 12, 7, 16, 0, 1)
                .atZone(java.time.ZoneId.of("Europe/London"))
                .toInstant());
        assertThat(questions
                        .check(draft(
                                "Robin Rules",
                                "WA8 7QQ",
                                "robin@example.org",
                                "",
                                String.valueOf(budgetItem),
                                "What will it cost?"))
                        .get("meeting"))
                .contains("the deadline for this one has passed");
        // the clock moves on in real time from where it is set: a second before the deadline
        clock.startAt(java.time.LocalDateTime.of(2026, 12, 7, 15, 59, 59)
                .atZone(java.time.ZoneId.of("Europe/London"))
                .toInstant());
        assertThat(questions
                        .check(draft(
                                "Robin Rules",
                                "WA8 7QQ",
                                "robin@example.org",
                                "",
                                String.valueOf(budgetItem),
                                "What will it cost?"))
                        .all())
                .isEmpty();
    }

    @Test
    void onePerPersonAndOnePerOrganisationPerMeeting() {
        questions.submit(
                draft(
                        "Sam Same",
                        "WA7 2BB",
                        "sam.same@example.org",
                        "Halton Carers Voice",
                        String.valueOf(budgetItem),
                        "First question?"),
                "198.51.100.1");
        assertThat(questions
                        .check(draft("sam  SAME", "wa72bb", "other@example.org", "", "other", "Second question?"))
                        .get("question"))
                .isEqualTo("No person may submit more than one question for one meeting");
        assertThat(questions
                        .check(draft(
                                "Another Person",
                                "WA8 1CC",
                                "another@example.org",
                                "halton carers voice",
                                "other",
                                "Second question?"))
                        .get("organisation"))
                .isEqualTo("No organisation may submit more than one question for one meeting");
        // once withdrawn, the first no longer counts (Q09)
        long first = jdbc.sql(
                        "select id from public_question where questioner = 'Sam Same' and meeting_id = (select id from meeting where key = :k)")
                .param("k", KEY)
                .query(Long.class)
                .single();
        assertThat(register.withdraw(first)).isTrue();
        assertThat(questions
                        .check(draft("sam  SAME", "wa72bb", "other@example.org", "", "other", "Second question?"))
                        .all())
                .isEmpty();
    }

    @Test
    void everyRejectionGroundIsRecordedAndShownAndThePartTwoQuestionIsRefused() throws Exception {
        int n = 0;
        for (Ground g : Ground.moderation()) {
            n++;
            String reference = questions.submit(
                    draft(
                            "Ground Tester " + n,
                            "WA8 " + (n % 10) + "AA",
                            "ground" + n + "@example.org",
                            "",
                            "other",
                            "Question " + n + " about the agenda?"),
                    "198.51.100." + (10 + n));
            long id = idOf(reference);
            var missing = register.decide(id, Moderation.Outcome.REJECTED, null, "");
            assertThat(missing.get("ground")).isEqualTo("Choose the ground on which the question is rejected");
            assertThat(register.decide(id, Moderation.Outcome.REJECTED, g, "as ruled")
                            .all())
                    .isEmpty();
            var q = register.byId(id).orElseThrow();
            assertThat(q.state()).isEqualTo(QuestionState.REJECTED);
            assertThat(q.ground()).isEqualTo(g);
            String page = mvc.perform(get("/questions/manage/" + id).with(httpBasic("officer", "officer-demo-pass")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .as(g.name())
                    .contains(org.springframework.web.util.HtmlUtils.htmlEscape(g.words()), g.rule());
            assertThat(mvc.perform(get("/meetings/" + KEY))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .doesNotContain("Question " + n + " about the agenda?");
            String mail = jdbc.sql("select body from outbox_message where to_address = :a order by id desc limit 1")
                    .param("a", "ground" + n + "@example.org")
                    .query(String.class)
                    .single();
            assertThat(mail).contains("cannot be put at the meeting", g.words().toLowerCase(java.util.Locale.UK));
        }
        // a question about a planning application is suggested for refusal, and cannot be accepted
        String reference = questions.submit(
                draft(
                        "Pat Planning",
                        "WA7 9ZZ",
                        "planning@example.org",
                        "",
                        "other",
                        "Will the Board oppose the planning application for a care home in Widnes?"),
                "198.51.100.99");
        long id = idOf(reference);
        var q = register.byId(id).orElseThrow();
        assertThat(register.suggestions(q, register.similar(q))).contains(Ground.PLANNING_APPLICATION);
        assertThat(register.decide(id, Moderation.Outcome.ACCEPTED, null, "looks fine")
                        .get("reason"))
                .contains("cannot be accepted");
    }

    @Test
    void similarPastQuestionsInTheLastSixMonthsAreShownToTheOfficer() throws Exception {
        String reference = questions.submit(
                draft(
                        "Sim Ilar",
                        "WA8 3DD",
                        "similar@example.org",
                        "",
                        "other",
                        "Will the Board review the reablement waiting list for discharge from hospital?"),
                "198.51.100.200");
        long id = idOf(reference);
        var q = register.byId(id).orElseThrow();
        var similar = register.similar(q);
        assertThat(similar).isNotEmpty();
        assertThat(similar.get(0).meetingKey()).isEqualTo("hsc-2026-10-13");
        assertThat(similar.get(0).percent()).isGreaterThanOrEqualTo(50);
        assertThat(register.suggestions(q, similar)).contains(Ground.REPEAT);
        assertThat(mvc.perform(get("/questions/manage/" + id).with(httpBasic("officer", "officer-demo-pass")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "Similar questions put in the last six months",
                        "reablement waiting list for hospital discharge in Widnes");
        // the Chair may still accept it, with the reason recorded
        assertThat(register.decide(id, Moderation.Outcome.ACCEPTED, null, "").get("reason"))
                .contains("Give the reason");
        assertThat(register.decide(id, Moderation.Outcome.ACCEPTED, null, "A new list was published since")
                        .all())
                .isEmpty();
        assertThat(register.byId(id).orElseThrow().decisionReason()).isEqualTo("A new list was published since");
    }

    @Test
    void aWrittenResponseToFollowIsTrackedUntilSentAndThePersonalDataIsThenDeleted() throws Exception {
        String reference = questions.submit(
                draft(
                        "Wren Written",
                        "WA7 4EE",
                        "wren@example.org",
                        "",
                        String.valueOf(budgetItem),
                        "How many packages of care were reviewed this year?"),
                "198.51.100.201");
        long id = idOf(reference);
        register.decide(id, Moderation.Outcome.ACCEPTED, null, "");
        assertThat(register.recordResponse(id, QuestionState.WRITTEN_RESPONSE_DUE, "", "", "", null)
                        .all())
                .isEmpty();
        var q = register.byId(id).orElseThrow();
        assertThat(q.responseDue()).isEqualTo(LocalDate.of(2026, 12, 22)); // ten working days after Tuesday 8 December
        assertThat(register.writtenResponsesDue())
                .extracting(QuestionRegister.Question::id)
                .contains(id);
        assertThat(mvc.perform(get("/meetings/" + KEY))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Written response to follow");

        // a reminder when it falls due, once a day, under the schedule's lock
        clock.startAt(LocalDate.of(2026, 12, 21));
        int[] run = schedule.runNow();
        assertThat(run[0]).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_message where subject = :s")
                        .param("s", "Written response due: " + reference)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        schedule.runNow();
        assertThat(jdbc.sql("select count(*) from outbox_message where subject = :s")
                        .param("s", "Written response due: " + reference)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        register.writtenResponseSent(id, "432 packages were reviewed.");
        assertThat(register.byId(id).orElseThrow().state()).isEqualTo(QuestionState.WRITTEN_RESPONSE_SENT);
        assertThat(register.writtenResponsesDue())
                .extracting(QuestionRegister.Question::id)
                .doesNotContain(id);

        // a year later the address, postcode and e-mail go; the question, the answer and the name stay
        clock.startAt(LocalDate.of(2028, 1, 10));
        schedule.runNow();
        q = register.byId(id).orElseThrow();
        assertThat(q.personalDataKept()).isFalse();
        assertThat(q.name()).isEqualTo("Wren Written");
        assertThat(q.response()).isEqualTo("432 packages were reviewed.");
        assertThat(jdbc.sql("select count(*) from outbox_message where to_address = 'wren@example.org'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aWrittenResponseTaskNeedsThePostalAddress() {
        String reference = questions.submit(
                draft("Nora Address", "WA7 6GG", "nora@example.org", "", "other", "Who decides the budget?"),
                "198.51.100.202");
        long id = idOf(reference);
        register.decide(id, Moderation.Outcome.ACCEPTED, null, "");
        jdbc.sql(
                        "update questioner set address = '' where id = (select questioner_id from public_question where id = :id)")
                .param("id", id)
                .update();
        assertThat(register.recordResponse(id, QuestionState.NOT_REACHED, "", "", "", null)
                        .get("address"))
                .isEqualTo("Enter the questioner's postal address for the written response");
    }

    @Test
    void scriptsAreSlowedAndFooledAndFormsNeedTheirToken() throws Exception {
        for (int i = 0; i < Questions.PER_EMAIL_PER_DAY; i++) {
            // three people sharing one e-mail address, each with a question of their own
            questions.submit(
                    draft(
                            "Rate Limit " + i,
                            "WA8 " + i + "RL",
                            "limit@example.org",
                            "",
                            "other",
                            "Question " + i + "?"),
                    "203.0.113." + i);
        }
        assertThatThrownBy(() -> questions.submit(
                        draft("Rate Limit 9", "WA8 9RL", "LIMIT@example.org", "", "other", "Another?"), "203.0.113.50"))
                .isInstanceOf(Questions.TooMany.class);

        int before = jdbc.sql("select count(*) from public_question")
                .query(Integer.class)
                .single();
        MvcResult honeypot = mvc.perform(post("/questions/ask")
                        .with(csrf())
                        .param("meeting", KEY)
                        .param("name", "Bot")
                        .param("website", "http://spam.example")
                        .param("address", "x")
                        .param("postcode", "WA7 1AA")
                        .param("email", "bot@example.org")
                        .param("about", "other")
                        .param("question", "Buy?"))
                .andReturn();
        assertThat(honeypot.getResponse().getRedirectedUrl()).isEqualTo("/questions");
        assertThat(jdbc.sql("select count(*) from public_question")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);

        assertThat(mvc.perform(post("/questions/ask").param("meeting", KEY))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // the confirmation and the check page belong to the visitor's own session
        assertThat(mvc.perform(get("/questions/sent")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/questions");
        assertThat(mvc.perform(get("/questions/check"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/questions");
    }

    @Test
    void anExecutiveBoardMeetingTakesNoQuestions() throws Exception {
        long exec = boards.byCode("EXEC").orElseThrow().id();
        long id = meetings.create(aNewMeeting("exec-2026-12-10", exec, LocalDate.of(2026, 12, 10))
                .at(LocalTime.of(14, 0))
                .in("Runcorn Town Hall")
                .build());
        meetings.addItem(id, aNewItem("Budget 2027/28").build());
        meetings.setAgendaPublished(id, LocalDate.of(2026, 11, 24));
        assertThat(mvc.perform(get("/questions")).andReturn().getResponse().getContentAsString())
                .doesNotContain("exec-2026-12-10");
        var d = new Questions.Draft(
                "exec-2026-12-10", "Eve Exec", "1 Road", "WA7 1AA", "eve@example.org", "", "other", "Why?", "");
        assertThat(questions.check(d).get("meeting")).startsWith("Choose a meeting that is taking questions");
        assertThat(Questions.takesQuestions("Executive Board")).isFalse();
        assertThat(Questions.takesQuestions("Health and Social Care Policy and Performance Board"))
                .isTrue();
    }

    @Test
    void theSeedsMinutedQuestionStillShows() throws Exception {
        assertThat(mvc.perform(get("/meetings/hsc-2025-09-23"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Ms. Gobin", "external body to review fully the failings", "Supplementary question:");
    }

    @Test
    void closureDaysMoveTheDeadlineAndAreAudited() throws Exception {
        mvc.perform(post("/questions/closure-days")
                        .with(httpBasic("officer", "officer-demo-pass"))
                        .with(csrf())
                        .param("day", "2026-12-07")
                        .param("reason", "Test closure"))
                .andReturn();
        try {
            assertThat(mvc.perform(get("/questions")).andReturn().getResponse().getContentAsString())
                    .contains("4.00 pm on Friday 4 December 2026");
            assertThat(audit.forScope("calendar").toString()).contains("2026-12-07");
        } finally {
            mvc.perform(post("/questions/closure-days")
                            .with(httpBasic("officer", "officer-demo-pass"))
                            .with(csrf())
                            .param("remove", "2026-12-07"))
                    .andReturn();
        }
        assertThat(mvc.perform(get("/questions")).andReturn().getResponse().getContentAsString())
                .contains("4.00 pm on Monday 7 December 2026");
        assertThat(Duration.ZERO).isNotNull();
        assertThat(List.of()).isEmpty();
    }
}
