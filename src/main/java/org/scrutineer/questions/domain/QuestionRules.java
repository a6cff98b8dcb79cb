package org.scrutineer.questions.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The mandatory checks of Standing Order 34(9) on a question as it arrives (PQ-02 to PQ-06 and the Part II exclusion of
 * PQ-09). What needs judgement (the (v) grounds, planning or licensing) is left to a person: see {@link Moderation}.
 */
public final class QuestionRules {
    /** The longest question and supplementary a resident may write: about what can be read out in three minutes. */
    public static final int MAX_WORDS = 150;

    public static final int MAX_CHARACTERS = 1_200;

    private QuestionRules() {}

    /** What the question is about: an agenda item of Part I or Part II, or "another matter on the agenda". */
    public enum About {
        PART_I_ITEM,
        PART_II_ITEM,
        OTHER_MATTER_ON_THE_AGENDA,
        NOT_ON_THE_AGENDA
    }

    /** An off-agenda question is refused (the default) or left to the officer (the permissive reading of PQ-04). */
    public enum OffAgenda {
        REFUSE,
        ACCEPT
    }

    /** A question already submitted for the same meeting (a withdrawn one does not count against anyone). */
    public record Earlier(String person, String organisation, boolean withdrawn) {}

    /**
     * @param boardTakesQuestions true for a Policy and Performance Board (PQ-03)
     * @param written             notice in writing (a web form or e-mail is); an oral question at the meeting is not
     */
    public record Submission(
            LocalDate meeting,
            boolean boardTakesQuestions,
            String name,
            String postcode,
            String organisation,
            Instant received,
            boolean written,
            About about) {
        /** The person: name and postcode, normalised (PQ-06 "normalised person identity"). */
        public String person() {
            return identity(name) + "|" + Residency.normalise(postcode);
        }

        public String organisationKey() {
            return identity(organisation);
        }
    }

    public static String identity(String s) {
        return s == null
                ? ""
                : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Every mandatory ground that refuses the question; none means it goes to the officer to decide. */
    public static List<Ground> refusals(
            Submission s, List<Earlier> earlier, Set<LocalDate> closures, Residency borough, OffAgenda offAgenda) {
        List<Ground> found = new ArrayList<>();
        if (!s.boardTakesQuestions()) {
            found.add(Ground.BOARD_TAKES_NO_QUESTIONS);
            return found;
        }
        if (!borough.inBorough(s.postcode())) {
            found.add(Ground.NOT_A_RESIDENT);
        }
        if (!s.written()) {
            found.add(Ground.NOT_WRITTEN);
        } else if (!NoticeDeadline.inTime(s.received(), s.meeting(), closures)) {
            found.add(Ground.LATE);
        }
        List<Earlier> standing = earlier.stream().filter(e -> !e.withdrawn()).toList();
        if (standing.stream().anyMatch(e -> e.person().equals(s.person()))) {
            found.add(Ground.ONE_PER_PERSON);
        }
        String org = s.organisationKey();
        if (!org.isEmpty() && standing.stream().anyMatch(e -> org.equals(identity(e.organisation())))) {
            found.add(Ground.ONE_PER_ORGANISATION);
        }
        if (s.about() == About.PART_II_ITEM) {
            found.add(Ground.NOT_PUBLIC_PART);
        }
        if (s.about() == About.NOT_ON_THE_AGENDA && offAgenda == OffAgenda.REFUSE) {
            found.add(Ground.NOT_ON_AGENDA);
        }
        return found;
    }

    /** Words, counted as a reader would (runs of non-space characters). */
    public static int words(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * Q06: two questions in one notice. Only one can proceed: the resident is asked to choose, and failing that the
     * first is taken. A notice is split on blank lines only when the parts are each a question.
     */
    public static List<String> questionsIn(String notice) {
        List<String> parts = new ArrayList<>();
        for (String p : notice.strip().split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        boolean allQuestions = parts.size() > 1 && parts.stream().allMatch(p -> p.endsWith("?"));
        return allQuestions ? parts : List.of(notice.strip());
    }
}
