package org.scrutineer.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL cannot store the NUL character (U+0000) in text, nor search for it: a form, query parameter or file name
 * holding one reached the database and failed there as a server error, after whatever went before it (an item created
 * without its paper). It is refused here, before sign-in and every controller, with 400 naming the field: problem+json
 * under /api, the GOV.UK error page ({@code error/400}) otherwise. JSON bodies are checked as they are read
 * ({@link NulCharactersInBodies}), import cells as files are read ({@code TabularFile}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulCharacters extends OncePerRequestFilter {
    /** Request attributes the error page reads: the field refused and why. */
    public static final String FIELD = "refusedField";

    public static final String REASON = "refusedReason";
    static final String WHY = "contains a NUL character (U+0000), which cannot be stored: remove it and send again";

    private final JsonMapper json;

    public NulCharacters(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Refused refused;
        try {
            refused = fieldWithNul(request);
        } catch (IllegalStateException e) {
            refused = null; // a multipart body over the size limit: the upload limit answers it, as before this check
        }
        if (refused == null) {
            chain.doFilter(request, response);
            return;
        }
        String field = refused.field();
        String reason = "The " + refused.words() + " " + WHY;
        if (NoSuchAddress.isApi(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("title", "Invalid request");
            problem.put("status", HttpStatus.BAD_REQUEST.value());
            problem.put("detail", reason);
            problem.put("instance", request.getRequestURI());
            problem.put("errors", List.of(Map.of("field", field, "reason", WHY)));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            request.setAttribute(FIELD, field);
            request.setAttribute(REASON, reason);
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    /** A field refused: its name, and how to name it in a sentence. */
    record Refused(String field, String words) {}

    /** The first parameter, part or uploaded file name holding a NUL character, or null when there is none. */
    static Refused fieldWithNul(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = printable(parameter.getKey());
            if (hasNul(parameter.getKey())) {
                return new Refused(name, "name of the field " + name);
            }
            for (String value : parameter.getValue()) {
                if (hasNul(value)) {
                    return new Refused(name, "field " + name);
                }
            }
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (var file : multipart.getMultiFileMap().entrySet()) {
                for (var f : file.getValue()) {
                    if (hasNul(f.getOriginalFilename())) {
                        return new Refused(file.getKey(), "name of the file uploaded");
                    }
                }
            }
        } else if (request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/")) {
            try {
                for (Part part : request.getParts()) {
                    if (hasNul(part.getSubmittedFileName())) {
                        return new Refused(part.getName(), "name of the file uploaded");
                    }
                }
            } catch (IllegalStateException | IOException | ServletException e) {
                // too large or not readable: what follows answers that, as it did before this check
            }
        }
        return null;
    }

    static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    private static String printable(String name) {
        return name.replace('\u0000', '?');
    }
}
