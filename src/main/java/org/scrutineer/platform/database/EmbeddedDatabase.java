package org.scrutineer.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that Scrutineer starts for itself when no external database is configured, run as a database that
 * holds official records should be:
 * <ul>
 * <li>only on the loopback address, and only with the password generated at first start, kept beside the data in
 *     {@value #PASSWORD_FILE} (readable by its owner only). A data folder made before that (any local user was let in)
 *     gets the password and the password-only rules when it is next started;</li>
 * <li>durable: the embedding library starts PostgreSQL as it suits tests (fsync off, asynchronous commit), so a commit
 *     answered could be lost and an operating system crash could corrupt the data; here every commit is on disk when
 *     it is answered;</li>
 * <li>recovering by itself: when Scrutineer was killed, its PostgreSQL may still run on the data folder (or have left
 *     its {@code postmaster.pid} behind), and a new one would refuse to start there; that one is stopped first. A
 *     server that stops while Scrutineer runs (killed, out of memory) is started again within seconds.</li>
 * </ul>
 * Plain Java, no Spring, so the backup command and the tests use it as the application does.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String PASSWORD_FILE = "postgres.password";
    static final String SUPERUSER = "postgres";
    /** How often the server is looked at, to start it again if it has stopped. */
    static final Duration WATCH_EVERY = Duration.ofSeconds(5);
    /** The settings that make a commit durable, asserted by the tests. */
    static final List<String> DURABLE = List.of("fsync", "synchronous_commit", "full_page_writes");

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String HBA = """
            # Written by Scrutineer at every start: every connection, local or over the loopback address, needs the
            # password kept in ../%s. PostgreSQL listens on the loopback address only.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """.formatted(PASSWORD_FILE);

    private volatile EmbeddedPostgres postgres;
    private final String password;
    private final Path folder;
    private final boolean temporary;
    private final int port;
    private volatile boolean closed;
    private ScheduledExecutorService watch;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password, Path folder, boolean temporary) {
        this.postgres = postgres;
        this.password = password;
        this.folder = folder;
        this.temporary = temporary;
        this.port = postgres.getPort();
    }

    /**
     * Starts PostgreSQL with its data in {@code folder/postgres} and its password in {@code folder/postgres.password}.
     *
     * @param folder    Scrutineer's data folder ({@code scrutineer.data-dir}); null for a temporary one, removed on close
     * @param port      0 for any free port
     */
    public static EmbeddedDatabase start(Path folder, int port) throws IOException {
        return start(folder, port, WATCH_EVERY);
    }

    /** As {@link #start(Path, int)}, looking every {@code watchEvery} whether the server still runs. */
    static EmbeddedDatabase start(Path folder, int port, Duration watchEvery) throws IOException {
        boolean temporary = folder == null;
        Path root = temporary
                ? Files.createTempDirectory("scrutineer-pg")
                : folder.toAbsolutePath().normalize();
        Path data = root.resolve("postgres");
        Files.createDirectories(root);
        boolean existing = Files.exists(data.resolve("PG_VERSION"));
        if (existing && !Files.exists(root.resolve(PASSWORD_FILE)) && passwordOnly(data)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + data
                    + " needs the password that was kept in " + root.resolve(PASSWORD_FILE)
                    + ", and that file is gone: put it back (from a backup of the folder)");
        }
        String password = password(root.resolve(PASSWORD_FILE));
        if (existing) {
            stopLeftOver(data);
        }
        boolean passwordMissing = existing && !passwordOnly(data);
        EmbeddedDatabase database = new EmbeddedDatabase(server(root, port, password), password, root, temporary);
        try {
            if (passwordMissing) {
                database.setPassword(data);
            }
            writeHba(data); // the same rules every time, so a hand edit cannot let anyone in without the password
            database.reload();
        } catch (IOException | SQLException | RuntimeException e) {
            database.close();
            throw new IllegalStateException(
                    "Could not protect the embedded PostgreSQL in " + data + " with its password", e);
        }
        database.watch(watchEvery);
        return database;
    }

    private static EmbeddedPostgres server(Path root, int port, String password) {
        Path data = root.resolve("postgres");
        log.info("Starting embedded PostgreSQL with data in {}", data);
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    // never the library's clean-up, which would delete the data when a stopped server is started again
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // the library passes -F (fsync off) and synchronous_commit=off: these come after it and win
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("max_connections", "100")
                    // a new data folder gets the password from the start (the library's own -A trust comes first)
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", root.resolve(PASSWORD_FILE).toString())
                    .setConnectConfig("password", password)
                    // crash recovery after a kill can take longer than the library's 10 seconds on a busy machine
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL did not start with its data in " + data
                            + ": its own messages are logged above (io.zonky.test.db.postgres.embedded.EmbeddedPostgres)",
                    e);
        }
    }

    /**
     * The server is looked at every few seconds and started again, on the same port, if it has stopped (killed by the
     * out-of-memory killer, say): requests meanwhile get 503 ({@code platform.web.ServiceUnavailable}), and the pool
     * reconnects once it is back, as it does to an external database.
     */
    private void watch(Duration every) {
        watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-postgres-watch");
            t.setDaemon(true);
            return t;
        });
        watch.scheduleWithFixedDelay(
                this::startAgainIfStopped, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void startAgainIfStopped() {
        Path data = folder.resolve("postgres");
        try {
            if (closed || runningServer(data.resolve("postmaster.pid"), data).isPresent()) {
                return;
            }
            log.error("The embedded PostgreSQL in {} has stopped: starting it again", data);
            postgres.close(); // lets go of the folder (its attempt to stop the server finds none, and says so)
            stopLeftOver(data);
            postgres = server(folder, port, password);
            log.warn("The embedded PostgreSQL in {} is running again", data);
        } catch (IOException | RuntimeException e) {
            log.error("Could not start the embedded PostgreSQL in {} again; trying again shortly", data, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** The folder holding {@code postgres/} and the password file. */
    public Path folder() {
        return folder;
    }

    public Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", SUPERUSER);
        p.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    @Override
    public void close() {
        closed = true;
        if (watch != null) {
            watch.shutdownNow();
        }
        synchronized (this) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL in {}", folder, e);
            }
        }
        if (temporary) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                log.warn("Could not remove {}", folder, e);
            }
        }
    }

    /** The password kept in the file, made at first start: readable and writable by the file's owner only. */
    static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")
                    && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} could be read by others: now readable by its owner only", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!kept.matches("[A-Za-z0-9]{20,}")) {
                throw new IllegalStateException(file + " does not hold a password of 20 or more letters and digits");
            }
            return kept;
        }
        SecureRandom random = new SecureRandom();
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder made = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            made.append(letters.charAt(random.nextInt(letters.length())));
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return password(file); // another start made it first
        }
        Files.writeString(file, made + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        log.info("Generated the embedded PostgreSQL's password in {}", file);
        return made.toString();
    }

    /** Whether every rule of pg_hba.conf asks for the password (a folder made before Scrutineer set one trusts everyone). */
    static boolean passwordOnly(Path data) throws IOException {
        for (String line : Files.readAllLines(data.resolve("pg_hba.conf"))) {
            String rule = line.replaceAll("#.*", "").strip();
            if (!rule.isEmpty() && !rule.matches(".*\\sscram-sha-256(\\s.*)?")) {
                return false;
            }
        }
        return true;
    }

    /** A folder that let everyone in: the superuser gets the password now, before the rules ask for it. */
    private void setPassword(Path data) throws SQLException {
        log.warn(
                "The embedded PostgreSQL in {} let any local user in without a password: it now needs the one in {}",
                data,
                folder.resolve(PASSWORD_FILE));
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            // no parameters in ALTER ROLE; the password is letters and digits only (checked when read)
            s.execute("alter role " + SUPERUSER + " with password '" + password + "'");
        }
    }

    private static void writeHba(Path data) throws IOException {
        Path hba = data.resolve("pg_hba.conf");
        if (!Files.readString(hba).equals(HBA)) {
            Path written = data.resolve("pg_hba.conf.new");
            Files.writeString(written, HBA, StandardCharsets.UTF_8);
            Files.move(
                    written,
                    hba,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private void reload() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("select pg_reload_conf()");
        }
    }

    /**
     * A PostgreSQL left running on the data folder by a Scrutineer that was killed (its server process outlives it) is
     * stopped, and a {@code postmaster.pid} whose process is gone or is something else is removed: otherwise the new
     * server would refuse the folder. Another Scrutineer still running on the folder holds the library's lock file, and
     * is left alone.
     */
    static void stopLeftOver(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(
                        data.resolve("epg-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another Scrutineer is running with its data in " + data.getParent()
                        + ": stop it first, or give this one another folder (--scrutineer.data-dir)");
            }
            Optional<ProcessHandle> server = runningServer(pidFile, data);
            if (server.isEmpty()) {
                log.warn("Removing {}: the PostgreSQL it names is no longer running", pidFile);
                Files.deleteIfExists(pidFile);
                return;
            }
            ProcessHandle p = server.get();
            log.warn(
                    "PostgreSQL (process {}) was left running on {} by a Scrutineer that did not stop: stopping it",
                    p.pid(),
                    data);
            // SIGINT is PostgreSQL's fast shutdown: open transactions are rolled back, the data is written out
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid()))
                    .inheritIO()
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
            try {
                p.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                log.warn("PostgreSQL (process {}) did not stop within a minute: killing it", p.pid());
                p.destroyForcibly();
                p.onExit().get(30, TimeUnit.SECONDS);
            }
            if (Files.exists(pidFile) && runningServer(pidFile, data).isEmpty()) {
                Files.deleteIfExists(pidFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the PostgreSQL left running on " + data, e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("Could not stop the PostgreSQL left running on " + data, e);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL in " + data + " is already running in this process", e);
        }
    }

    /** The live PostgreSQL server that postmaster.pid names for this data folder, if there is one. */
    private static Optional<ProcessHandle> runningServer(Path pidFile, Path data) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        Optional<ProcessHandle> p =
                ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        boolean sameFolder = Path.of(lines.get(1).strip())
                .toAbsolutePath()
                .normalize()
                .equals(data.toAbsolutePath().normalize());
        return p.filter(h -> sameFolder
                && h.info()
                        .command()
                        .map(c -> c.endsWith("/postgres") || c.endsWith("postgres.exe"))
                        .orElse(false));
    }

    /** The current value of a server setting, as {@code SHOW} gives it. */
    public String setting(String name) {
        try (Connection c = connect();
                Statement s = c.createStatement();
                var rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
