package org.scrutineer.benchmarking;

import java.nio.charset.StandardCharsets;
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

    /** Adds a key; returns the line it was first seen on, or 0 when it is new. */
    int add(String key, int line) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        long a = hash(bytes, 0x9E3779B97F4A7C15L) | 1; // never 0: 0 marks an empty slot
        long b = hash(bytes, 0xC2B2AE3D27D4EB4FL);
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

    /** A 64-bit FNV-1a over the bytes with a seed, finished with a MurmurHash3 mix. */
    private static long hash(byte[] bytes, long seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte x : bytes) {
            h ^= x & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
