package org.scrutineer.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as Scrutineer runs it, on its own (no Spring): durable, on the loopback address only, only
 * with its password, and starting on a data folder that an older Scrutineer made (no password) or left behind.
 */
class EmbeddedDatabaseIT {
    @TempDir
    Path folder;

    @Test
    void commitsAreDurableAndOnlyThePasswordLetsAnyoneIn() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0)) {
            // the embedding library's test settings would say off, off
            assertThat(db.setting("fsync")).isEqualTo("on");
            assertThat(db.setting("synchronous_commit")).isEqualTo("on");
            assertThat(db.setting("full_page_writes")).isEqualTo("on");
            assertThat(db.setting("listen_addresses")).isEqualTo("127.0.0.1");
            assertPasswordOnly(db);
        }
    }

    @Test
    void aDataFolderMadeWithoutAPasswordGetsOneAtItsNextStart() throws Exception {
        Path data = folder.resolve("postgres");
        // as Scrutineer made it before: the library's defaults, any local user let in as superuser without a password
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"))) {
            c.createStatement().execute("create table kept (what text); insert into kept values ('a record')");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0)) {
            assertPasswordOnly(db);
            try (Connection c = db.connect();
                    var rs = c.createStatement().executeQuery("select what from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("a record");
            }
        }
        // and again, now that it has one
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0)) {
            assertPasswordOnly(db);
        }
    }

    @Test
    void aPostmasterPidLeftBehindNamingAnotherLiveProcessDoesNotStopTheStart() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0)) {
            db.connect().close();
        }
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            // PostgreSQL itself refuses a lock file whose process is alive ("Is another postmaster running?")
            Files.writeString(
                    folder.resolve("postgres/postmaster.pid"), other.pid() + "\n" + folder.resolve("postgres") + "\n");
            try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0)) {
                db.connect().close();
            }
            assertThat(other.isAlive())
                    .as("the unrelated process is left alone")
                    .isTrue();
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void aLostPasswordFileIsNamedNotWaitedFor() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0)) {
            db.connect().close();
        }
        Files.delete(folder.resolve(EmbeddedDatabase.PASSWORD_FILE));
        assertThatThrownBy(() -> EmbeddedDatabase.start(folder, 0)).hasMessageContaining("that file is gone");
    }

    @Test
    void noCommitAnsweredBeforeTheServerIsKilledIsLost() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        // not started again by its watch while the test looks (the next test is about that)
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0, java.time.Duration.ofHours(1))) {
            try (Connection c = db.connect()) {
                c.createStatement().execute("create table written (n int primary key)");
            }
            Thread writer = new Thread(() -> {
                try (Connection c = db.connect();
                        var insert = c.prepareStatement("insert into written values (?)")) {
                    for (int n = 1; ; n++) {
                        insert.setInt(1, n);
                        insert.executeUpdate(); // committed, and answered
                        answered.set(n);
                    }
                } catch (SQLException killed) {
                    // the server is gone
                }
            });
            writer.start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (answered.get() < 300 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            kill(folder);
            writer.join(30_000);
        }
        assertThat(answered.get()).isPositive();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0);
                Connection c = db.connect();
                var rs =
                        c.createStatement().executeQuery("select count(*) from written where n <= " + answered.get())) {
            rs.next();
            assertThat(rs.getInt(1))
                    .as("answered commits found after the restart")
                    .isEqualTo(answered.get());
        }
    }

    @Test
    void aServerThatStopsWhileTheApplicationRunsIsStartedAgain() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder, 0, java.time.Duration.ofMillis(500))) {
            try (Connection c = db.connect()) {
                c.createStatement().execute("create table kept (what text); insert into kept values ('a record')");
            }
            ProcessHandle first = kill(folder);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                try (Connection c = db.connect();
                        var rs = c.createStatement().executeQuery("select what from kept")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("a record");
                    break;
                } catch (SQLException notYet) {
                    assertThat(System.nanoTime())
                            .as("started again within a minute")
                            .isLessThan(deadline);
                    Thread.sleep(200);
                }
            }
            assertThat(first.isAlive()).isFalse();
            assertThat(db.setting("fsync")).isEqualTo("on");
            assertPasswordOnly(db);
        }
    }

    /** Kills the server on the folder as a crash would: it and all its processes at once, nothing written out. */
    static ProcessHandle kill(Path folder) throws Exception {
        ProcessHandle server = ProcessHandle.of(
                        Long.parseLong(Files.readAllLines(folder.resolve("postgres/postmaster.pid"))
                                .get(0)
                                .strip()))
                .orElseThrow();
        List<ProcessHandle> all = new java.util.ArrayList<>(server.descendants().toList());
        all.add(server);
        all.forEach(ProcessHandle::destroyForcibly);
        server.onExit().get(30, TimeUnit.SECONDS);
        return server;
    }

    static void assertPasswordOnly(EmbeddedDatabase db) throws Exception {
        Path passwordFile = db.folder().resolve(EmbeddedDatabase.PASSWORD_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(passwordFile).strip())
                .isEqualTo(db.password())
                .hasSizeGreaterThanOrEqualTo(32);
        assertThat(Files.readString(db.folder().resolve("postgres/pg_hba.conf"))
                        .lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("#")))
                .isNotEmpty()
                .allMatch(l -> l.endsWith("scram-sha-256"));
        db.connect().close();
        Properties noPassword = new Properties();
        noPassword.setProperty("user", "postgres");
        assertThatThrownBy(() ->
                        DriverManager.getConnection(db.jdbcUrl(), noPassword).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
        Properties wrong = new Properties();
        wrong.setProperty("user", "postgres");
        wrong.setProperty("password", "postgres");
        assertThatThrownBy(
                        () -> DriverManager.getConnection(db.jdbcUrl(), wrong).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
        // nor through the local socket, nor as another user name
        Properties otherUser = new Properties();
        otherUser.setProperty("user", "root");
        assertThatThrownBy(() ->
                        DriverManager.getConnection(db.jdbcUrl(), otherUser).close())
                .isInstanceOf(SQLException.class);
    }
}
