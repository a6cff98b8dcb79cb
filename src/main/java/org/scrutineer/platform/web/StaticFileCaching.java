package org.scrutineer.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers and shared caches may keep static files. A file whose name carries its content hash
 * ({@link StaticFiles}) never changes under that name: a year, immutable. Any other static file (a module imported by
 * its plain name, the favicon) for five minutes, then asked again with If-Modified-Since. Set before the request goes on,
 * so Spring Security's "no-store" stands aside, and replaced by "no-store" if the answer is an error: a cache must not
 * keep a 404 for a year (a new page's hash can reach an instance that has not been updated yet).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class StaticFileCaching extends OncePerRequestFilter {
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String BRIEF = "public, max-age=300";
    private static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/assets/");
    /** VersionResourceResolver's content strategy: name-{md5 in hex}.ext */
    private static final Pattern VERSIONED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length()); // within the application
        return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || PREFIXES.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(
                "Cache-Control", VERSIONED.matcher(request.getRequestURI()).find() ? IMMUTABLE : BRIEF);
        // on a 304 too, which the server would otherwise send without it (a cache copies a 304's headers onto its copy)
        response.setHeader("Vary", "Accept-Encoding");
        try {
            chain.doFilter(request, new CacheOnlySuccess(response, sc -> sc < 400, () -> notCached(response)));
        } catch (IOException | ServletException | RuntimeException e) {
            notCached(response);
            throw e;
        }
    }

    private static void notCached(HttpServletResponse response) {
        if (!response.isCommitted()) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
