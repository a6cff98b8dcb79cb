package org.scrutineer.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers that tell browsers what a page may do, on every answer: pages kept by PublicPageCache and its 304s too,
 * since this runs before it (which therefore never keeps these with a page).
 * <ul>
 * <li>Content-Security-Policy: scripts, styles, fonts and fetches from this site only, no inline script or style (GOV.UK
 * Frontend and Scrutineer's scripts are files), no plugins, no framing, forms posted here only. Swagger UI at
 * {@code /api/docs} sets styles inline as it draws, so its pages, and only they, allow inline styles.</li>
 * <li>Referrer-Policy: same-origin, so addresses of drafts and searches are not told to other sites.</li>
 * <li>Strict-Transport-Security: only on an answer over HTTPS (RFC 6797 says browsers ignore it otherwise). Behind a proxy
 * that ends TLS the request is HTTPS only when Scrutineer is told to trust the proxy's X-Forwarded-Proto
 * ({@code server.forward-headers-strategy=native}; see the README), never because any client says so.</li>
 * </ul>
 * Spring Security adds its own (X-Content-Type-Options, X-Frame-Options, Cache-Control) in its filter chain.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class SecurityHeaders extends OncePerRequestFilter {
    static final String POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_DOCS_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    static final String REFERRER = "same-origin";
    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length()); // within the application
        boolean apiDocs = path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui");
        response.setHeader("Content-Security-Policy", apiDocs ? API_DOCS_POLICY : POLICY);
        response.setHeader("Referrer-Policy", REFERRER);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
