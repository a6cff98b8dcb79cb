package org.scrutineer.platform.progress;

import org.springframework.modulith.NamedInterface;

/** Progress on the council's three-state scale, for savings proposals and improvement actions alike; UNKNOWN where none is recorded. */
@NamedInterface("progress")
public enum ProgressStatus {
    ON_COURSE("On course to be achieved"),
    UNCERTAIN("Uncertain or too early to say"),
    WILL_NOT_BE_ACHIEVED("Highly likely or certain will not be achieved"),
    UNKNOWN("Not recorded");

    private final String words;

    ProgressStatus(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
