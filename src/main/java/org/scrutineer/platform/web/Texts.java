package org.scrutineer.platform.web;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The words the service says to people (validation messages, flash banners), kept by key in messages.properties so that
 * they are read, reviewed and changed in one place; pages reach the same file with #{key}.
 */
@NamedInterface("web")
@Component
public class Texts {
    /** The service is written in British English; one locale keeps a visitor's Accept-Language from changing words. */
    static final Locale LOCALE = Locale.UK;

    private final MessageSource messages;

    public Texts(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The text for a key, with its {0}, {1}… filled in. Numbers are filled in as written (2025, not 2,025): a text's
     * figures are years, counts and references, never amounts to be grouped.
     */
    public String get(String key, Object... arguments) {
        return messages.getMessage(key, filled(arguments), LOCALE);
    }

    static Object[] filled(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(a -> a instanceof Number ? a.toString() : a)
                .toArray();
    }
}
