package org.scrutineer.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers at: the GOV.UK "Page not found" page for browsers (as for a missing meeting), or
 * problem+json under /api, whether the visitor is signed in or not. Ahead of Spring's generic problem+json, which
 * would give browsers JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NoSuchAddress {

    @ExceptionHandler(NoResourceFoundException.class)
    public ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (isApi(request)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(request));
        }
        response.sendError(HttpStatus.NOT_FOUND.value());
        return null;
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The problem+json body for an API address that does not exist. */
    public static Map<String, Object> problem(HttpServletRequest request) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", "Not found");
        p.put("status", HttpStatus.NOT_FOUND.value());
        p.put("detail", "Nothing answers at " + request.getRequestURI() + ": the API is described at /api/docs");
        p.put("instance", request.getRequestURI());
        return p;
    }
}
