package org.scrutineer.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scrutineer.platform.web.KnownAddresses;
import org.scrutineer.platform.web.NoSuchAddress;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a refused request is told. An address that nothing answers at is "not found" whoever asks, not a prompt to sign
 * in. Otherwise browsers asking for a page are sent to sign in (form login does that); the API, and clients that are
 * not browsers, get problem+json (RFC 9457): 401 with an HTTP Basic challenge, 403 saying why, or 429 with Retry-After
 * when HTTP Basic credentials come after too many failures (ThrottledSignIn).
 */
@Component
class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {
    static final String CHALLENGE = "Basic realm=\"Scrutineer\", charset=\"UTF-8\"";
    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    private final KnownAddresses addresses;
    private final JsonMapper json;
    private final AccessDeniedHandler pages = new AccessDeniedHandlerImpl();

    public Refusals(KnownAddresses addresses, JsonMapper json) {
        this.addresses = addresses;
        this.json = json;
    }

    /** The API first: Spring Security also uses the first entry point for requests no other one claims. */
    void configure(ExceptionHandlingConfigurer<HttpSecurity> exceptions) {
        exceptions
                .defaultAuthenticationEntryPointFor(this, API)
                .defaultAuthenticationEntryPointFor(this, request -> !addresses.known(request))
                .accessDeniedHandler(this);
    }

    /** Not signed in (or wrong HTTP Basic credentials, or too many of them) where sign-in is needed. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof TooManyAttempts tooMany) {
            // whatever the address: the credentials were refused unread, and an unknown address says so too
            response.setHeader(
                    HttpHeaders.RETRY_AFTER, Long.toString(tooMany.waitFor().toSeconds() + 1));
            write(response, problem(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts", tooMany.getMessage(), request));
            return;
        }
        if (!addresses.known(request)) {
            notFound(request, response);
            return;
        }
        String detail = e instanceof BadCredentialsException
                ? ThrottledSignIn.WRONG
                : "Sign in to use " + request.getRequestURI()
                        + ": send an account's username and password with HTTP Basic, or call from a signed-in browser session";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        write(response, problem(HttpStatus.UNAUTHORIZED, "Sign-in needed", detail, request));
    }

    /** Signed in without the role the address needs, or a form or call without its CSRF token. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (e instanceof CsrfException && API.matches(request) && !CurrentUser.signedIn()) {
            // a call with no session and no valid HTTP Basic credentials: what it lacks is credentials, not a token
            commence(request, response, new InsufficientAuthenticationException("Not signed in"));
            return;
        }
        // a missing CSRF token is about the request, not the address (sign-out, for one, is no controller's)
        if (!(e instanceof CsrfException) && !addresses.known(request)) {
            notFound(request, response);
        } else if (API.matches(request)) {
            String detail = e instanceof CsrfException
                    ? "A call that changes records from a browser session must carry the session's CSRF token; scripts should send HTTP Basic credentials instead"
                    : "Your account does not give access to " + request.getMethod() + " " + request.getRequestURI();
            write(response, problem(HttpStatus.FORBIDDEN, "Not allowed", detail, request));
        } else {
            pages.handle(request, response, e);
        }
    }

    /**
     * Signed in with an account that must change its password first: a browser is sent to choose one, an API call is
     * told where.
     */
    void passwordChangeFirst(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (API.matches(request)) {
            write(
                    response,
                    problem(
                            HttpStatus.FORBIDDEN,
                            "Password change needed",
                            "This account must choose a new password before it is used: sign in with a browser, where Scrutineer asks for one at "
                                    + PasswordController.PATH,
                            request));
        } else {
            response.sendRedirect(PasswordController.PATH);
        }
    }

    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (NoSuchAddress.isApi(request)) {
            write(response, NoSuchAddress.problem(request));
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }

    private static Map<String, Object> problem(
            HttpStatus status, String title, String detail, HttpServletRequest request) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", title);
        p.put("status", status.value());
        p.put("detail", detail);
        p.put("instance", request.getRequestURI());
        return p;
    }

    private void write(HttpServletResponse response, Map<String, Object> problem) throws IOException {
        response.setStatus((Integer) problem.get("status"));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem); // UTF-8, as JSON is
    }
}
