package org.scrutineer.questions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scrutineer.questions.domain.Moderation.Decision;
import org.scrutineer.questions.domain.Moderation.Outcome;
import org.scrutineer.questions.domain.Moderation.RepeatReading;
import org.scrutineer.questions.domain.QuestionRules.About;
import org.scrutineer.questions.domain.QuestionRules.Earlier;
import org.scrutineer.questions.domain.QuestionRules.OffAgenda;
import org.scrutineer.questions.domain.QuestionRules.Submission;

/**
 * Every case of governance-vectors.md sections 2 (deadline D01–D19, arrival T01–T09) and 3 (Q, R, RP, X, S and TL),
 * each with the outcome the vectors name.
 */
class QuestionVectorsTest {
    static final Set<LocalDate> NO_CLOSURES = Set.of();
    static final LocalDate D01 = LocalDate.of(2025, 9, 23);

    // ---- 2. deadline for written notice (PQ-05) ----

    @ParameterizedTest(name = "{0}: meeting {1} -> {2} ({3})")
    @CsvSource({
        "D01, 2025-09-23, 2025-09-22T16:00, 2025-09-22T15:00Z",
        "D02, 2023-01-23, 2023-01-20T16:00, 2023-01-20T16:00Z",
        "D03, 2025-11-25, 2025-11-24T16:00, 2025-11-24T16:00Z",
        "D04, 2025-06-24, 2025-06-23T16:00, 2025-06-23T15:00Z",
        "D05, 2025-02-11, 2025-02-10T16:00, 2025-02-10T16:00Z",
        "D06, 2025-08-26, 2025-08-22T16:00, 2025-08-22T15:00Z",
        "D07, 2025-04-22, 2025-04-17T16:00, 2025-04-17T15:00Z",
        "D08, 2026-04-07, 2026-04-02T16:00, 2026-04-02T15:00Z",
        "D09, 2025-05-27, 2025-05-23T16:00, 2025-05-23T15:00Z",
        "D10, 2025-05-06, 2025-05-02T16:00, 2025-05-02T15:00Z",
        "D11, 2026-05-05, 2026-05-01T16:00, 2026-05-01T15:00Z",
        "D12, 2026-05-26, 2026-05-22T16:00, 2026-05-22T15:00Z",
        "D13, 2026-09-01, 2026-08-28T16:00, 2026-08-28T15:00Z",
        "D14, 2025-12-29, 2025-12-24T16:00, 2025-12-24T16:00Z",
        "D15, 2026-01-02, 2025-12-31T16:00, 2025-12-31T16:00Z",
        "D16, 2026-12-29, 2026-12-24T16:00, 2026-12-24T16:00Z",
        "D17, 2026-04-08, 2026-04-07T16:00, 2026-04-07T15:00Z",
        "D18, 2025-10-27, 2025-10-24T16:00, 2025-10-24T15:00Z",
        "D19, 2026-03-30, 2026-03-27T16:00, 2026-03-27T16:00Z"
    })
    void deadline(String id, LocalDate meeting, LocalDateTime local, String z) {
        Instant utc = Instant.parse(z.replace("Z", ":00Z")); // the vectors write 15:00Z
        var deadline = NoticeDeadline.forMeeting(meeting, NO_CLOSURES);
        assertThat(deadline.toLocalDateTime()).as(id).isEqualTo(local);
        assertThat(deadline.toInstant()).as(id).isEqualTo(utc);
    }

    /** The closure-day overlay: the council closes on 24 December, so D14 and D16 move back a working day. */
    @ParameterizedTest(name = "{0} with 24 December closed -> {2}")
    @CsvSource({"D14, 2025-12-29, 2025-12-23T16:00, 2025-12-24", "D16, 2026-12-29, 2026-12-23T16:00, 2026-12-24"})
    void deadlineWithAClosureDay(String id, LocalDate meeting, LocalDateTime local, LocalDate closed) {
        assertThat(NoticeDeadline.forMeeting(meeting, Set.of(closed)).toLocalDateTime())
                .as(id)
                .isEqualTo(local);
    }

    /** The issue's own deadline cases, in its words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "meeting on a Tuesday: notice due Monday 4 pm, 2025-09-23, 2025-09-22T16:00",
        "meeting on a Monday: due the Friday before, 2023-01-23, 2023-01-20T16:00",
        "meeting after a bank holiday Monday: due the Friday before, 2025-08-26, 2025-08-22T16:00",
        "across the change from British Summer Time (BST deadline for a GMT meeting), 2025-10-27, 2025-10-24T16:00",
        "meeting on the day after the Christmas holidays, 2026-12-29, 2026-12-24T16:00"
    })
    void issueDeadlineCases(String what, LocalDate meeting, LocalDateTime local) {
        assertThat(NoticeDeadline.forMeeting(meeting, NO_CLOSURES).toLocalDateTime())
                .as(what)
                .isEqualTo(local);
    }

    // ---- 2.1 arrival time for D01 ----

    @ParameterizedTest(name = "{0}: received {1} for {2}, written {3} -> {4}")
    @CsvSource({
        "T01, 2025-09-19T11:00:00+01:00, 2025-09-23, true, on time",
        "T02, 2025-09-21T10:00:00+01:00, 2025-09-23, true, on time",
        "T03, 2025-09-22T15:59:59+01:00, 2025-09-23, true, on time",
        "T04, 2025-09-22T16:00:00+01:00, 2025-09-23, true, on time",
        "T05, 2025-09-22T16:00:01+01:00, 2025-09-23, true, late",
        "T06, 2025-09-23T09:00:00+01:00, 2025-09-23, true, late",
        "T07, 2025-09-23T18:35:00+01:00, 2025-09-23, false, no written notice",
        "T08, 2025-12-24T16:30:00Z, 2025-12-29, true, late",
        "T09, 2025-09-22T15:30:00Z, 2025-09-23, true, late"
    })
    void arrival(String id, java.time.OffsetDateTime received, LocalDate meeting, boolean written, String expected) {
        List<Ground> refusals = QuestionRules.refusals(
                base(meeting)
                        .withReceived(received.toInstant())
                        .withWritten(written)
                        .build(),
                List.of(),
                NO_CLOSURES,
                Residency.HALTON,
                OffAgenda.REFUSE);
        String outcome = refusals.contains(Ground.NOT_WRITTEN)
                ? "no written notice"
                : refusals.contains(Ground.LATE) ? "late" : "on time";
        assertThat(outcome).as(id).isEqualTo(expected);
        assertThat(refusals).as(id).allMatch(g -> g == Ground.LATE || g == Ground.NOT_WRITTEN);
    }

    @Test
    void fifteenFiftyNineIsOnTimeAndSixteenHundredExactlyIsOnTimeButNotOneSecondLater() {
        Instant fourPm = LocalDateTime.of(2025, 9, 22, 16, 0)
                .atZone(NoticeDeadline.LONDON)
                .toInstant();
        assertThat(NoticeDeadline.inTime(fourPm.minusSeconds(60), D01, NO_CLOSURES))
                .isTrue();
        assertThat(NoticeDeadline.inTime(fourPm, D01, NO_CLOSURES)).isTrue();
        assertThat(NoticeDeadline.inTime(fourPm.plusSeconds(1), D01, NO_CLOSURES))
                .isFalse();
    }

    // ---- 3.1 eligibility, scope, deadline, uniqueness ----

    static final String P1 = "Pat One";
    static final String P1_POSTCODE = "WA7 1AA"; // Runcorn

    static final class Base {
        LocalDate meeting;
        boolean ppb = true;
        String name = P1;
        String postcode = P1_POSTCODE;
        String organisation = "";
        Instant received = LocalDateTime.of(2025, 9, 19, 11, 0)
                .atZone(NoticeDeadline.LONDON)
                .toInstant();
        boolean written = true;
        About about = About.PART_I_ITEM; // 4(E) Adult Social Care Budget Position

        Base withReceived(Instant i) {
            received = i;
            return this;
        }

        Base withWritten(boolean w) {
            written = w;
            return this;
        }

        Submission build() {
            return new Submission(meeting, ppb, name, postcode, organisation, received, written, about);
        }
    }

    static Base base(LocalDate meeting) {
        Base b = new Base();
        b.meeting = meeting;
        return b;
    }

    static String outcome(Submission s, List<Earlier> earlier, OffAgenda offAgenda) {
        List<Ground> g = QuestionRules.refusals(s, earlier, NO_CLOSURES, Residency.HALTON, offAgenda);
        if (g.contains(Ground.BOARD_TAKES_NO_QUESTIONS)) {
            return "not applicable";
        }
        return g.isEmpty() ? "accepted" : "refused: " + g.get(0).name();
    }

    @Test
    void q01TheBaseQuestionIsAccepted() {
        assertThat(outcome(base(D01).build(), List.of(), OffAgenda.REFUSE)).isEqualTo("accepted");
    }

    @Test
    void q02AResidentOfWarringtonIsRefused() {
        Base b = base(D01);
        b.postcode = "WA1 1AA";
        assertThat(outcome(b.build(), List.of(), OffAgenda.REFUSE)).isEqualTo("refused: NOT_A_RESIDENT");
    }

    @Test
    void q03AnExecutiveBoardMeetingIsOutsideTheStandingOrder() {
        Base b = base(D01);
        b.ppb = false;
        assertThat(outcome(b.build(), List.of(), OffAgenda.REFUSE)).isEqualTo("not applicable");
    }

    @Test
    void q04ArrivingAt1605IsRefusedLate() {
        Base b = base(D01)
                .withReceived(LocalDateTime.of(2025, 9, 22, 16, 5)
                        .atZone(NoticeDeadline.LONDON)
                        .toInstant());
        assertThat(outcome(b.build(), List.of(), OffAgenda.REFUSE)).isEqualTo("refused: LATE");
    }

    @Test
    void q05ASecondQuestionFromTheSamePersonIsRefused() {
        Submission q01 = base(D01).build();
        Base second = base(D01)
                .withReceived(LocalDateTime.of(2025, 9, 20, 10, 0)
                        .atZone(NoticeDeadline.LONDON)
                        .toInstant());
        second.name = "  pat ONE "; // the same person, written differently
        second.postcode = "wa71aa";
        assertThat(outcome(second.build(), List.of(new Earlier(q01.person(), "", false)), OffAgenda.REFUSE))
                .isEqualTo("refused: ONE_PER_PERSON");
    }

    @Test
    void q06TwoQuestionsInOneNoticeOnlyTheFirstProceedsUnlessTheResidentChooses() {
        List<String> parts = QuestionRules.questionsIn(
                "What will the budget recovery group do?\n\nWhy did the Care 2030 plan slip?");
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).isEqualTo("What will the budget recovery group do?");
        assertThat(QuestionRules.questionsIn("One question with a line.\n\nAnd its context, not a question."))
                .hasSize(1);
    }

    @Test
    void q07ASecondQuestionForTheSameOrganisationIsRefused() {
        Base p2 = base(D01);
        p2.name = "Pat Two";
        p2.postcode = "WA8 7QQ";
        p2.organisation = "Runcorn Carers Forum";
        Earlier p3 = new Earlier("pat three|WA7 5ZZ", "Runcorn  carers forum", false);
        assertThat(outcome(p2.build(), List.of(p3), OffAgenda.REFUSE)).isEqualTo("refused: ONE_PER_ORGANISATION");
    }

    @Test
    void q08TheSamePersonAtTheNextMeetingIsAccepted() {
        // earlier questions are those of the same meeting only: none for 25 Nov 2025
        Base b = base(LocalDate.of(2025, 11, 25))
                .withReceived(LocalDateTime.of(2025, 11, 24, 15, 0)
                        .atZone(NoticeDeadline.LONDON)
                        .toInstant());
        assertThat(outcome(b.build(), List.of(), OffAgenda.REFUSE)).isEqualTo("accepted");
    }

    @Test
    void q09AWithdrawnQuestionDoesNotCount() {
        Submission q01 = base(D01).build();
        Base again = base(D01)
                .withReceived(LocalDateTime.of(2025, 9, 21, 10, 0)
                        .atZone(NoticeDeadline.LONDON)
                        .toInstant());
        assertThat(outcome(again.build(), List.of(new Earlier(q01.person(), "", true)), OffAgenda.REFUSE))
                .isEqualTo("accepted");
    }

    @Test
    void q10AnOffAgendaQuestionIsRefusedByDefaultAndAcceptedWhenPermissive() {
        Base b = base(D01);
        b.about = About.NOT_ON_THE_AGENDA;
        assertThat(outcome(b.build(), List.of(), OffAgenda.REFUSE)).isEqualTo("refused: NOT_ON_AGENDA");
        assertThat(outcome(b.build(), List.of(), OffAgenda.ACCEPT)).isEqualTo("accepted");
    }

    // ---- 3.2 the (v) grounds: suggested or not, a person decides ----

    static final Instant DECIDED = Instant.parse("2025-09-22T09:00:00Z");

    @ParameterizedTest(name = "{0}: rejected on {1}")
    @CsvSource({
        "R01, NOT_COUNCIL_MATTER, PQ-08a",
        "R02, DEFAMATORY, PQ-08b",
        "R03, FRIVOLOUS, PQ-08b",
        "R04, OFFENSIVE, PQ-08b",
        "R05, ABUSIVE, PQ-08b",
        "R06, RACIST, PQ-08b",
        "R07, CONFIDENTIAL, PQ-08d"
    })
    void rejectedOnTheGround(String id, Ground ground, String rule) {
        Decision d = new Decision(Outcome.REJECTED, ground, "Chair", DECIDED, "");
        assertThat(Moderation.problem(d, List.of())).as(id).isNull();
        assertThat(ground.rule()).as(id).isEqualTo(rule);
        assertThat(ground.mandatory()).as(id + " is discretionary").isFalse();
        assertThat(Moderation.problem(new Decision(Outcome.REJECTED, null, "Chair", DECIDED, ""), List.of()))
                .as(id + " without a ground")
                .isEqualTo("Choose the ground on which the question is rejected");
    }

    @Test
    void r08TheChairMayAllowAQuestionWithTheOverrideRecorded() {
        // the ground is not applied automatically: nothing in R01's text refuses it at submission
        Base b = base(D01);
        assertThat(outcome(b.build(), List.of(), OffAgenda.REFUSE)).isEqualTo("accepted");
        List<Ground> suggested = List.of(Ground.NOT_COUNCIL_MATTER);
        assertThat(Moderation.problem(new Decision(Outcome.ACCEPTED, null, "Chair", DECIDED, ""), suggested))
                .isEqualTo("Give the reason for accepting the question despite the suggested ground");
        Decision allowed = new Decision(Outcome.ACCEPTED, null, "Chair", DECIDED, "The Council lobbies on this");
        assertThat(Moderation.problem(allowed, suggested)).isNull();
        assertThat(allowed.by()).isEqualTo("Chair");
        assertThat(allowed.at()).isEqualTo(DECIDED);
    }

    // ---- 3.3 repeats within six months (PQ-08c); the prior question was put at the HSC PPB on 23 Sep 2025 ----

    @ParameterizedTest(name = "{0}: new meeting {1}, window from {2}; reading A {3}, reading B {4}")
    @CsvSource({
        "RP01, 2025-11-25, 2025-05-25, accepted, rejectable",
        "RP02, 2026-03-24, 2025-09-24, accepted, accepted",
        "RP03, 2026-03-23, 2025-09-23, accepted, rejectable"
    })
    void repeatWindow(String id, LocalDate meeting, LocalDate windowStart, String readingA, String readingB) {
        LocalDate prior = LocalDate.of(2025, 9, 23);
        assertThat(Moderation.repeatWindowStart(meeting)).as(id).isEqualTo(windowStart);
        assertThat(
                        Moderation.countsAsRepeat(prior, false, meeting, RepeatReading.FULL_COUNCIL_ONLY)
                                ? "rejectable"
                                : "accepted")
                .as(id + " A")
                .isEqualTo(readingA);
        assertThat(Moderation.countsAsRepeat(prior, false, meeting, RepeatReading.ANY_BODY) ? "rejectable" : "accepted")
                .as(id + " B")
                .isEqualTo(readingB);
    }

    @Test
    void rp04ASupplementaryInTheRegisterCountsUnderReadingBOnly() {
        // the register holds supplementaries too (the service searches question and supplementary text)
        LocalDate meeting = LocalDate.of(2025, 11, 25);
        assertThat(Moderation.countsAsRepeat(
                        LocalDate.of(2025, 9, 23), false, meeting, RepeatReading.FULL_COUNCIL_ONLY))
                .isFalse();
        assertThat(Moderation.countsAsRepeat(LocalDate.of(2025, 9, 23), false, meeting, RepeatReading.ANY_BODY))
                .isTrue();
        assertThat(Moderation.suggestions("Will officers be held accountable?", true))
                .containsExactly(Ground.REPEAT);
    }

    @Test
    void rp05ADifferentSubjectHasNoMatchAndNothingIsSuggested() {
        assertThat(Moderation.suggestions("How much did the council spend on care-home agency staff this year?", false))
                .isEmpty();
    }

    // ---- 3.4 clause (vi) exclusions ----

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "X01|PLANNING_APPLICATION|Will the Board oppose the pending planning application for a new care home in Widnes?",
                "X02|LICENSING_APPLICATION|Why has the council not refused the application for a premises licence on Albert Road?"
            })
    void exclusionsAreSuggestedAndCannotBeAccepted(String id, Ground ground, String text) {
        List<Ground> suggested = Moderation.suggestions(text, false);
        assertThat(suggested).as(id).containsExactly(ground);
        assertThat(ground.mandatory()).as(id).isTrue();
        assertThat(Moderation.problem(
                        new Decision(Outcome.ACCEPTED, null, "Officer", DECIDED, "I think it is fine"), suggested))
                .as(id + " refused")
                .isNotNull();
    }

    @Test
    void x03AQuestionAboutAPartTwoItemIsRefused() {
        Base b = base(D01);
        b.about = About.PART_II_ITEM;
        assertThat(outcome(b.build(), List.of(), OffAgenda.REFUSE)).isEqualTo("refused: NOT_PUBLIC_PART");
    }

    @Test
    void x04PlanningPolicyInGeneralIsNotExcluded() {
        assertThat(Moderation.suggestions(
                        "What is the Council's planning policy for specialist housing for older people?", false))
                .isEmpty();
    }

    // ---- 3.5 supplementaries and written responses ----

    @Test
    void s01OneSupplementaryByTheQuestionerAnsweredAtTheMeetingIsValidAndNeedsNoWrittenResponse() {
        assertThat(Supplementary.refusal("Ms. Gobin", "Ms. Gobin", 0, true)).isNull();
    }

    @Test
    void s02ASecondSupplementaryIsRefused() {
        assertThat(Supplementary.refusal("Ms. Gobin", "Ms. Gobin", 1, true))
                .isEqualTo("Only one supplementary question may be asked");
    }

    @Test
    void s03ASupplementaryOnADifferentItemIsRefused() {
        assertThat(Supplementary.refusal("Ms. Gobin", "Ms. Gobin", 0, false)).contains("must relate to the original");
    }

    @Test
    void s04SomeoneElseInTheGalleryMayNotAskTheSupplementary() {
        assertThat(Supplementary.refusal("Ms. Gobin", "Mr. Other", 0, true)).contains("Only the person who asked");
    }

    @Test
    void s05AWrittenResponseTaskNeedsNameAndPostalAddress() {
        assertThat(WrittenResponse.problems("Ms. Gobin", "", LocalDate.of(2025, 10, 7)))
                .containsOnlyKeys("address");
        assertThat(WrittenResponse.problems("", "1 High Street, Runcorn WA7 1AA", LocalDate.of(2025, 10, 7)))
                .containsOnlyKeys("name");
        assertThat(WrittenResponse.problems("Ms. Gobin", "1 High Street, Runcorn WA7 1AA", LocalDate.of(2025, 10, 7)))
                .isEmpty();
        // due ten working days after the meeting by default
        assertThat(WrittenResponse.dueAfter(D01, WrittenResponse.DEFAULT_WORKING_DAYS, NO_CLOSURES))
                .isEqualTo(LocalDate.of(2025, 10, 7));
    }

    @Test
    void s06AnAcceptedQuestionWhoseQuestionerIsAbsentIsRecordedNotAsked() {
        // the policy chosen: recorded "not asked", and a written response is still sent (see QuestionState)
        assertThat(QuestionState.NOT_ASKED.needsWrittenResponse()).isTrue();
        assertThat(QuestionState.NOT_ASKED.words()).isEqualTo("Not asked: the questioner was not present");
    }

    // ---- 3.6 time limits ----

    @Test
    void tl01AfterThreeMinutesTheChairIsPromptedToCloseTheTurn() {
        assertThat(RunningOrder.turnOver(Duration.ofMinutes(3))).isTrue();
        assertThat(RunningOrder.turnOver(Duration.ofSeconds(179))).isFalse();
    }

    @Test
    void tl02And03TheSupplementaryCountsTowardsTheThreeMinutesByDefault() {
        assertThat(RunningOrder.withinLimit(
                        Duration.ofSeconds(130),
                        Duration.ofSeconds(50),
                        RunningOrder.Timing.ORIGINAL_AND_SUPPLEMENTARY))
                .isTrue();
        assertThat(RunningOrder.withinLimit(
                        Duration.ofSeconds(150),
                        Duration.ofSeconds(45),
                        RunningOrder.Timing.ORIGINAL_AND_SUPPLEMENTARY))
                .isFalse();
        assertThat(RunningOrder.withinLimit(
                        Duration.ofSeconds(150), Duration.ofSeconds(45), RunningOrder.Timing.ORIGINAL_ONLY))
                .isTrue();
    }

    @Test
    void tl04TwelveQuestionsOfThreeMinutesReachTenAndTwoAreNotReached() {
        List<RunningOrder.Slot> slots = RunningOrder.plan(12);
        assertThat(slots.stream().filter(RunningOrder.Slot::reached).count()).isEqualTo(10);
        assertThat(slots.get(10).reached()).isFalse();
        assertThat(slots.get(11).reached()).isFalse();
        assertThat(slots.get(9).startsAt()).isEqualTo(Duration.ofMinutes(27));
    }

    @Test
    void tl05With29MinutesUsedTheNextQuestionerHasOneMinute() {
        assertThat(RunningOrder.allowance(Duration.ofMinutes(29))).isEqualTo(Duration.ofMinutes(1));
        assertThat(RunningOrder.allowance(Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void tl06NoQuestionsIsMinutedInTheWordsOfHea2() {
        assertThat(RunningOrder.minuteWhenNone(0))
                .isEqualTo("It was confirmed that no public questions had been received.");
        assertThat(RunningOrder.plan(0)).isEmpty();
    }

    @Test
    void onePerPersonTheIssuesCases() {
        Submission first = base(D01).build();
        // the same person twice
        assertThat(outcome(base(D01).build(), List.of(new Earlier(first.person(), "", false)), OffAgenda.REFUSE))
                .isEqualTo("refused: ONE_PER_PERSON");
        // the same organisation via two people
        Base a = base(D01);
        a.organisation = "Halton Carers Centre";
        Base b = base(D01);
        b.name = "Sam Two";
        b.organisation = "HALTON CARERS CENTRE";
        assertThat(outcome(
                        b.build(), List.of(new Earlier(a.build().person(), a.organisation, false)), OffAgenda.REFUSE))
                .isEqualTo("refused: ONE_PER_ORGANISATION");
        // the same person at two meetings: earlier questions are per meeting, so none counts at the second
        assertThat(outcome(
                        base(LocalDate.of(2025, 11, 25))
                                .withReceived(Instant.parse("2025-11-20T10:00:00Z"))
                                .build(),
                        List.of(),
                        OffAgenda.REFUSE))
                .isEqualTo("accepted");
    }

    @Test
    void residencyByPostcode() {
        assertThat(Residency.HALTON.inBorough("wa7 1aa")).isTrue();
        assertThat(Residency.HALTON.inBorough("WA81AB")).isTrue();
        assertThat(Residency.HALTON.inBorough("WA1 1AA")).isFalse();
        assertThat(Residency.HALTON.inBorough("WA71 1AA")).isFalse();
        assertThat(Residency.HALTON.inBorough("nonsense")).isFalse();
        assertThat(new Residency(List.of("WA7", "L24 4")).inBorough("L24 4AB")).isTrue();
        assertThat(new Residency(List.of("WA7", "L24 4")).inBorough("L24 9AB")).isFalse();
    }
}
