package org.scrutineer.platform.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * A JSON body that cannot be read as the operation's request ({@code "value": "NaN"}, a string where a number goes, JSON
 * that does not parse) is a 400 naming the field where Jackson says which, instead of Spring's "Failed to read
 * request". Ahead of Spring's generic handler.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableBodies {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        String reason = "is not JSON that can be read: send the fields the API description gives";
        if (e.getCause() instanceof JacksonException j && !j.getPath().isEmpty()) {
            field = j.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            reason = "is not a value this field takes: see the API description";
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + ": " + reason);
        p.setTitle("Invalid request");
        p.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
        return p;
    }
}
