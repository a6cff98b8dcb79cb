package org.scrutineer.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.database.ConnectionFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database cannot be reached, every request is answered at once (within the pool's short connection
 * timeout) with 503 and {@code Retry-After}: the GOV.UK "Sorry, the service is unavailable" page, or problem+json under
 * /api. Without this, the failure came out as whatever the code that met it made of it: a 500, or a 401 "wrong
 * password" from the sign-in. The pool keeps trying in the background, so the service comes back by itself with the
 * database. Runs first, ahead of Spring Session (which reads the session from the database) and the public page cache;
 * the page is rendered here without anything that needs the database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ServiceUnavailable extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailable.class);
    /** Seconds: the pool reconnects as soon as the database is back, so a client may try again soon. */
    static final String RETRY_AFTER = "30";

    private final ITemplateEngine templates;
    private final ScrutineerProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private volatile JakartaServletWebApplication web;

    public ServiceUnavailable(
            ITemplateEngine templates, ScrutineerProperties properties, Clock clock, JsonMapper json) {
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (ConnectionFailures.Watch watch = ConnectionFailures.watch()) {
            HeldWhileFailed held = new HeldWhileFailed(response, watch);
            try {
                chain.doFilter(request, held);
            } catch (IOException | ServletException | RuntimeException e) {
                if (!watch.failed() && !ConnectionFailures.isConnectionFailure(e)) {
                    throw e;
                }
                log.debug("Database unavailable during {}", request.getRequestURI(), e);
                unavailable(request, response);
                return;
            }
            if (watch.failed()) {
                unavailable(request, response);
            }
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            log.warn(
                    "The database could not be reached during {}, after the answer had begun", request.getRequestURI());
            return;
        }
        log.warn("The database cannot be reached: {} {} answered 503", request.getMethod(), request.getRequestURI());
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setHeader("Cache-Control", "no-store");
        if (NoSuchAddress.isApi(request)) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("title", "Service unavailable");
            p.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            p.put("detail", "Scrutineer cannot reach its database: try again in " + RETRY_AFTER + " seconds");
            p.put("instance", request.getRequestURI());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), p);
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (web == null) {
            web = JakartaServletWebApplication.buildApplication(request.getServletContext());
        }
        WebContext context = new WebContext(web.buildExchange(request, response), Locale.UK);
        context.setVariable("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        // nobody is shown as signed in: who is signed in is kept in the database
        context.setVariable(
                "layout",
                new LayoutModel.Layout(
                        properties.councilName(),
                        false,
                        null,
                        false,
                        false,
                        false,
                        request.getRequestURI(),
                        LocalDate.now(clock)));
        templates.process("error", context, response.getWriter());
    }

    /**
     * The response as the application sees it: once the database has failed in this request, whatever the application
     * then makes of it (an error page, a 401, a redirect to the sign-in page) is held back, for the 503 to take its place.
     */
    private static final class HeldWhileFailed extends HttpServletResponseWrapper {
        private final ConnectionFailures.Watch watch;

        HeldWhileFailed(HttpServletResponse response, ConnectionFailures.Watch watch) {
            super(response);
            this.watch = watch;
        }

        private boolean held() {
            return watch.failed();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (!held()) {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (!held()) {
                super.sendError(sc);
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (!held()) {
                super.sendRedirect(location);
            }
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            if (!held()) {
                super.sendRedirect(location, sc);
            }
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            if (!held()) {
                super.sendRedirect(location, clearBuffer);
            }
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            if (!held()) {
                super.sendRedirect(location, sc, clearBuffer);
            }
        }

        @Override
        public void setStatus(int sc) {
            if (!held()) {
                super.setStatus(sc);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!held()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!held()) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (!held()) {
                super.addCookie(cookie);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!held()) {
                super.setContentType(type);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!held()) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return held() ? Discarded.STREAM : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return held() ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }
    }

    /** Where the held-back answer's body goes. */
    private static final class Discarded extends ServletOutputStream {
        static final Discarded STREAM = new Discarded();

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}

        @Override
        public void close() {}

        @Override
        public void flush() {}
    }
}
