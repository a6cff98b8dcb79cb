package org.scrutineer.platform.database;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-time and scheduled work that must not run twice at once when several instances share one database (loading the
 * demo into an empty database, say): each runs it in a transaction holding a PostgreSQL advisory lock named after the
 * work, so the others wait for it to commit and then see what it did.
 */
@NamedInterface("database")
@Component
public class DatabaseLock {
    /** The first half of every lock key Scrutineer takes ("Sc"), the second being the work's name's hash. */
    static final int SCRUTINEER = 0x5363;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public DatabaseLock(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Runs the work in one transaction, alone among all instances on this database for the same name. */
    public <T> T inTransaction(String name, Supplier<T> work) {
        return transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:scrutineer, :work)")
                    .param("scrutineer", SCRUTINEER)
                    .param("work", name.hashCode())
                    .query()
                    .singleRow();
            return work.get();
        });
    }

    /**
     * Runs the work in one transaction if no other instance is running the same work now, else not at all: for
     * scheduled work that every instance would otherwise do once each. Says whether it ran.
     */
    public boolean ifFree(String name, Runnable work) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean free = jdbc.sql("select pg_try_advisory_xact_lock(:scrutineer, :work)")
                    .param("scrutineer", SCRUTINEER)
                    .param("work", name.hashCode())
                    .query(Boolean.class)
                    .single();
            if (free) {
                work.run();
            }
            return free;
        }));
    }

    public void inTransaction(String name, Runnable work) {
        inTransaction(name, () -> {
            work.run();
            return null;
        });
    }
}
