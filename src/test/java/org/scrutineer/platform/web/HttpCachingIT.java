package org.scrutineer.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the site tells browsers and caches, over real HTTP (compression is the web server's): static files by name and
 * content hash, GOV.UK Frontend's assets where its stylesheet asks for them and never its fonts, compressed text, and
 * public pages that answer If-None-Match from the public page version while signed-in pages are never stored.
 */
@ScrutineerTest
class HttpCachingIT {
    private static final Pattern STYLESHEET =
            Pattern.compile("href=\"(/webjars/govuk-frontend/[^\"]*govuk-frontend\\.min-[0-9a-f]{32}\\.css)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    private String stylesheetPath() throws Exception {
        Matcher m = STYLESHEET.matcher(text(get("/accessibility")));
        assertThat(m.find())
                .as("the page links GOV.UK Frontend's stylesheet by its content hash")
                .isTrue();
        return m.group(1);
    }

    @Test
    void versionedStaticFilesAreKeptForAYearOthersBriefly() throws Exception {
        HttpResponse<byte[]> css = get(stylesheetPath());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(header(css, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(css.headers().firstValue("Pragma")).isEmpty();

        String page = text(get("/accessibility"));
        assertThat(page)
                .containsPattern("href=\"/css/scrutineer-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/js/init-[0-9a-f]{32}\\.js\"")
                .containsPattern("href=\"/images/favicon-[0-9a-f]{32}\\.svg\"");

        // imported by its plain name from init.js: five minutes, then revalidated by date
        HttpResponse<byte[]> module = get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js");
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(header(module, "Cache-Control")).isEqualTo("public, max-age=300");
        String lastModified = module.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> again =
                get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js", "If-Modified-Since", lastModified);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(header(again, "Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(header(again, "Vary")).isEqualToIgnoringCase("Accept-Encoding");

        // a hash this build does not have (a page from a newer instance, say) must not be kept as an error for a year
        HttpResponse<byte[]> missing = get("/css/scrutineer-0123456789abcdef0123456789abcdef.css");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "Cache-Control"))
                .doesNotContain("max-age=31536000")
                .contains("no-store");
    }

    @Test
    void govukAssetsAreServedWhereItsStylesheetAsksButNotItsFonts() throws Exception {
        String css = text(get(stylesheetPath(), "Accept-Encoding", "gzip"));
        assertThat(css)
                .doesNotContain("GDS Transport", "@font-face", "/assets/fonts/")
                .contains("font-family:" + SystemFontStylesheet.SYSTEM_FONTS)
                .containsPattern("url\\(/assets/images/govuk-crest-[0-9a-f]{32}\\.svg\\)");
        Matcher crest = Pattern.compile("url\\((/assets/images/govuk-crest-[0-9a-f]{32}\\.svg)\\)")
                .matcher(css);
        assertThat(crest.find()).isTrue();
        assertThat(get(crest.group(1)).statusCode()).isEqualTo(200);
        for (String asset : List.of(
                "/assets/images/govuk-crest.svg",
                "/assets/images/favicon.ico",
                "/assets/images/favicon.svg",
                "/assets/images/govuk-icon-180.png",
                "/assets/manifest.json")) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(get("/assets/fonts/light-94a07e06a1-v2.woff2").statusCode())
                .as("GDS Transport is not served")
                .isEqualTo(404);
        assertThat(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")
                        .body()
                        .length)
                .as("the plain name is served the same way")
                .isEqualTo(get(stylesheetPath()).body().length);
    }

    @Test
    void textIsCompressedForClientsThatAskForIt() throws Exception {
        for (String path : List.of(
                "/meetings/hsc-2025-09-23",
                "/reports/HSC-PPB/q1-2025-26",
                stylesheetPath(),
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js",
                "/meetings.ics",
                "/api/meetings/hsc-2025-09-23",
                "/assets/images/govuk-crest.svg")) {
            HttpResponse<byte[]> plain = get(path);
            HttpResponse<byte[]> gzip = get(path, "Accept-Encoding", "gzip");
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(header(gzip, "Content-Encoding")).as(path).isEqualTo("gzip");
            assertThat(gzip.body().length).as(path + " compressed").isLessThan(plain.body().length / 2);
            assertThat(header(gzip, "Vary")).as(path).containsIgnoringCase("accept-encoding");
            assertThat(text(gzip)).as(path + " is the same text").isEqualTo(text(plain));
        }
        // a meeting page kept as rendered is compressed once and served so (no q=0, as a client may refuse gzip)
        get("/meetings/hsc-2025-06-24");
        assertThat(header(get("/meetings/hsc-2025-06-24", "Accept-Encoding", "br, gzip"), "Content-Encoding"))
                .isEqualTo("gzip");
        assertThat(get("/meetings/hsc-2025-06-24", "Accept-Encoding", "gzip;q=0")
                        .headers()
                        .firstValue("Content-Encoding"))
                .isEmpty();
    }

    @Test
    void publicPagesAnswerConditionalRequestsUntilWhatTheyShowChanges() throws Exception {
        for (String path : List.of(
                "/",
                "/reports",
                "/reports/HSC-PPB/q1-2025-26",
                "/meetings",
                "/meetings/hsc-2025-09-23",
                "/boards/HSC-PPB",
                "/search?q=budget",
                "/assurance",
                "/improvement",
                "/improvement/report",
                "/accessibility",
                "/api/meetings/hsc-2025-09-23",
                "/meetings.ics")) {
            HttpResponse<byte[]> first = get(path, "Accept-Encoding", "gzip");
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag =
                    first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertThat(etag).as("weak, so the server may compress").startsWith("W/\"");
            assertThat(header(first, "Cache-Control")).as(path).isEqualTo("public, max-age=0, s-maxage=60");
            assertThat(header(first, "Vary").toLowerCase()).as(path).contains("cookie", "authorization");
            assertThat(first.headers().firstValue("Pragma")).as(path).isEmpty();

            HttpResponse<byte[]> unchanged = get(path, "If-None-Match", etag);
            assertThat(unchanged.statusCode()).as(path).isEqualTo(304);
            assertThat(unchanged.body()).isEmpty();
            assertThat(header(unchanged, "ETag")).isEqualTo(etag);
            assertThat(header(unchanged, "Cache-Control")).isEqualTo("public, max-age=0, s-maxage=60");
            assertThat(header(unchanged, "Vary").toLowerCase().replace(" ", ""))
                    .as("the same Vary as the 200")
                    .isEqualTo(header(first, "Vary").toLowerCase().replace(" ", ""));
        }

        // a write to a table behind the improvement plan (not a meeting table) moves the version: no stale 304
        String before = get("/improvement").headers().firstValue("ETag").orElseThrow();
        jdbc.sql("update improvement_item set id = id where false").update(); // the triggers are per statement
        HttpResponse<byte[]> after = get("/improvement", "If-None-Match", before);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before);
    }

    @Test
    void signedInPagesAndErrorsAreNeverStoredByASharedCache() throws Exception {
        String basic = "Basic "
                + Base64.getEncoder().encodeToString("officer:officer-demo-pass".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> anonymous = get("/meetings/hsc-2025-09-23");
        String etag = anonymous.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> signedIn = get("/meetings/hsc-2025-09-23", "Authorization", basic, "If-None-Match", etag);
        assertThat(signedIn.statusCode())
                .as("a signed-in page is not the anonymous one")
                .isEqualTo(200);
        assertThat(header(signedIn, "Cache-Control")).contains("no-store").doesNotContain("public");
        assertThat(signedIn.headers().firstValue("ETag")).isEmpty();

        HttpResponse<byte[]> withSession = get("/", "Cookie", "SESSION=not-a-session");
        assertThat(header(withSession, "Cache-Control")).contains("no-store").doesNotContain("public");

        // an error, a page for members only (a redirect to sign in) and the sign-in form (it sets a session cookie)
        for (String path : List.of("/meetings/no-such-meeting", "/assurance/self-assessment", "/sign-in")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(header(response, "Cache-Control"))
                    .as(path)
                    .contains("no-store")
                    .doesNotContain("public");
            assertThat(response.headers().firstValue("ETag")).as(path).isEmpty();
        }
    }

    @Test
    void everyTableButAccountsAuditAndSessionsMovesThePublicPageVersion() {
        List<String> without = jdbc.sql("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and c.relkind in ('r', 'p')
                          and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = c.relname || '_public_page_changed')
                        order by 1""").query(String.class).list();
        assertThat(without)
                .as("tables whose writes do not move the public page version (see V13)")
                .containsExactlyInAnyOrder(
                        "app_user",
                        "board_access",
                        "audit_event",
                        "spring_session",
                        "spring_session_attributes",
                        "flyway_schema_history",
                        "sign_in_failure",
                        "questioner",
                        "outbox_message",
                        "question_attempt");
    }
}
