package org.scrutineer.platform.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A backup of Scrutineer's records taken from the running database, and its restore into an empty one. The embedded
 * PostgreSQL carries no {@code pg_dump}, and another version's would refuse it, so this is PostgreSQL's own COPY
 * through JDBC: every table in one consistent snapshot (a repeatable-read transaction, so writes going on meanwhile are
 * either wholly in or wholly out), with the sequences and the schema version, in one zip file.
 * <p>
 * A restore needs the schema at the backup's version: the caller migrates to it, {@link #restore} loads the records
 * (tables in the order they refer to one another, so every check holds as each one lands) and sets the sequences, all
 * in one transaction, and the caller then migrates on to the current version. Sessions are not kept: everyone signs in
 * again. Accounts are, with their password hashes: keep the file as safe as the database.
 */
final class DatabaseBackup {
    static final String MANIFEST = "scrutineer-backup.properties";
    static final String FORMAT = "1";
    /** Flyway's own table (made by the migration) and the HTTP sessions. */
    static final Set<String> NOT_KEPT = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes");

    private DatabaseBackup() {}

    /** What a backup holds, as its manifest says. */
    public record Manifest(String schemaVersion, Instant takenAt, List<String> tables, Map<String, Long> rows) {}

    /** Writes the backup of the database the connection is to; the connection is left as it was. */
    public static Manifest backUp(Connection c, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try (ZipOutputStream zip = new ZipOutputStream(new KeptOpen(out))) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            String version = schemaVersion(c);
            List<String> tables = loadOrder(c);
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schema-version", version);
            Instant takenAt = Instant.now();
            manifest.setProperty("taken-at", takenAt.toString());
            manifest.setProperty("tables", String.join(",", tables));
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables) {
                List<String> columns = columns(c, table);
                manifest.setProperty("columns." + table, String.join(",", columns));
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                long n = copy.copyOut(
                        "copy " + quote(table) + " (" + quoted(columns) + ") to stdout", new KeptOpen(zip));
                zip.closeEntry();
                rows.put(table, n);
                manifest.setProperty("rows." + table, Long.toString(n));
            }
            for (Map.Entry<String, String> s : sequences(c).entrySet()) {
                manifest.setProperty("sequence." + s.getKey(), s.getValue());
            }
            zip.putNextEntry(new ZipEntry(MANIFEST));
            StringWriter text = new StringWriter();
            manifest.store(text, "Scrutineer backup: the records of every table, by PostgreSQL COPY (text format)");
            zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            c.commit();
            return new Manifest(version, takenAt, tables, rows);
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setReadOnly(false);
            c.setAutoCommit(autoCommit);
        }
    }

    /** What the backup file holds, from its manifest (written last, once everything else is in). */
    public static Manifest manifest(Path file) throws IOException {
        try (ZipFile zip = open(file)) {
            return manifest(properties(zip, file));
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(
                    file + " is not a Scrutineer backup (not a zip file, or not all of one)", e);
        }
    }

    private static Properties properties(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw new IllegalArgumentException(file + " is not a Scrutineer backup: it has no " + MANIFEST);
        }
        Properties p = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IllegalArgumentException(file + " is a backup of format " + p.getProperty("format")
                    + ": this Scrutineer reads format " + FORMAT);
        }
        return p;
    }

    private static Manifest manifest(Properties p) {
        List<String> tables = List.of(p.getProperty("tables").split(","));
        Map<String, Long> rows = new LinkedHashMap<>();
        tables.forEach(t -> rows.put(t, Long.parseLong(p.getProperty("rows." + t))));
        return new Manifest(p.getProperty("schema-version"), Instant.parse(p.getProperty("taken-at")), tables, rows);
    }

    /**
     * Loads a backup, in one transaction, into a database whose schema is at the backup's version and that holds no
     * records yet (any that a migration put there are replaced by the backup's).
     */
    public static Manifest restore(Connection c, Path file) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        try (ZipFile zip = open(file)) {
            Properties p = properties(zip, file);
            Manifest m = manifest(p);
            String current = schemaVersion(c);
            if (!m.schemaVersion().equals(current)) {
                throw new IllegalStateException(
                        "The backup is of schema version " + m.schemaVersion() + ", the database is at " + current);
            }
            c.setAutoCommit(false);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (Statement s = c.createStatement()) {
                s.execute("truncate "
                        + String.join(
                                ", ",
                                m.tables().stream().map(DatabaseBackup::quote).toList()));
            }
            for (String table : m.tables()) {
                ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
                if (entry == null) {
                    throw new IllegalArgumentException(
                            file + " has no records for table " + table + ", which its manifest names");
                }
                List<String> columns = List.of(p.getProperty("columns." + table).split(","));
                long n;
                try (InputStream in = zip.getInputStream(entry)) {
                    n = copy.copyIn("copy " + quote(table) + " (" + quoted(columns) + ") from stdin", in);
                }
                if (n != m.rows().get(table)) {
                    throw new IllegalStateException(
                            "Table " + table + ": " + n + " rows in the backup, its manifest says "
                                    + m.rows().get(table));
                }
            }
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("sequence.")) {
                    String[] value = p.getProperty(key).split(",");
                    try (PreparedStatement s = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                        s.setString(1, quote(key.substring("sequence.".length())));
                        s.setLong(2, Long.parseLong(value[0]));
                        s.setBoolean(3, Boolean.parseBoolean(value[1]));
                        s.execute();
                    }
                }
            }
            // the restore itself goes on the audit trail it brought back
            try (PreparedStatement s = c.prepareStatement("""
                    insert into audit_event (actor, action, entity_type, entity_key, scope, new_value, note)
                    values ('scrutineer', 'import', 'backup', ?, 'database', cast(? as jsonb), ?)""")) {
                s.setString(1, file.getFileName().toString());
                s.setString(
                        2,
                        "{\"schemaVersion\": \"" + m.schemaVersion() + "\", \"takenAt\": \"" + m.takenAt()
                                + "\", \"rows\": "
                                + m.rows().values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum() + "}");
                s.setString(3, "Records restored from a backup taken at " + m.takenAt() + " into an empty database");
                s.execute();
            }
            c.commit();
            return m;
        } catch (SQLException | IOException | RuntimeException e) {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The latest migration applied, as Flyway records it. */
    static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            if (!rs.next()) {
                throw new IllegalStateException("The database has no migrations applied");
            }
            return rs.getString(1);
        }
    }

    /**
     * Scrutineer's tables, each after the tables it refers to: by foreign keys, and otherwise in the order the
     * migrations made them (a table checked by trigger, as figures are against indicators, came after the one it names).
     */
    static List<String> loadOrder(Connection c) throws SQLException {
        Map<String, Long> made = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                select c.relname, c.oid::bigint from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition""")) {
            while (rs.next()) {
                if (!NOT_KEPT.contains(rs.getString(1))) {
                    made.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        made.keySet().forEach(t -> refersTo.put(t, new HashSet<>()));
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                select f.conrelid::regclass::text, f.confrelid::regclass::text from pg_constraint f
                join pg_namespace n on n.oid = f.connamespace
                where f.contype = 'f' and n.nspname = current_schema() and f.conrelid <> f.confrelid""")) {
            while (rs.next()) {
                String from = unquote(rs.getString(1));
                String to = unquote(rs.getString(2));
                if (refersTo.containsKey(from) && made.containsKey(to)) {
                    refersTo.get(from).add(to);
                }
            }
        }
        List<String> order = new ArrayList<>();
        PriorityQueue<String> ready = new PriorityQueue<>(java.util.Comparator.comparingLong(made::get));
        Map<String, Integer> waiting = new HashMap<>();
        refersTo.forEach((t, refs) -> {
            waiting.put(t, refs.size());
            if (refs.isEmpty()) {
                ready.add(t);
            }
        });
        while (!ready.isEmpty()) {
            String t = ready.poll();
            order.add(t);
            refersTo.forEach((other, refs) -> {
                if (refs.contains(t) && waiting.merge(other, -1, Integer::sum) == 0) {
                    ready.add(other);
                }
            });
        }
        if (order.size() != made.size()) {
            throw new IllegalStateException("Tables refer to one another in a circle: no order to load them in");
        }
        return order;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select a.attname from pg_attribute a
                where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                order by a.attnum""")) {
            s.setString(1, quote(table));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return columns;
    }

    /** Each sequence's last value and whether it was taken ("value,true"), as setval takes them. */
    private static Map<String, String> sequences(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'S' order by 1""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select last_value, is_called from " + quote(name))) {
                rs.next();
                values.put(name, rs.getLong(1) + "," + rs.getBoolean(2));
            }
        }
        return values;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String quoted(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    /** Lets a copy write into the zip's current entry without closing the zip. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
