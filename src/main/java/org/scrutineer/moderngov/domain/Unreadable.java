package org.scrutineer.moderngov.domain;

/** A web service answer that is not ModernGov's XML at all (an HTML page, a broken document): nothing in it is used. */
public class Unreadable extends RuntimeException {
    public Unreadable(String message) {
        super(message);
    }
}
