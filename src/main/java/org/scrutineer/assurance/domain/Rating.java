package org.scrutineer.assurance.domain;

/** The regulator's four overall ratings, lowest first. */
public enum Rating {
    INADEQUATE("Inadequate"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    GOOD("Good"),
    OUTSTANDING("Outstanding");

    private final String words;

    Rating(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
