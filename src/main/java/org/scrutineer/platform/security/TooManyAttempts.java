package org.scrutineer.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was looked at, because of too many failures for the username or the address. */
class TooManyAttempts extends AuthenticationException {
    private final Duration wait;

    public TooManyAttempts(Duration wait) {
        super(message(AttemptLimit.minutes(wait)));
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }

    public long minutes() {
        return AttemptLimit.minutes(wait);
    }

    /** The same words whether or not the account exists, so they tell nobody which do. */
    public static String message(long minutes) {
        return "Too many attempts to sign in: wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                + " and try again, or ask an administrator of Scrutineer for help";
    }
}
