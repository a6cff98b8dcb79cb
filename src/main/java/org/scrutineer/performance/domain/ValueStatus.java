package org.scrutineer.performance.domain;

/** Whether a figure is final, provisional, or not yet available for its period. */
public enum ValueStatus {
    FINAL("final"),
    PROVISIONAL("provisional"),
    NOT_AVAILABLE("not yet available");

    private final String words;

    ValueStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public static ValueStatus fromCode(String code) {
        if (code != null && code.trim().equalsIgnoreCase("not yet available")) {
            return NOT_AVAILABLE;
        }
        return Codes.parse(ValueStatus.class, code, "status");
    }
}
