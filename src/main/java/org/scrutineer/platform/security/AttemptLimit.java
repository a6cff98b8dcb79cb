package org.scrutineer.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many failed sign-ins are let through within a time: after that many, further attempts are refused until the
 * oldest of them is older than the time. Attempts refused meanwhile are not counted, so the wait never grows past it.
 *
 * @param failures how many failures are allowed within the time
 * @param within   the time they are counted over
 */
record AttemptLimit(int failures, Duration within) {

    /** How long to wait before trying again, given the failures newest first; empty if an attempt may be made now. */
    public Optional<Duration> wait(List<Instant> newestFirst, Instant now) {
        List<Instant> recent = newestFirst.stream()
                .filter(t -> t.isAfter(now.minus(within)) && !t.isAfter(now))
                .toList();
        if (recent.size() < failures) {
            return Optional.empty();
        }
        // the failures-th newest failure leaves the window first among those that keep the count at the limit
        Duration wait = Duration.between(now, recent.get(failures - 1).plus(within));
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    /** Whole minutes, rounded up, as the wait is told. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
