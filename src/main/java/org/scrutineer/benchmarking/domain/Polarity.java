package org.scrutineer.benchmarking.domain;

import java.util.Arrays;
import java.util.Locale;

/** Which way is better for an indicator, in Fingertips' three words. */
public enum Polarity {
    HIGH_IS_GOOD("high-is-good"),
    LOW_IS_GOOD("low-is-good"),
    NO_JUDGEMENT("no-judgement");

    private final String code;

    Polarity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Polarity fromCode(String code) {
        return Codes.find(values(), code, Polarity::code, "polarity");
    }

    /** The words Fingertips' metadata uses ("RAG - High is good", "Low is good"...), read leniently. */
    public static Polarity fromWords(String words) {
        String w = words == null ? "" : words.toLowerCase(Locale.ROOT);
        if (w.contains("high is good") || w.contains("high-is-good")) {
            return HIGH_IS_GOOD;
        }
        if (w.contains("low is good") || w.contains("low-is-good")) {
            return LOW_IS_GOOD;
        }
        return NO_JUDGEMENT;
    }

    static String list() {
        return String.join(", ", Arrays.stream(values()).map(Polarity::code).toList());
    }
}
