package org.scrutineer.workforce.domain;

import java.util.List;

/**
 * Something the check of a return found, with the figures involved. An ERROR stops the return being published;
 * NOT_PROVIDED says an indicator has no data, which is reported as "not provided", never as zero.
 */
public record Finding(Kind kind, int indicator, List<Measure> measures, String text) {
    public enum Kind {
        ERROR("Error"),
        NOT_PROVIDED("Not provided");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean error() {
        return kind == Kind.ERROR;
    }
}
