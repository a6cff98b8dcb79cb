package org.scrutineer.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public website's pages (meetings, boards, their open data and calendars) as rendered for anonymous visitors,
 * and serves them again while nothing they show has changed in the database (migration V9's counter) on the same day
 * (publication dates decide what is public). The database is asked at most once per {@code scrutineer.public-cache-check-ms}
 * (200 ms by default; 0 asks on every request): a write shows on the public pages within that time. Signed-in people,
 * and anything but a plain 200 answer, are never cached. It runs before Spring Security, so a kept page is served without
 * the sign-in machinery: only requests with no session cookie and no credentials are served or kept, and the headers the
 * full chain set (security headers among them) are kept and sent again with the page.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 40)
public class PublicPageCache extends OncePerRequestFilter {
    private static final List<String> PREFIXES = List.of("/meetings", "/boards", "/api/meetings");
    private static final int MAX_BYTES = 1_000_000;
    private static final int MAX_ENTRIES = 300;

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private record Entry(String version, String contentType, byte[] body, Map<String, List<String>> headers) {
    }

    private static final java.util.Set<String> NOT_REPLAYED = java.util.Set.of("set-cookie", "date", "content-length", "transfer-encoding",
            "content-type");

    private final long checkMillis;
    private volatile String knownVersion;
    private volatile long checkedAt;

    public PublicPageCache(JdbcClient jdbc, java.time.Clock clock, @org.springframework.beans.factory.annotation.Value("${scrutineer.public-cache-check-ms:200}") long checkMillis) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.checkMillis = checkMillis;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !"GET".equals(request.getMethod()) || PREFIXES.stream().noneMatch(path::startsWith) || path.endsWith(".pdf")
                || path.startsWith("/meetings/new") || request.getHeader("Authorization") != null || hasSessionCookie(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String version = version();
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Entry hit;
        synchronized (entries) {
            hit = entries.get(key);
        }
        if (hit != null && hit.version().equals(version)) {
            hit.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setContentType(hit.contentType());
            response.setContentLength(hit.body().length);
            response.getOutputStream().write(hit.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (version != null && wrapper.getStatus() == 200 && wrapper.getContentType() != null && body.length <= MAX_BYTES
                && wrapper.getHeaders("Set-Cookie").isEmpty()) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String name : wrapper.getHeaderNames()) {
                if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    headers.put(name, List.copyOf(wrapper.getHeaders(name)));
                }
            }
            synchronized (entries) {
                entries.put(key, new Entry(version, wrapper.getContentType(), body, headers));
            }
        }
        wrapper.copyBodyToResponse();
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
     * The public page version (a sequence that triggers on every table of the meeting pages move) and today's date: any
     * change to what the pages show, or a new day, makes every kept page stale.
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
            return jdbc.sql("select last_value::text from public_page_version").query(String.class).single() + "/" + java.time.LocalDate.now(clock);
        } catch (RuntimeException e) {
            return null; // the database cannot say: serve everything fresh
        }
    }
}
