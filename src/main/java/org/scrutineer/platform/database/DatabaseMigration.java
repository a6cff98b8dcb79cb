package org.scrutineer.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway's migrations, one instance at a time: instances started together on one empty database would otherwise race
 * to create Flyway's own history table. The lock is a session-level advisory lock on a connection of its own, held
 * until the migrations are done.
 * <p>
 * With {@code scrutineer.restore-from=FILE}, an empty database gets the records of that backup ({@link DatabaseBackup})
 * first: the schema is made as it was when the backup was taken, the records loaded, and then the schema migrated on.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseMigration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseMigration.class);
    static final int MIGRATIONS = "migrations".hashCode();

    @Bean
    FlywayMigrationStrategy oneInstanceAtATime(@Value("${scrutineer.restore-from:}") String restoreFrom) {
        return flyway -> {
            DataSource dataSource = flyway.getConfiguration().getDataSource();
            try (Connection c = dataSource.getConnection()) {
                lock(c, "select pg_advisory_lock(?, ?)");
                try {
                    if (restoreFrom.isBlank()) {
                        flyway.migrate();
                    } else {
                        restore(flyway, c, Path.of(restoreFrom));
                    }
                } finally {
                    lock(c, "select pg_advisory_unlock(?, ?)");
                }
            } catch (SQLException | IOException e) {
                throw new IllegalStateException(
                        restoreFrom.isBlank() ? "Could not migrate the database" : "Could not restore " + restoreFrom,
                        e);
            }
        };
    }

    private static void restore(Flyway flyway, Connection c, Path file) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("scrutineer.restore-from: no file " + file.toAbsolutePath());
        }
        try (PreparedStatement s = c.prepareStatement("""
                select count(*) from pg_class k join pg_namespace n on n.oid = k.relnamespace
                where n.nspname = current_schema() and k.relkind in ('r', 'p')""");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getInt(1) > 0) {
                throw new IllegalStateException(
                        "scrutineer.restore-from is set, but the database already holds tables: a backup is "
                                + "restored only into an empty database (a new --scrutineer.data-dir, or an empty external database). "
                                + "Leave the setting out to start on the records as they are");
            }
        }
        DatabaseBackup.Manifest m = DatabaseBackup.manifest(file);
        log.info("Restoring {} (taken at {}, schema version {})", file, m.takenAt(), m.schemaVersion());
        Flyway.configure(flyway.getConfiguration().getClassLoader())
                .configuration(flyway.getConfiguration())
                .target(m.schemaVersion())
                .load()
                .migrate();
        DatabaseBackup.restore(c, file);
        flyway.migrate();
        log.info(
                "Restored {}: {} rows in {} tables",
                file,
                m.rows().values().stream().mapToLong(Long::longValue).sum(),
                m.tables().size());
    }

    private static void lock(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, DatabaseLock.SCRUTINEER);
            s.setInt(2, MIGRATIONS);
            s.execute();
        }
    }
}
