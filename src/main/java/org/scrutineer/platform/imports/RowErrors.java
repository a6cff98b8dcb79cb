package org.scrutineer.platform.imports;

import java.util.ArrayList;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * The errors found in an uploaded file: every one is counted, the first {@value #LISTED} are kept to list. A file of a
 * million bad rows would otherwise list a million errors (the tester's came to a 9.3 MB answer); the first thousand
 * show what is wrong, and an officer corrects those and uploads again. A thousand errors are about 150 KB of
 * problem+json and a page that still renders at once.
 */
@NamedInterface("imports")
public final class RowErrors {
    public static final int LISTED = 1000;
    private final List<RowError> listed = new ArrayList<>();
    private int count;

    public void add(RowError error) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(error);
        }
    }

    /** How many errors were found, listed or not. */
    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The first {@value #LISTED} errors, in the order found. */
    public List<RowError> listed() {
        return List.copyOf(listed);
    }
}
