package org.scrutineer.questions.domain;

/**
 * Why a question is refused or rejected, in the words of Standing Order 34(9). The (v) grounds are discretionary: the
 * Chair or proper officer "may" reject, so a person decides. The (iii), (ii) and (vi) ones are mandatory.
 */
public enum Ground {
    NOT_A_RESIDENT("PQ-02", true, "Only residents of the borough may ask a public question"),
    BOARD_TAKES_NO_QUESTIONS("PQ-03", true, "This board does not take public questions under Standing Order 34(9)"),
    NOT_ON_AGENDA("PQ-04", true, "The question does not relate to the agenda of the meeting"),
    LATE("PQ-05", true, "Written notice did not arrive by 4.00 pm on the working day before the meeting"),
    NOT_WRITTEN("PQ-05", true, "No written notice was given before the meeting"),
    ONE_PER_PERSON("PQ-06", true, "No person may submit more than one question for one meeting"),
    ONE_PER_ORGANISATION("PQ-06", true, "No organisation may submit more than one question for one meeting"),
    NOT_COUNCIL_MATTER(
            "PQ-08a",
            false,
            "Not about a matter for which the council has a responsibility or which affects the borough"),
    DEFAMATORY("PQ-08b", false, "Defamatory"),
    FRIVOLOUS("PQ-08b", false, "Frivolous"),
    OFFENSIVE("PQ-08b", false, "Offensive"),
    ABUSIVE("PQ-08b", false, "Abusive"),
    RACIST("PQ-08b", false, "Racist"),
    REPEAT("PQ-08c", false, "Substantially the same as a question put in the past six months"),
    CONFIDENTIAL("PQ-08d", false, "Requires the disclosure of confidential or exempt information"),
    PLANNING_APPLICATION("PQ-09", true, "Relates to a planning application"),
    LICENSING_APPLICATION("PQ-09", true, "Relates to a licensing application"),
    NOT_PUBLIC_PART("PQ-09", true, "Relates to business not dealt with in the public part of a meeting");

    private final String rule;
    private final boolean mandatory;
    private final String words;

    Ground(String rule, boolean mandatory, String words) {
        this.rule = rule;
        this.mandatory = mandatory;
        this.words = words;
    }

    public String rule() {
        return rule;
    }

    /** Mandatory grounds ("must", "cannot") are not overridden by the Chair; the (v) ones are a person's decision. */
    public boolean mandatory() {
        return mandatory;
    }

    public String words() {
        return words;
    }

    /** The grounds an officer chooses from when rejecting a question: the (v) grounds and the (vi) exclusions. */
    public static java.util.List<Ground> moderation() {
        return java.util.List.of(
                NOT_COUNCIL_MATTER,
                DEFAMATORY,
                FRIVOLOUS,
                OFFENSIVE,
                ABUSIVE,
                RACIST,
                REPEAT,
                CONFIDENTIAL,
                PLANNING_APPLICATION,
                LICENSING_APPLICATION,
                NOT_PUBLIC_PART,
                NOT_ON_AGENDA);
    }
}
