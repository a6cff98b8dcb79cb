package org.scrutineer.meetings.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The page range of each item in an agenda pack, from the page counts of the documents attached to it. Pack pages are
 * numbered from the first item's first document; the front sheet and agenda are not numbered, as in the seed's pack.
 */
public final class PageRanges {
    private PageRanges() {}

    /** A range of printed page numbers, both ends included. */
    public record Range(int from, int to) {
        public Range {
            if (from < 1 || to < from) {
                throw new IllegalArgumentException("Not a page range: " + from + "–" + to);
            }
        }

        @Override
        public String toString() {
            return from == to ? String.valueOf(from) : from + " - " + to;
        }

        public int pages() {
            return to - from + 1;
        }
    }

    /**
     * One range per item, null for an item with no pages (such as declarations of interest), and null too for an item
     * whose pages would run past the largest page number: papers stored before their page counts were checked may claim
     * billions, and the meeting's page must still show, so that an officer can remove them.
     */
    public static List<Range> of(List<Integer> pagesPerItem) {
        List<Range> ranges = new ArrayList<>();
        long next = 1;
        for (Integer pages : pagesPerItem) {
            if (pages == null || pages == 0) {
                ranges.add(null);
            } else if (pages < 0) {
                throw new IllegalArgumentException("An item cannot have " + pages + " pages");
            } else if (next + pages - 1 > Integer.MAX_VALUE) {
                ranges.add(null);
                next = Integer.MAX_VALUE + 1L;
            } else {
                ranges.add(new Range((int) next, (int) (next + pages - 1)));
                next += pages;
            }
        }
        return ranges;
    }
}
