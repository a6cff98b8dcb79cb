package org.scrutineer.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public website for visitors who are not signed in: what every public page may tell caches, and the meeting pages
 * (meetings, boards, their open data and calendars) kept as rendered.
 * <p>
 * What a public page shows an anonymous visitor depends only on the database and the day (publication dates decide what
 * is public). Triggers move a counter on every table that public pages read (migrations V9 and V13), so the counter and
 * today's date make a version. With the moment this instance started (a new release may render the same records
 * differently), that is the page's {@code ETag}. A request whose {@code If-None-Match} names the current one is
 * answered {@code 304} without rendering anything. A 200 says {@code public, max-age=0, s-maxage=60}: a reverse proxy or
 * CDN may serve residents from its copy for a minute ({@code scrutineer.public-max-age}) and then revalidate; a browser
 * revalidates every time (a 304 costs next to nothing), so it never shows a page older than the shared cache's, nor the
 * anonymous page to someone who has just signed in. The meeting pages are also kept in memory and served again while the
 * version stands still.
 * <p>
 * The database is asked at most once per {@code scrutineer.public-cache-check-ms} (200 ms by default; 0 asks on every
 * request): a write shows on the public pages within that time, plus the max-age in caches downstream. Only GET requests
 * with no session cookie and no credentials are handled here; signed-in people, and any answer that is not a plain 200
 * without cookies, keep Spring Security's {@code no-store}, so no shared cache ever keeps a signed-in page. This runs
 * before Spring Security, so a kept page is served without the sign-in machinery, with the headers the full chain set
 * (Spring Security's among them) and those platform.security.SecurityHeaders writes, before this, on every answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class PublicPageCache extends OncePerRequestFilter {
    /** Public pages: conditional requests and shared caching. */
    private static final List<String> PUBLIC = List.of(
            "/meetings",
            "/boards",
            "/api/meetings",
            "/search",
            "/reports",
            "/api/reports",
            "/assurance",
            "/api/assurance",
            "/improvement",
            "/workforce",
            "/api/workforce",
            "/accessibility");
    /** Of those, the ones also kept as rendered: the meeting pages, which residents read most. */
    private static final List<String> KEPT = List.of("/meetings", "/boards", "/api/meetings");

    private static final int MAX_BYTES = 1_000_000;
    private static final int MAX_ENTRIES = 300;
    /** Spring Security's answer for everything it does not know may be cached. */
    static final String NOT_STORED = "no-cache, no-store, max-age=0, must-revalidate";
    /**
     * A shared cache keeps the anonymous answer only for anonymous requests. Accept-Encoding is named here too (the server
     * adds it to a compressible 200, but not to a 304, whose headers a cache copies onto the answer it keeps).
     */
    static final String VARY = "Cookie, Authorization, Accept-Encoding";

    /**
     * Part of every tag, so that no release answers 304 to a tag an earlier one handed out for what it rendered. Instances
     * started apart tag the same page differently: that costs a 200 now and then, never a stale page.
     */
    private static final String STARTED = Long.toString(System.currentTimeMillis(), 36);

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** A kept page, with its gzip form when it is text: compressed once, not on every request as the server would. */
    private record Entry(
            String version, String contentType, byte[] body, byte[] gzipped, Map<String, List<String>> headers) {}

    /**
     * Not kept with a page: set afresh on every answer (the caching ones; those SecurityHeaders writes before this runs,
     * HSTS only over HTTPS, so a page kept from an HTTPS request must not hand it to a plain one) or by the container.
     */
    private static final Set<String> NOT_REPLAYED = Set.of(
            "set-cookie",
            "date",
            "content-length",
            "transfer-encoding",
            "content-type",
            "content-encoding",
            "cache-control",
            "pragma",
            "expires",
            "etag",
            "vary",
            "content-security-policy",
            "referrer-policy",
            "strict-transport-security");

    private final long checkMillis;
    private final String publicCacheControl;
    private volatile String knownVersion;
    private volatile long checkedAt;

    public PublicPageCache(
            JdbcClient jdbc,
            java.time.Clock clock,
            @Value("${scrutineer.public-cache-check-ms:200}") long checkMillis,
            @Value("${scrutineer.public-max-age:60s}") java.time.Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.checkMillis = checkMillis;
        this.publicCacheControl = "public, max-age=0, s-maxage=" + maxAge.toSeconds();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length()); // within the application
        return !"GET".equals(request.getMethod())
                || !isPublic(path)
                || path.endsWith(".pdf")
                || path.startsWith("/meetings/new")
                || request.getHeader("Authorization") != null
                || hasSessionCookie(request);
    }

    private static boolean isPublic(String path) {
        return path.equals("/") || PUBLIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String version = version();
        if (version == null) {
            chain.doFilter(
                    request, response); // the database cannot say: serve everything fresh, as Spring Security says
            return;
        }
        String etag = "W/\"" + version + "-" + STARTED + "\"";
        if (matches(request.getHeader("If-None-Match"), etag)) {
            // only an answer that carried this version's tag can be asked about with it: the same page, unchanged
            cacheable(response, etag);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length()); // within the application
        boolean kept = KEPT.stream().anyMatch(path::startsWith);
        // the whole address is the key: a page's links carry the context path it was asked under
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());

        Entry hit = null;
        if (kept) {
            synchronized (entries) {
                hit = entries.get(key);
            }
        }
        if (hit != null && hit.version().equals(version)) {
            hit.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            cacheable(response, etag);
            response.setContentType(hit.contentType());
            byte[] body = hit.body();
            if (hit.gzipped() != null && acceptsGzip(request)) {
                response.setHeader("Content-Encoding", "gzip"); // the server compresses nothing that already is
                body = hit.gzipped();
            }
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        // set before the chain, so that Spring Security leaves it; taken back below unless the answer may be cached
        response.setHeader("Cache-Control", publicCacheControl);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(
                new CacheOnlySuccess(response, sc -> sc == HttpServletResponse.SC_OK, () -> notStored(response)));
        try {
            chain.doFilter(request, wrapper);
        } catch (IOException | ServletException | RuntimeException e) {
            notStored(response);
            throw e;
        }
        byte[] body = wrapper.getContentAsByteArray();
        if (wrapper.getStatus() != HttpServletResponse.SC_OK
                || !wrapper.getHeaders("Set-Cookie").isEmpty()
                || wrapper.getContentType() == null) {
            notStored(response);
        } else {
            cacheable(response, etag);
            if (kept && body.length <= MAX_BYTES) {
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (String name : wrapper.getHeaderNames()) {
                    if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                        headers.put(name, List.copyOf(wrapper.getHeaders(name)));
                    }
                }
                synchronized (entries) {
                    entries.put(
                            key,
                            new Entry(
                                    version,
                                    wrapper.getContentType(),
                                    body,
                                    gzip(wrapper.getContentType(), body),
                                    headers));
                }
            }
        }
        wrapper.copyBodyToResponse();
    }

    private void cacheable(HttpServletResponse response, String etag) {
        response.setHeader("Cache-Control", publicCacheControl);
        response.setHeader("ETag", etag);
        response.setHeader("Vary", VARY);
    }

    private static void notStored(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.setHeader("Cache-Control", NOT_STORED);
            response.setHeader("Pragma", "no-cache");
            response.setHeader("Expires", "0");
        }
    }

    private static byte[] gzip(String contentType, byte[] body) throws IOException {
        if (body.length < 1024 || !(contentType.startsWith("text/") || contentType.contains("json"))) {
            return null;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    /** Accept-Encoding names gzip (or *) without q=0. */
    static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Encoding");
        if (accept == null) {
            return false;
        }
        for (String coding : accept.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].trim().toLowerCase(Locale.ROOT).matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** If-None-Match by the weak comparison (RFC 9110 13.1.2): the tags match whether or not either is marked W/. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if ((t.startsWith("W/") ? t.substring(2) : t).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    /** A visitor without a session cookie cannot be signed in (sign-in lives in the session). */
    private static boolean hasSessionCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (jakarta.servlet.http.Cookie c : request.getCookies()) {
            if (c.getName().equalsIgnoreCase("SESSION") || c.getName().equalsIgnoreCase("JSESSIONID")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The public page version (a sequence that triggers on every table of the public pages move) and today's date: any
     * change to what the pages show, or a new day, makes every kept page and every tag handed out stale.
     */
    private String version() {
        long now = System.currentTimeMillis();
        if (checkMillis > 0 && knownVersion != null && now - checkedAt < checkMillis) {
            return knownVersion;
        }
        String current = currentVersion();
        knownVersion = current;
        checkedAt = now;
        return current;
    }

    private String currentVersion() {
        try {
            return jdbc.sql("select last_value::text from public_page_version")
                            .query(String.class)
                            .single() + "-" + java.time.LocalDate.now(clock);
        } catch (RuntimeException e) {
            return null; // the database cannot say: serve everything fresh
        }
    }
}
