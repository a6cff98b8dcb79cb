package org.scrutineer.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.ScrutineerApplication;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The README's backup and restore: a backup of the running application's embedded database with the backup command,
 * restored by starting Scrutineer on a fresh data folder with {@code --scrutineer.restore-from}, shows the same records.
 */
@ScrutineerTest
class BackupRestoreIT {
    private static final String OFFICER =
            "Basic " + Base64.getEncoder().encodeToString("officer:officer-demo-pass".getBytes(StandardCharsets.UTF_8));

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @TempDir
    Path folder;

    @Test
    void aBackupOfTheRunningApplicationRestoresIntoAFreshDataFolderWithTheSameRecords() throws Exception {
        Path backup = folder.resolve("scrutineer-backup.zip");
        // as the README has it: java -jar scrutineer.jar backup FILE --scrutineer.data-dir=DIR, while the application
        // runs
        assertThat(BackupCommand.run(List.of(backup.toString(), "--scrutineer.data-dir=" + database.folder())))
                .isZero();
        Map<String, String> backedUp = fingerprints(jdbc);
        assertThat(backedUp).containsKeys("board", "indicator_value", "published_report", "app_user", "audit_event");
        String reports = get(port, "/api/reports");
        String meeting = get(port, "/api/meetings/hsc-2025-09-23");

        Path restoredFolder = folder.resolve("restored");
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(ScrutineerApplication.class)
                .run(
                        "--server.port=0",
                        "--scrutineer.data-dir=" + restoredFolder,
                        "--scrutineer.restore-from=" + backup)) {
            JdbcClient restoredJdbc = restored.getBean(JdbcClient.class);
            Map<String, String> back = fingerprints(restoredJdbc);
            // the audit trail has one entry more: the restore itself
            assertThat(restoredJdbc
                            .sql("select note from audit_event where entity_type = 'backup' and action = 'import'")
                            .query(String.class)
                            .single())
                    .startsWith("Records restored from a backup taken at");
            back.put(
                    "audit_event",
                    fingerprint(restoredJdbc, "(select * from audit_event where entity_type <> 'backup') t"));
            assertThat(back).isEqualTo(backedUp);
            assertThat(restoredJdbc
                            .sql("select last_value from public_page_version")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(jdbc.sql("select last_value from public_page_version")
                            .query(Long.class)
                            .single());

            int restoredPort = Integer.parseInt(restored.getEnvironment().getProperty("local.server.port"));
            assertThat(get(restoredPort, "/api/reports")).isEqualTo(reports);
            assertThat(get(restoredPort, "/api/meetings/hsc-2025-09-23")).isEqualTo(meeting);
            // accounts came back too: the officer signs in with the same password
            assertThat(status(restoredPort, "/api/indicators", OFFICER)).isEqualTo(200);
        }

        // started again with the setting left in: refused, not restored over the records
        assertThatThrownBy(() -> new SpringApplicationBuilder(ScrutineerApplication.class)
                        .run(
                                "--server.port=0",
                                "--scrutineer.data-dir=" + restoredFolder,
                                "--scrutineer.restore-from=" + backup)
                        .close())
                .rootCause()
                .hasMessageContaining("restored only into an empty database");
    }

    /** Every kept table's row count and a digest of its rows. */
    static Map<String, String> fingerprints(JdbcClient jdbc) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind = 'r'
                  and c.relname not in ('flyway_schema_history', 'spring_session', 'spring_session_attributes')
                order by 1""").query(String.class).list()) {
            tables.put(table, fingerprint(jdbc, table + " t"));
        }
        return tables;
    }

    static String fingerprint(JdbcClient jdbc, String from) {
        return jdbc.sql(
                        "select count(*) || ' rows, ' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '-') from "
                                + from)
                .query(String.class)
                .single();
    }

    static String get(int port, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    static int status(int port, String path, String authorization) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", authorization)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
