package org.scrutineer.meetings;

import java.util.ArrayList;
import java.util.List;

/**
 * A search result's extract as plain text in parts, each part marked (a word that matched) or not. PostgreSQL's
 * ts_headline marks matches with {@link #START} and {@link #STOP}, two control characters removed from the text before
 * it is searched, so a paper's own {@code <b>}, {@code <script>} or {@code &} can never pass for a mark; the page prints
 * every part escaped, inside {@code <mark>} when marked.
 */
record Snippet(List<Part> parts) {
    static final char START = '\u0002';
    static final char STOP = '\u0003';
    /** ts_headline's options: our marks instead of its default {@code <b>}, and the extract's length. */
    static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=30, MinWords=12";
    /** What to remove from a text before ts_headline, for PostgreSQL's translate(). */
    static final String MARKS = "" + START + STOP;

    public record Part(String text, boolean marked) {}

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** Splits ts_headline's output at its marks. */
    public static Snippet of(String headline) {
        List<Part> parts = new ArrayList<>();
        if (headline == null) {
            return new Snippet(parts);
        }
        StringBuilder text = new StringBuilder();
        boolean marked = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    parts.add(new Part(text.toString(), marked));
                    text.setLength(0);
                }
                marked = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), marked));
        }
        return new Snippet(parts);
    }

    /** The extract as plain text, without marks. */
    public String text() {
        return parts.stream().map(Part::text).reduce("", String::concat);
    }
}
