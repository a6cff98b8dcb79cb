package org.scrutineer.performance.domain;

import java.math.BigDecimal;

/** Which way is better for an indicator. */
public enum Polarity {
    HIGHER_IS_BETTER("higher is better"),
    LOWER_IS_BETTER("lower is better"),
    NONE("no polarity");

    private final String words;

    Polarity(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Positive when {@code a} is better than {@code b}, zero when equal, negative when worse. */
    public int compareBetter(BigDecimal a, BigDecimal b) {
        return switch (this) {
            case HIGHER_IS_BETTER -> a.compareTo(b);
            case LOWER_IS_BETTER -> b.compareTo(a);
            case NONE -> throw new IllegalStateException("an indicator with no polarity has no better or worse");
        };
    }

    public static Polarity fromCode(String code) {
        return Codes.parse(Polarity.class, code, "polarity");
    }
}
