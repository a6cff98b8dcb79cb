package org.scrutineer.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.ScrutineerApplication;

/**
 * Scrutineer killed with SIGKILL (the power cord, the OOM killer, {@code kill -9}) leaves its embedded PostgreSQL
 * running on the data folder. The next start must come up by itself, not fail with "Gave up waiting for server to start".
 * And the other way round: its PostgreSQL killed while Scrutineer runs is started again, and the site serves again.
 * The application runs in a child JVM, as it would from the jar, on a data folder of its own.
 */
class CrashRecoveryIT {
    @TempDir
    Path folder;

    Process app;

    @AfterEach
    void stopApp() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // whatever happened, leave no PostgreSQL running on the temporary folder
        postmaster().ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void afterTheApplicationIsKilledTheNextStartComesUpOnItsOwn() throws Exception {
        int port = freePort();
        app = start(port, "first.log");
        awaitAnswer(port, "first.log");
        ProcessHandle left = postmaster().orElseThrow();

        app.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(left.isAlive())
                .as("the killed application's PostgreSQL is still running")
                .isTrue();

        app = start(port, "second.log");
        awaitAnswer(port, "second.log");
        assertThat(left.isAlive()).as("the left-over PostgreSQL was stopped").isFalse();
        assertThat(Files.readString(folder.resolve("second.log"))).contains("was left running on");

        // and if its PostgreSQL is killed while it runs: 503 meanwhile, then served again without a restart
        ProcessHandle second = postmaster().orElseThrow();
        EmbeddedDatabaseIT.kill(folder.resolve("data"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int status = status(port); status != 200; status = status(port)) {
            assertThat(status).as("while the database is down").isEqualTo(503);
            assertThat(System.nanoTime()).as("served again within a minute").isLessThan(deadline);
            Thread.sleep(500);
        }
        assertThat(postmaster().map(ProcessHandle::pid)).isPresent().isNotEqualTo(java.util.Optional.of(second.pid()));

        app.destroy(); // SIGTERM: Spring closes, and with it the embedded PostgreSQL
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(postmaster()).as("no PostgreSQL left after a clean stop").isEmpty();
    }

    private Process start(int port, String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ScrutineerApplication.class.getName(),
                "--server.port=" + port,
                "--scrutineer.data-dir=" + folder.resolve("data"),
                "--scrutineer.demo=false");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(log).toFile())
                .start();
    }

    private void awaitAnswer(int port, String log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive())
                    .as("the application is running; its log:\n" + Files.readString(folder.resolve(log)))
                    .isTrue();
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "no answer on port " + port + " within 150 s; the log:\n" + Files.readString(folder.resolve(log)));
    }

    private static int status(int port) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                .timeout(Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The PostgreSQL server running on the test's data folder, if any. */
    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pid = folder.resolve("data/postgres/postmaster.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()))
                .filter(ProcessHandle::isAlive);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
