package org.scrutineer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptLimitTest {
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    final AttemptLimit five = new AttemptLimit(5, Duration.ofMinutes(15));

    static List<Instant> minutesAgo(int... minutes) {
        return java.util.Arrays.stream(minutes)
                .mapToObj(m -> NOW.minus(Duration.ofMinutes(m)))
                .toList();
    }

    @Test
    void fewerFailuresThanTheLimitLetTheNextAttemptThrough() {
        assertThat(five.wait(minutesAgo(), NOW)).isEmpty();
        assertThat(five.wait(minutesAgo(1, 2, 3, 4), NOW)).isEmpty();
        assertThat(five.wait(minutesAgo(1, 2, 3, 4, 16, 17, 18), NOW))
                .as("older ones no longer count")
                .isEmpty();
    }

    @Test
    void atTheLimitTheWaitLastsUntilTheFifthNewestIsOldEnough() {
        assertThat(five.wait(minutesAgo(0, 0, 0, 0, 0), NOW)).hasValue(Duration.ofMinutes(15));
        assertThat(five.wait(minutesAgo(1, 2, 3, 4, 10, 11), NOW)).hasValue(Duration.ofMinutes(5));
        assertThat(AttemptLimit.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(AttemptLimit.minutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(AttemptLimit.minutes(Duration.ofMinutes(15))).isEqualTo(15);
    }

    @Test
    void failuresAfterNowAreNotCounted() {
        // a clock put back (tests do) must not hold anyone back for failures it has not reached yet
        assertThat(five.wait(
                        List.of(
                                NOW.plusSeconds(60),
                                NOW.plusSeconds(61),
                                NOW.plusSeconds(62),
                                NOW.plusSeconds(63),
                                NOW.plusSeconds(64)),
                        NOW))
                .isEmpty();
    }

    @Test
    void thePasswordRule() {
        assertThat(PasswordRule.problem("short", "someone")).hasValue("Enter a password of at least 12 characters");
        assertThat(PasswordRule.problem("admin-demo-pass", "someone"))
                .get()
                .asString()
                .startsWith("Choose another password");
        assertThat(PasswordRule.problem("Officer-Demo-Pass", "someone"))
                .as("in any case")
                .isPresent();
        assertThat(PasswordRule.problem("jane.smith-2026!", "jane.smith"))
                .hasValue("Choose a password that does not contain the username");
        assertThat(PasswordRule.problem("correct horse battery", "jane.smith")).isEmpty();
    }
}
