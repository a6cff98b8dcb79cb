package org.scrutineer.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.scrutineer.platform.audit.AuditAction;
import org.scrutineer.platform.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Failed sign-ins, counted in PostgreSQL so that every instance counts the same: five for one username within fifteen
 * minutes, or twenty from one address (an office behind one address has many people, a guesser many usernames), and
 * further attempts are refused, the right password included, until the oldest counted failure is fifteen minutes old.
 * A username counts whether or not there is such an account, so a refusal tells nobody which accounts exist. Signing
 * in clears the username's count, not the address's. Every attempt goes into the audit trail (scope
 * {@code sign-in:<username>}): the username tried, the address, the outcome; never the password.
 */
@Service
class SignInAttempts {
    static final AttemptLimit PER_ACCOUNT = new AttemptLimit(5, Duration.ofMinutes(15));
    static final AttemptLimit PER_ADDRESS = new AttemptLimit(20, Duration.ofMinutes(15));
    /** Failures older than this are deleted as new ones come: they no longer count. */
    private static final Duration KEPT = Duration.ofDays(1);
    /** A longer username is cut to this, so a guesser cannot fill the table with huge ones. */
    private static final int MAX_USERNAME = 100;
    /** Recorded as the actor of a failure: nobody is signed in, and the username tried may be anyone's. */
    static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    public SignInAttempts(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** How long this username, from this address, must wait before trying again; empty if it may try now. */
    public Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = PER_ACCOUNT.wait(failures("username", key(username), PER_ACCOUNT, now), now);
        Optional<Duration> fromAddress = PER_ADDRESS.wait(failures("address", address, PER_ADDRESS, now), now);
        return Stream.of(account, fromAddress).flatMap(Optional::stream).max(Duration::compareTo);
    }

    public void failed(String username, String address, String outcome) {
        Instant now = clock.instant();
        jdbc.sql("insert into sign_in_failure (username, address, failed_at) values (:u, :a, :t)")
                .param("u", key(username))
                .param("a", address)
                .param("t", at(now))
                .update();
        jdbc.sql("delete from sign_in_failure where failed_at < :t")
                .param("t", at(now.minus(KEPT)))
                .update();
        record(ANONYMOUS, AuditAction.SIGN_IN_FAILED, username, address, outcome);
    }

    /** Refused before the password was looked at: not counted again, so the wait does not grow. */
    public void refused(String username, String address, Duration wait) {
        record(
                ANONYMOUS,
                AuditAction.SIGN_IN_FAILED,
                username,
                address,
                "too many attempts: refused for " + AttemptLimit.minutes(wait) + " minutes");
    }

    public void succeeded(String accountName, String address) {
        jdbc.sql("delete from sign_in_failure where username = :u")
                .param("u", key(accountName))
                .update();
        record(accountName, AuditAction.SIGN_IN, accountName, address, "signed in");
    }

    private List<Instant> failures(String column, String value, AttemptLimit limit, Instant now) {
        // newest first, as many as the limit needs; the column is one of two names given above, never input
        return jdbc.sql("select failed_at from sign_in_failure where " + column
                        + " = :v and failed_at > :from and failed_at <= :now" + " order by failed_at desc limit :n")
                .param("v", value)
                .param("from", at(now.minus(limit.within())))
                .param("now", at(now))
                .param("n", limit.failures())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .list();
    }

    private void record(String actor, AuditAction action, String username, String address, String outcome) {
        String tried = cut(username == null ? "" : username.trim());
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("username", tried);
        what.put("address", address);
        what.put("outcome", outcome);
        audit.recordBy(actor, "sign-in:" + key(username), action, "sign_in", tried, null, what, null);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The username as counted: trimmed, in lower case (sign-in ignores case), cut to a bounded length. */
    static String key(String username) {
        return cut(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String cut(String s) {
        return s.length() > MAX_USERNAME ? s.substring(0, MAX_USERNAME) : s;
    }
}
