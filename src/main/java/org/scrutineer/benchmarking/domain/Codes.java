package org.scrutineer.benchmarking.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** Looks up a setting by the code the API and the forms use, with a message naming the setting and its codes. */
final class Codes {
    private Codes() {}

    static <T> T find(T[] values, String code, Function<T, String> codeOf, String setting) {
        String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        for (T value : values) {
            if (codeOf.apply(value).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException(
                "'" + (code == null ? "" : code) + "' is not a " + setting + ": expected one of "
                        + String.join(", ", Arrays.stream(values).map(codeOf).toList()));
    }
}
