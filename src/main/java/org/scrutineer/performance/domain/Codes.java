package org.scrutineer.performance.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the lower-case codes used in data files (higher_is_better, rate_per_100000...) into enums. */
final class Codes {
    private Codes() {}

    public static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException(field + " is empty; expected one of " + allowed(type));
        }
        String name = code.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + code.trim() + "' is not a " + field + "; expected one of " + allowed(type));
        }
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
    }
}
