package org.scrutineer.workforce.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One measure's counts by ethnic group, and the total the return states for it, if any. A group with no count is
 * "not provided", which is not the same as a count of 0.
 */
public record Breakdown(Map<EthnicGroup, Integer> counts, Integer statedTotal) {
    public Breakdown {
        EnumMap<EthnicGroup, Integer> copy = new EnumMap<>(EthnicGroup.class);
        counts.forEach((g, n) -> {
            if (n != null) {
                if (n < 0) {
                    throw new IllegalArgumentException("A count cannot be negative: " + g.words() + " " + n);
                }
                copy.put(g, n);
            }
        });
        counts = Collections.unmodifiableMap(copy);
        if (statedTotal != null && statedTotal < 0) {
            throw new IllegalArgumentException("A total cannot be negative: " + statedTotal);
        }
    }

    public static Breakdown of(int white, int mixed, int asian, int black, int other, int notKnown) {
        EnumMap<EthnicGroup, Integer> m = new EnumMap<>(EthnicGroup.class);
        m.put(EthnicGroup.WHITE, white);
        m.put(EthnicGroup.MIXED, mixed);
        m.put(EthnicGroup.ASIAN, asian);
        m.put(EthnicGroup.BLACK, black);
        m.put(EthnicGroup.OTHER, other);
        m.put(EthnicGroup.NOT_KNOWN, notKnown);
        return new Breakdown(m, null);
    }

    public Breakdown withTotal(Integer total) {
        return new Breakdown(counts, total);
    }

    public boolean provided() {
        return !counts.isEmpty() || statedTotal != null;
    }

    public Integer count(EthnicGroup g) {
        return counts.get(g);
    }

    /** The sum of the groups given. */
    public int sum() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Black, Asian and minority ethnic staff: the four minoritised groups together. */
    public int minoritised() {
        return counts.entrySet().stream()
                .filter(e -> e.getKey().minoritised())
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    public int white() {
        return counts.getOrDefault(EthnicGroup.WHITE, 0);
    }

    public boolean complete() {
        return counts.size() == EthnicGroup.values().length;
    }
}
