package org.scrutineer.platform.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import org.springframework.modulith.NamedInterface;

/**
 * {@code java -jar scrutineer.jar backup [FILE] [--scrutineer.data-dir=DIR]}: a backup of the records while Scrutineer
 * runs ({@link DatabaseBackup}). With the embedded database it finds the server through the data folder (the port in
 * its {@code postmaster.pid}, the password in its password file); when Scrutineer is not running it starts the embedded
 * server on the folder for the backup. With an external database it takes {@code SPRING_DATASOURCE_URL},
 * {@code _USERNAME} and {@code _PASSWORD} (or {@code --spring.datasource.url=} and so on), as the application does.
 */
@NamedInterface("database")
public final class BackupCommand {
    private BackupCommand() {}

    /** Runs the command; the exit status: 0 when the backup was written. */
    public static int run(List<String> args) {
        try {
            Path file = null;
            String dataDir = "./data";
            String url = System.getenv("SPRING_DATASOURCE_URL");
            String username = System.getenv("SPRING_DATASOURCE_USERNAME");
            String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
            for (String a : args) {
                if (a.startsWith("--scrutineer.data-dir=")) {
                    dataDir = value(a);
                } else if (a.startsWith("--spring.datasource.url=")) {
                    url = value(a);
                } else if (a.startsWith("--spring.datasource.username=")) {
                    username = value(a);
                } else if (a.startsWith("--spring.datasource.password=")) {
                    password = value(a);
                } else if (!a.startsWith("--") && file == null) {
                    file = Path.of(a);
                } else {
                    System.err.println("backup: unknown argument " + a);
                    System.err.println("usage: java -jar scrutineer.jar backup [FILE] [--scrutineer.data-dir=DIR]");
                    return 2;
                }
            }
            if (file == null) {
                file = Path.of("scrutineer-backup-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")) + ".zip");
            }
            DatabaseBackup.Manifest m;
            if (url != null && !url.isBlank()) {
                Properties p = new Properties();
                if (username != null) {
                    p.setProperty("user", username);
                }
                if (password != null) {
                    p.setProperty("password", password);
                }
                try (Connection c = DriverManager.getConnection(url, p)) {
                    m = write(c, file);
                }
            } else {
                m = backUpEmbedded(Path.of(dataDir).toAbsolutePath().normalize(), file);
            }
            long rows = m.rows().values().stream().mapToLong(Long::longValue).sum();
            System.out.println("Backed up " + m.tables().size() + " tables (" + rows + " rows, schema version "
                    + m.schemaVersion() + ") to " + file.toAbsolutePath());
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("backup failed: " + e.getMessage());
            return 1;
        }
    }

    private static String value(String arg) {
        return arg.substring(arg.indexOf('=') + 1);
    }

    private static DatabaseBackup.Manifest backUpEmbedded(Path folder, Path file) throws IOException, SQLException {
        Path pidFile = folder.resolve("postgres/postmaster.pid");
        Path passwordFile = folder.resolve(EmbeddedDatabase.PASSWORD_FILE);
        if (!Files.exists(folder.resolve("postgres/PG_VERSION"))) {
            throw new IllegalArgumentException("No embedded database in " + folder
                    + ": name Scrutineer's data folder with --scrutineer.data-dir=DIR");
        }
        List<String> pid = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        boolean running = pid.size() >= 4
                && ProcessHandle.of(Long.parseLong(pid.get(0).strip()))
                        .map(ProcessHandle::isAlive)
                        .orElse(false);
        if (running && Files.exists(passwordFile)) {
            Properties p = new Properties();
            p.setProperty("user", EmbeddedDatabase.SUPERUSER);
            p.setProperty("password", EmbeddedDatabase.password(passwordFile));
            try (Connection c = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/postgres", p)) {
                return write(c, file);
            }
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0);
                Connection c = database.connect()) {
            return write(c, file);
        }
    }

    /** Written beside the file and moved into place when whole, so a file of that name is always a whole backup. */
    @SuppressWarnings(
            "try") // closed before the move on purpose: the file must be whole on disk before it takes its name
    private static DatabaseBackup.Manifest write(Connection c, Path file) throws IOException, SQLException {
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            DatabaseBackup.Manifest m = DatabaseBackup.backUp(c, out);
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return m;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
