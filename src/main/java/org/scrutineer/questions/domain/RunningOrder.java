package org.scrutineer.questions.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * PQ-01 and PQ-11: public question time lasts at most 30 minutes in all, and each questioner has at most 3 minutes
 * (the supplementary counting towards them, the default reading). Questions the time does not reach get a written
 * response (§6.4 item 5).
 */
public final class RunningOrder {
    public static final Duration TOTAL = Duration.ofMinutes(30);
    public static final Duration EACH = Duration.ofMinutes(3);
    public static final String NONE_RECEIVED = "It was confirmed that no public questions had been received.";

    private RunningOrder() {}

    /** Whether the supplementary is timed with the original (default) or only the original is timed. */
    public enum Timing {
        ORIGINAL_AND_SUPPLEMENTARY,
        ORIGINAL_ONLY
    }

    /** One questioner's place: when their turn may start (minutes in) and how long they may have; zero = not reached. */
    public record Slot(int position, Duration startsAt, Duration allowance) {
        public boolean reached() {
            return !allowance.isZero();
        }
    }

    /** The time the next questioner may have when {@code used} of the 30 minutes has gone: the lower of 3:00 and what is left. */
    public static Duration allowance(Duration used) {
        Duration left = TOTAL.minus(used);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(EACH) < 0 ? left : EACH;
    }

    /** The Chair is prompted to close a turn once the questioner has used their 3 minutes. */
    public static boolean turnOver(Duration usedByQuestioner) {
        return usedByQuestioner.compareTo(EACH) >= 0;
    }

    public static boolean withinLimit(Duration original, Duration supplementary, Timing timing) {
        Duration timed = timing == Timing.ORIGINAL_ONLY ? original : original.plus(supplementary);
        return timed.compareTo(EACH) <= 0;
    }

    /** Planned slots for {@code questions} accepted questions, each assumed to take its full 3 minutes. */
    public static List<Slot> plan(int questions) {
        List<Slot> slots = new ArrayList<>();
        Duration used = Duration.ZERO;
        for (int i = 1; i <= questions; i++) {
            Duration a = allowance(used);
            slots.add(new Slot(i, used, a));
            used = used.plus(a);
        }
        return slots;
    }

    /** The minute's words for public question time with no question (HEA2), or null when there were some. */
    public static String minuteWhenNone(int questions) {
        return questions == 0 ? NONE_RECEIVED : null;
    }
}
