package org.scrutineer.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutineer.ScrutineerApplication;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of Scrutineer on one external PostgreSQL (a real one, started here, stopped and started again), as
 * behind a load balancer: started at the same moment on the empty database, both come up and the demo is loaded once;
 * what one publishes the other shows at once; while the database is down both answer 503 within a couple of seconds,
 * and both serve again when it is back, without a restart.
 */
class ExternalDatabaseIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String OFFICER =
            "Basic " + Base64.getEncoder().encodeToString("officer:officer-demo-pass".getBytes(StandardCharsets.UTF_8));

    @TempDir
    static Path folder;

    static int databasePort;
    static EmbeddedDatabase database;
    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;

    @BeforeAll
    static void startTwoInstancesAtOnceOnAnEmptyDatabase() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            databasePort = s.getLocalPort();
        }
        database = EmbeddedDatabase.start(folder, databasePort);
        CountDownLatch ready = new CountDownLatch(2);
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> instance(ready));
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> instance(ready));
        one = first.get(10, TimeUnit.MINUTES);
        two = second.get(10, TimeUnit.MINUTES);
    }

    private static ConfigurableApplicationContext instance(CountDownLatch ready) {
        ready.countDown();
        try {
            ready.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        // as command-line arguments, which come before application.properties (builder properties come after it)
        return new SpringApplicationBuilder(ScrutineerApplication.class)
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--scrutineer.demo=true", // asked for: an external database gets no demo otherwise
                        "--scrutineer.public-cache-check-ms=0",
                        "--server.port=0");
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {one, two}) {
            if (c != null) {
                c.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }

    static String url(ConfigurableApplicationContext instance, String path) {
        return "http://127.0.0.1:" + port(instance) + path;
    }

    static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static HttpResponse<String> get(HttpClient client, String url, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            r.headers(headers);
        }
        return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(HttpClient client, String url, String form)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    /** Signs in through the form, as a browser does: the session is kept in the database. */
    static HttpClient signedIn(ConfigurableApplicationContext instance) throws Exception {
        HttpClient client = browser();
        String form = get(client, url(instance, "/sign-in")).body();
        HttpResponse<String> signIn = post(
                client, url(instance, "/sign-in"), "username=officer&password=officer-demo-pass&_csrf=" + csrf(form));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return client;
    }

    @Test
    void bothInstancesStartedTogetherCameUpAndTheDemoWasLoadedOnce() throws Exception {
        assertThat(one.isActive()).isTrue();
        assertThat(two.isActive()).isTrue();
        try (Connection c = database.connect();
                ResultSet boards =
                        c.createStatement().executeQuery("select count(*), count(distinct code) from board");
                ResultSet accounts = c.createStatement()
                        .executeQuery(
                                "select count(*) from app_user where username in ('officer', 'councillor', 'admin')")) {
            boards.next();
            assertThat(boards.getInt(1)).as("the demo's boards, once").isEqualTo(3);
            accounts.next();
            assertThat(accounts.getInt(1)).isEqualTo(3);
        }
        assertThat(get(browser(), url(one, "/")).statusCode()).isEqualTo(200);
        assertThat(get(browser(), url(two, "/")).statusCode()).isEqualTo(200);
    }

    @Test
    void whatOneInstancePublishesTheOtherShowsAtOnceAndTheSessionWorksOnBoth() throws Exception {
        HttpClient officer = signedIn(one);
        String draft = get(officer, url(one, "/drafts/HSC-PPB/q1-2025-26")).body();
        int before = versions(get(browser(), url(two, "/api/reports")).body());

        HttpResponse<String> published = post(
                officer,
                url(one, "/drafts/HSC-PPB/q1-2025-26/publish"),
                "checksReason=" + URLEncoder.encode("Published by the two-instance test", StandardCharsets.UTF_8)
                        + "&_csrf=" + csrf(draft));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(published.headers().firstValue("Location").orElseThrow())
                .contains("/reports/HSC-PPB/q1-2025-26?version=");

        // the other instance, asked straight after: no cache of its own may hide the new version
        assertThat(versions(get(browser(), url(two, "/api/reports")).body())).isEqualTo(before + 1);
        // the session made on one is good on the other (no sticky sessions needed)
        HttpResponse<String> drafts = get(officer, "http://127.0.0.1:" + port(two) + "/drafts/HSC-PPB/q1-2025-26");
        assertThat(drafts.statusCode()).isEqualTo(200);
    }

    private static int versions(String json) {
        return (int) Pattern.compile("\"version\"").matcher(json).results().count();
    }

    @Test
    void whileTheDatabaseIsDownEveryAnswerIs503AtOnceAndTheServiceComesBackWithIt() throws Exception {
        HttpClient officer = signedIn(one);
        assertThat(get(officer, url(one, "/indicators")).statusCode()).isEqualTo(200);
        String signInForm = get(browser(), url(two, "/sign-in")).body();

        database.close();
        String page;
        try {
            page = get(browser(), url(one, "/")).body();
            for (ConfigurableApplicationContext instance : List.of(one, two)) {
                assertUnavailable(
                        () -> get(browser(), url(instance, "/")), "text/html", "Sorry, the service is unavailable");
                assertUnavailable(
                        () -> get(browser(), url(instance, "/meetings/hsc-2025-09-23")),
                        "text/html",
                        "Sorry, the service is unavailable");
                assertUnavailable(
                        () -> get(browser(), url(instance, "/api/meetings")),
                        "application/problem+json",
                        "\"status\":503");
                // good credentials: not a 401 "wrong password" because the account could not be looked up
                assertUnavailable(
                        () -> get(browser(), url(instance, "/api/indicators"), "Authorization", OFFICER),
                        "application/problem+json",
                        "cannot reach its database");
                // a signed-in session, kept in the database: not sent to sign in again
                assertUnavailable(
                        () -> get(officer, url(instance, "/indicators")),
                        "text/html",
                        "Sorry, the service is unavailable");
            }
            // signing in: not "wrong password"
            assertUnavailable(
                    () -> post(
                            browser(),
                            url(two, "/sign-in"),
                            "username=officer&password=officer-demo-pass&_csrf=" + csrf(signInForm)),
                    "text/html",
                    "Sorry, the service is unavailable");
        } finally {
            database = EmbeddedDatabase.start(folder, databasePort);
        }

        long back = System.nanoTime();
        long deadline = back + TimeUnit.SECONDS.toNanos(30);
        for (ConfigurableApplicationContext instance : List.of(one, two)) {
            while (get(browser(), url(instance, "/")).statusCode() != 200) {
                assertThat(System.nanoTime())
                        .as("back within 30 s of the database")
                        .isLessThan(deadline);
                Thread.sleep(200);
            }
            LoggerFactory.getLogger(ExternalDatabaseIT.class)
                    .info(
                            "Database back: {} answers 200 after {} ms",
                            url(instance, "/"),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - back));
            assertThat(get(browser(), url(instance, "/api/indicators"), "Authorization", OFFICER)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(get(officer, url(instance, "/indicators")).statusCode()).isEqualTo(200);
        }

        // the "service unavailable" page is a GOV.UK page like the others, and valid HTML
        assertThat(page)
                .contains(
                        "<title>Sorry, the service is unavailable – Scrutineer</title>",
                        "govuk-header",
                        "Try again in a few minutes");
        assertThat(htmlErrors(page)).isEmpty();
    }

    /** The Nu Html Checker's errors in the page (as platform.web.HtmlValidityIT checks the other pages). */
    static List<String> htmlErrors(String html) throws Exception {
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        String report = validator.validate(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new java.util.ArrayList<>();
        for (tools.jackson.databind.JsonNode m : tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(report)
                .path("messages")) {
            if (!"info".equals(m.path("type").asString())) {
                errors.add(m.path("type").asString() + " at line "
                        + m.path("lastLine").asInt() + ": " + m.path("message").asString());
            }
        }
        return errors;
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** 503 with the page or problem+json, within a couple of seconds (the pool's connection timeout is 2 s). */
    private static void assertUnavailable(Call call, String type, String text) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = call.send();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        LoggerFactory.getLogger(ExternalDatabaseIT.class)
                .info(
                        "Database down: {} {} answered {} in {} ms",
                        answer.request().method(),
                        answer.uri(),
                        answer.statusCode(),
                        millis);
        assertThat(millis)
                .as(answer.request().method() + " " + answer.uri() + " answered in ms")
                .isLessThan(4000);
        assertThat(answer.statusCode())
                .as(answer.request().method() + " " + answer.uri() + ": " + answer.body())
                .isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).contains("30");
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
        assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(answer.body()).contains(text);
    }
}
