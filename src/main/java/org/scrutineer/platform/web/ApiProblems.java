package org.scrutineer.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.scrutineer.platform.imports.ImportRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors from the JSON API as problem+json (RFC 9457), naming the field and the reason. */
@NamedInterface("web")
@RestControllerAdvice(annotations = RestController.class)
public class ApiProblems {

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage() + "; nothing was imported");
        p.setTitle("The file was not imported");
        p.setType(URI.create("/docs/import-format#errors"));
        p.setProperty("fileName", e.fileName());
        p.setProperty("errorCount", e.errorCount());
        p.setProperty("errors", e.errors());
        return p;
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalid(InvalidField e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid request");
        p.setProperty("errors", List.of(Map.of("field", e.field(), "reason", e.reason())));
        return p;
    }

    @ExceptionHandler(InvalidFields.class)
    ProblemDetail invalid(InvalidFields e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid request");
        p.setProperty(
                "errors",
                e.reasons().entrySet().stream()
                        .map(x -> Map.of("field", x.getKey(), "reason", x.getValue()))
                        .toList());
        return p;
    }

    /** Several request fields that are wrong, each with its reason, in the order they were found. */
    @NamedInterface("web")
    public static class InvalidFields extends RuntimeException {
        private final Map<String, String> reasons;

        public InvalidFields(Map<String, String> reasons) {
            super(String.join("; ", reasons.values()));
            this.reasons = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reasons));
        }

        public Map<String, String> reasons() {
            return reasons;
        }
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }

    /** A request field that is wrong, and why. */
    @NamedInterface("web")
    public static class InvalidField extends RuntimeException {
        private final String field;
        private final String reason;

        public InvalidField(String field, String reason) {
            super(field + ": " + reason);
            this.field = field;
            this.reason = reason;
        }

        public String field() {
            return field;
        }

        public String reason() {
            return reason;
        }
    }
}
