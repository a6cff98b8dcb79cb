package org.scrutineer.questions.domain;

/** Where a public question stands (governance-rules §6.3). */
public enum QuestionState {
    RECEIVED("Received: waiting for a decision", false, false),
    ACCEPTED("Accepted", true, false),
    REJECTED("Rejected", false, false),
    WITHDRAWN("Withdrawn", false, false),
    ANSWERED("Answered at the meeting", true, false),
    WRITTEN_RESPONSE_DUE("Written response to follow", true, true),
    WRITTEN_RESPONSE_SENT("Written response sent", true, false),
    NOT_REACHED("Not reached in the 30 minutes: written response to follow", true, true),
    // S06: not covered by the standing order; the choice made is to record it and still send a written response
    NOT_ASKED("Not asked: the questioner was not present", true, true);

    private final String words;
    private final boolean isPublic;
    private final boolean needsWrittenResponse;

    QuestionState(String words, boolean isPublic, boolean needsWrittenResponse) {
        this.words = words;
        this.isPublic = isPublic;
        this.needsWrittenResponse = needsWrittenResponse;
    }

    public String words() {
        return words;
    }

    /** Shown on the meeting's public page and in its minutes: accepted questions and what became of them. */
    public boolean isPublic() {
        return isPublic;
    }

    public boolean needsWrittenResponse() {
        return needsWrittenResponse;
    }

    /** States counting against the one-question-per-person rule: everything but withdrawn (Q09). */
    public boolean standing() {
        return this != WITHDRAWN;
    }
}
