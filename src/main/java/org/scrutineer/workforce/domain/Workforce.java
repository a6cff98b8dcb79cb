package org.scrutineer.workforce.domain;

/** Which workforce a return covers: councils return adult social care, and children's social care if they choose. */
public enum Workforce {
    ADULT("Adult social care"),
    CHILDREN("Children's social care"),
    TOTAL("Adult and children's social care together");

    private final String words;

    Workforce(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
