package org.scrutineer.questions.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PQ-02: only residents of the borough may ask. Without an address gazetteer the check is by postcode: the borough's
 * postcode districts or sectors (Halton: WA7 Runcorn, WA8 Widnes), configurable.
 */
public record Residency(List<String> postcodePrefixes) {
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");

    public static final Residency HALTON = new Residency(List.of("WA7", "WA8"));

    /** Upper case, single space before the inward code: "wa7 1aa" and "WA71AA" both become "WA7 1AA". */
    public static String normalise(String postcode) {
        String s = postcode == null ? "" : postcode.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return s.length() > 3 ? s.substring(0, s.length() - 3) + " " + s.substring(s.length() - 3) : s;
    }

    public static boolean wellFormed(String postcode) {
        return POSTCODE.matcher(normalise(postcode)).matches();
    }

    public boolean inBorough(String postcode) {
        String p = normalise(postcode);
        return wellFormed(p)
                && postcodePrefixes.stream()
                        .map(x -> x.toUpperCase(Locale.ROOT).trim())
                        .anyMatch(x -> p.startsWith(x.contains(" ") ? x : x + " "));
    }
}
