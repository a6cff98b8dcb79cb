package org.scrutineer.performance.domain;

/** A period label that is not one of the forms councils print. The message says which forms are accepted. */
public class PeriodFormatException extends IllegalArgumentException {
    public PeriodFormatException(String text, String reason) {
        super("'" + (text == null ? "" : text) + "' is not a period: " + reason);
    }
}
