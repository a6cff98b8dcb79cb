package org.scrutineer.finance.domain;

/** Progress of a savings proposal, on the council's three-state scale; UNKNOWN where the report's symbol is lost. */
public enum SavingsStatus {
    ON_COURSE("On course to be achieved"),
    UNCERTAIN("Uncertain or too early to say"),
    WILL_NOT_BE_ACHIEVED("Highly likely or certain will not be achieved"),
    UNKNOWN("Not recorded");

    private final String words;

    SavingsStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
