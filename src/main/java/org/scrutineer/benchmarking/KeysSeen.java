package org.scrutineer.benchmarking;

import java.util.Arrays;

/**
 * The keys of the rows read so far, to name a duplicate with the line it repeats, kept as two independent 64-bit hashes
 * each (16 bytes a row, where a million key strings would take some 150 MB). Two different keys share both hashes
 * with a chance of about one in 10^26 for a file of a million rows.
 */
final class KeysSeen {
    private long[] first = new long[1 << 16];
    private long[] second = new long[1 << 16];
    private int[] lines = new int[1 << 16];
    private int size;

    /**
     * Adds a row's key (its indicator and the text of each key column); returns the line it was first seen on, or 0
     * when it is new. The two hashes are taken over the characters as they come, with a separator after each part, so
     * that no key string is built.
     */
    int add(int indicatorId, int line, String... parts) {
        long a = FNV ^ SEED_A;
        long b = FNV ^ SEED_B;
        a = (a ^ indicatorId) * PRIME;
        b = (b ^ indicatorId) * PRIME;
        for (String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                a = (a ^ c) * PRIME;
                b = (b ^ c) * PRIME;
            }
            a = (a ^ 0x10000) * PRIME; // no character has this value: "ab" + "c" and "a" + "bc" differ
            b = (b ^ 0x10000) * PRIME;
        }
        return add(mix(a) | 1, mix(b), line); // never 0: 0 marks an empty slot
    }

    private int add(long a, long b, int line) {
        if (size * 2 >= first.length) {
            grow();
        }
        int mask = first.length - 1;
        int i = (int) (a ^ (a >>> 32)) & mask;
        while (first[i] != 0) {
            if (first[i] == a && second[i] == b) {
                return lines[i];
            }
            i = (i + 1) & mask;
        }
        first[i] = a;
        second[i] = b;
        lines[i] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        int[] oldLines = lines;
        first = new long[oldFirst.length * 2];
        second = new long[oldFirst.length * 2];
        lines = new int[oldFirst.length * 2];
        int mask = first.length - 1;
        for (int j = 0; j < oldFirst.length; j++) {
            if (oldFirst[j] != 0) {
                int i = (int) (oldFirst[j] ^ (oldFirst[j] >>> 32)) & mask;
                while (first[i] != 0) {
                    i = (i + 1) & mask;
                }
                first[i] = oldFirst[j];
                second[i] = oldSecond[j];
                lines[i] = oldLines[j];
            }
        }
        Arrays.fill(oldFirst, 0);
    }

    private static final long FNV = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    private static final long SEED_A = 0x9E3779B97F4A7C15L;
    private static final long SEED_B = 0xC2B2AE3D27D4EB4FL;

    /** MurmurHash3's finishing mix, so that the FNV-1a hash's low bits (the slot) depend on every character. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
