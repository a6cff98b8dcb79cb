package org.scrutineer.questions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Chair's or proper officer's decision on a question that passed the mandatory checks (PQ-08, PQ-09). The system
 * suggests grounds; a person decides and the decision keeps who, when, the ground and the reason. Accepting a question
 * for which a ground was suggested is an override and needs a reason (R08); a mandatory exclusion cannot be overridden.
 */
public final class Moderation {
    private Moderation() {}

    public enum Outcome {
        ACCEPTED,
        REJECTED
    }

    public record Decision(Outcome outcome, Ground ground, String by, Instant at, String reason) {}

    /** Which meetings' questions count for the repeat ground (PQ-08c): full Council only (A) or any body's (B). */
    public enum RepeatReading {
        FULL_COUNCIL_ONLY,
        ANY_BODY
    }

    private static final Pattern PLANNING =
            Pattern.compile("\\bplanning (application|permission)\\b|\\bapplication for planning\\b");
    private static final Pattern LICENSING =
            Pattern.compile("\\b(premises|alcohol|taxi|gambling|licensing) licen[cs]e\\b|\\blicen[cs]ing application\\b"
                    + "|\\bapplication for a (premises |)licen[cs]e\\b");

    /**
     * Grounds to put in front of the officer: a named planning or licensing application (PQ-09). Planning policy in general
     * (X04) is not an application and is not suggested. Suggestions only: the officer decides.
     */
    public static List<Ground> suggestions(String question, boolean repeatFound) {
        String q = question.toLowerCase(Locale.ROOT);
        List<Ground> found = new ArrayList<>();
        if (PLANNING.matcher(q).find()) {
            found.add(Ground.PLANNING_APPLICATION);
        }
        if (LICENSING.matcher(q).find()) {
            found.add(Ground.LICENSING_APPLICATION);
        }
        if (repeatFound) {
            found.add(Ground.REPEAT);
        }
        return found;
    }

    /**
     * A decision, checked: a rejection names its ground; an acceptance despite a suggested discretionary ground names a
     * reason; an acceptance despite a mandatory one is refused.
     *
     * @return the problem in words, or null when the decision stands
     */
    public static String problem(Decision d, List<Ground> suggested) {
        if (d.by() == null || d.by().isBlank()) {
            return "Say who decided";
        }
        if (d.outcome() == Outcome.REJECTED) {
            return d.ground() == null ? "Choose the ground on which the question is rejected" : null;
        }
        if (suggested.stream().anyMatch(Ground::mandatory)) {
            return "A question that relates to a planning or licensing application or to exempt business cannot be accepted";
        }
        if (!suggested.isEmpty() && (d.reason() == null || d.reason().isBlank())) {
            return "Give the reason for accepting the question despite the suggested ground";
        }
        return null;
    }

    /** First day of the six-month window: six calendar months back from the new meeting, inclusive (§6.4 item 2). */
    public static LocalDate repeatWindowStart(LocalDate meeting) {
        return meeting.minusMonths(6);
    }

    /** Whether an earlier question put on {@code put} at a meeting of the given kind counts against a new meeting's. */
    public static boolean countsAsRepeat(
            LocalDate put, boolean atFullCouncil, LocalDate newMeeting, RepeatReading reading) {
        boolean inWindow = !put.isBefore(repeatWindowStart(newMeeting)) && put.isBefore(newMeeting);
        return inWindow && (atFullCouncil || reading == RepeatReading.ANY_BODY);
    }
}
