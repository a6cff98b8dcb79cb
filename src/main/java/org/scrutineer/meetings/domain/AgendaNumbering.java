package org.scrutineer.meetings.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The two numbering schemes of the council's papers. The pack numbers items 1, 2, 3 and letters the items under a
 * shared heading: 4(A), 4(B)… The minutes number every minuted item in one run through the municipal year (the web
 * page's 10–20), with the board's prefix in the printed minutes (HEA1…).
 */
public final class AgendaNumbering {
    private AgendaNumbering() {}

    /** Pack numbers for items in order, given each item's heading (blank: an item of its own). */
    public static List<String> packNumbers(List<String> headings) {
        List<String> numbers = new ArrayList<>();
        int number = 0;
        String previous = null;
        int letter = 0;
        for (String heading : headings) {
            String h = heading == null ? "" : heading.trim();
            if (h.isEmpty()) {
                number++;
                letter = 0;
                numbers.add(String.valueOf(number));
            } else {
                if (!h.equals(previous)) {
                    number++;
                    letter = 0;
                }
                if (letter >= 26) {
                    throw new IllegalArgumentException("More than 26 items under the heading " + h);
                }
                numbers.add(number + "(" + (char) ('A' + letter++) + ")");
            }
            previous = h.isEmpty() ? null : h;
        }
        return numbers;
    }

    /**
     * Minute numbers for items in order: the minuted ones get {@code first}, {@code first + 1}…; the others (such as
     * declarations of interest, when none are made) get none.
     */
    public static List<Integer> minuteNumbers(int first, List<Boolean> minuted) {
        List<Integer> numbers = new ArrayList<>();
        int next = first;
        for (Boolean m : minuted) {
            numbers.add(Boolean.TRUE.equals(m) ? next++ : null);
        }
        return numbers;
    }
}
