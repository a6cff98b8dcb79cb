package org.scrutineer.platform.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password chosen for an account must be: long enough, not the username, and none that is printed anywhere (the
 * demo's, in the README) or tried first by anyone guessing. One rule for the admin's form, the password change page and
 * the first administrator given in configuration.
 */
final class PasswordRule {
    public static final int MIN_LENGTH = 12;
    /** The demo's passwords are in the README; the others head every list of passwords tried first. */
    private static final Set<String> KNOWN = Set.of(
            "officer-demo-pass",
            "councillor-demo-pass",
            "admin-demo-pass",
            "password1234",
            "password12345",
            "password123456",
            "123456789012",
            "qwertyuiop12",
            "changemechangeme",
            "letmeinletmein",
            "scrutineer123",
            "scrutineer1234");

    private PasswordRule() {}

    /** Why the password will not do, said to the person choosing it; empty when it will. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Enter a password of at least " + MIN_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (KNOWN.contains(lower)) {
            return Optional.of(
                    "Choose another password: this one is published or among the first that anyone guessing tries");
        }
        if (username != null
                && !username.isBlank()
                && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("Choose a password that does not contain the username");
        }
        return Optional.empty();
    }
}
