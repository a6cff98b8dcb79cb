package org.scrutineer.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.scrutineer.platform.web.LondonTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in every integration test: it starts at a fixed moment (a Wednesday morning, so no test depends
 * on the weekday it runs) and moves on in real time from there, because publishing and adding papers are ordered by time.
 * A test that needs another day moves it with {@link #startAt(LocalDate)} and puts it back with {@link #reset()}.
 */
public class TestClock extends Clock {
    /** Wednesday 25 November 2026, 10:00 in London: after every demo meeting, a working day in a full working week. */
    public static final LocalDate DEFAULT_DAY = LocalDate.of(2026, 11, 25);

    private static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

    private volatile Duration offset;
    private volatile Instant stopped;

    public TestClock() {
        reset();
    }

    /** From now on the clock reads the given day at 10:00 in London, moving on in real time. */
    public void startAt(LocalDate day) {
        startAt(day.atTime(DEFAULT_TIME).atZone(LondonTime.LONDON).toInstant());
    }

    public void startAt(Instant moment) {
        stopped = null;
        offset = Duration.between(Instant.now(), moment);
    }

    /**
     * Stops the clock where it reads now, until {@link #reset()}: for a rule measured in seconds (a rate limit) that a
     * slow machine would otherwise see time pass in.
     */
    public void stop() {
        stopped = instant();
    }

    public void reset() {
        startAt(DEFAULT_DAY);
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return LondonTime.LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant still = stopped;
        return still != null ? Clock.fixed(still, zone) : Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        Instant still = stopped;
        return still != null ? still : Instant.now().plus(offset);
    }

    /** Registers the test clock in place of the application's. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
