package org.scrutineer.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account that must change its password (the first administrator, whose password was in the configuration) does
 * nothing else until it has: every other request is sent to the password change page. Part of the security filter
 * chain, after sign-in, so it sees who the request is from, however they signed in.
 */
class PasswordChangeFirst extends OncePerRequestFilter {
    /** What such an account may still reach: the change itself, signing out, and what the page is drawn with. */
    private static final List<String> OPEN = List.of(
            PasswordController.PATH,
            "/sign-out",
            "/sign-in",
            "/error",
            "/css/",
            "/js/",
            "/webjars/",
            "/assets/",
            "/images/",
            "/favicon.ico");

    private final Refusals refusals;

    PasswordChangeFirst(Refusals refusals) {
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean mustChange = auth != null
                && auth.getAuthorities().stream().anyMatch(a -> Accounts.MUST_CHANGE_PASSWORD.equals(a.getAuthority()));
        String path = request.getRequestURI().substring(request.getContextPath().length()); // within the application
        if (mustChange
                && OPEN.stream().noneMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open))) {
            refusals.passwordChangeFirst(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
