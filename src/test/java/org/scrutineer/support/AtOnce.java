package org.scrutineer.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.jsoup.Jsoup;

/**
 * Real requests to the running application sent at the same moment from several threads (released together by a
 * latch), as two officers pressing "publish" or "save" at once would send them.
 */
public final class AtOnce {
    public static final String OFFICER = basic("officer", "officer-demo-pass");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private AtOnce() {}

    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An answer: its status and body. */
    public record Answer(int status, String body, String location) {}

    /** Sends {@code n} requests at once, the i-th built by {@code request}; the answers in the same order. */
    public static List<Answer> send(int n, IntFunction<HttpRequest> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                HttpRequest r = request.apply(i);
                Callable<Answer> call = () -> {
                    ready.countDown();
                    go.await();
                    HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
                    return new Answer(
                            response.statusCode(),
                            response.body(),
                            response.headers().firstValue("Location").orElse(""));
                };
                answers.add(threads.submit(call));
            }
            ready.await();
            go.countDown();
            List<Answer> result = new ArrayList<>();
            for (Future<Answer> f : answers) {
                result.add(f.get());
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Sends {@code n} requests at once, the i-th by {@code sessions[i]}. */
    public static List<Answer> send(List<Session> sessions, IntFunction<HttpRequest> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(sessions.size());
        try {
            CountDownLatch ready = new CountDownLatch(sessions.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                HttpRequest r = request.apply(i);
                Session s = sessions.get(i);
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return s.send(r);
                }));
            }
            ready.await();
            go.countDown();
            List<Answer> result = new ArrayList<>();
            for (Future<Answer> f : answers) {
                result.add(f.get());
            }
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A browser signed in with the sign-in form, holding its session cookie and CSRF token, as an officer uses the pages. */
    public static final class Session {
        private final HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private final int port;
        private String csrf;

        public Session(int port, String username, String password) throws Exception {
            this.port = port;
            csrf = token(get("/sign-in"));
            Answer signedIn = send(form("/sign-in", "username=" + username + "&password=" + password));
            if (signedIn.status() != 302 || signedIn.location().contains("error")) {
                throw new IllegalStateException("could not sign in as " + username + ": " + signedIn);
            }
            csrf = token(get("/account/password"));
        }

        public static Session officer(int port) throws Exception {
            return new Session(port, "officer", "officer-demo-pass");
        }

        private static String token(Answer page) {
            return Jsoup.parse(page.body()).select("input[name=_csrf]").first().attr("value");
        }

        public Answer get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html")
                    .GET()
                    .build());
        }

        /** A form POST, with the session's CSRF token added. */
        public HttpRequest form(String path, String form) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(120))
                    .header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + (form.isEmpty() ? "" : "&") + "_csrf=" + csrf))
                    .build();
        }

        public Answer send(HttpRequest request) throws Exception {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Location").orElse(""));
        }
    }

    /** A JSON POST as an officer with HTTP Basic. */
    public static HttpRequest postJson(int port, String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", OFFICER)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
