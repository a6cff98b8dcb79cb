package org.scrutineer.benchmarking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The import's record of the keys it has read: a repeated key names its first line; different keys never match. */
class KeysSeenTest {
    @Test
    void aRepeatedKeyNamesTheLineItFirstCameOn() {
        KeysSeen keys = new KeysSeen();
        assertThat(keys.add(90366, 2, "E06000006", "2023/24", "Persons", "All ages", "", ""))
                .isZero();
        assertThat(keys.add(90366, 3, "E06000007", "2023/24", "Persons", "All ages", "", ""))
                .isZero();
        assertThat(keys.add(90366, 4, "E06000006", "2023/24", "Persons", "All ages", "", ""))
                .isEqualTo(2);
        assertThat(keys.add(90367, 5, "E06000006", "2023/24", "Persons", "All ages", "", ""))
                .isZero();
    }

    @Test
    void theSameCharactersSplitDifferentlyAreDifferentKeys() {
        KeysSeen keys = new KeysSeen();
        assertThat(keys.add(1, 2, "ab", "c")).isZero();
        assertThat(keys.add(1, 3, "a", "bc")).isZero();
        assertThat(keys.add(1, 4, "abc", "")).isZero();
        assertThat(keys.add(1, 5, "", "abc")).isZero();
    }

    @Test
    void aMillionKeysAreEachNewOnceAndRepeatedAfter() {
        KeysSeen keys = new KeysSeen();
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(keys.add(i % 100, i + 2, "E06" + (i / 100), "2023/24")).isZero();
        }
        for (int i = 0; i < 1_000_000; i += 997) {
            assertThat(keys.add(i % 100, 0, "E06" + (i / 100), "2023/24")).isEqualTo(i + 2);
        }
    }
}
