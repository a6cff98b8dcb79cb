package org.scrutineer.platform.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway's migrations, one instance at a time: instances started together on one empty database would otherwise race
 * to create Flyway's own history table. The lock is a session-level advisory lock on a connection of its own, held
 * until the migrations are done.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseMigration {
    static final int MIGRATIONS = "migrations".hashCode();

    @Bean
    FlywayMigrationStrategy oneInstanceAtATime() {
        return flyway -> {
            try (Connection c = flyway.getConfiguration().getDataSource().getConnection()) {
                lock(c, "select pg_advisory_lock(?, ?)");
                try {
                    flyway.migrate();
                } finally {
                    lock(c, "select pg_advisory_unlock(?, ?)");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not take the migration lock", e);
            }
        };
    }

    private static void lock(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, DatabaseLock.SCRUTINEER);
            s.setInt(2, MIGRATIONS);
            s.execute();
        }
    }
}
