package org.scrutineer.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.platform.imports.ImportBusy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit, or a large import while another runs, gets a clear answer: a GOV.UK error page, or
 * problem+json from the API (ahead of Spring's generic one).
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {
    private final DataSize limit;
    private final LayoutModel layout;

    public UploadLimits(@Value("${spring.servlet.multipart.max-file-size:100MB}") DataSize limit, LayoutModel layout) {
        this.limit = limit;
        this.layout = layout;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public Object tooLarge(HttpServletRequest request) {
        String message = "The selected file must be smaller than " + limit.toMegabytes() + " MB";
        if (withinApplication(request).startsWith("/api/")) {
            ProblemDetail p =
                    ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message + "; nothing was imported");
            p.setTitle("The file is too large");
            p.setProperty("errors", java.util.List.of(java.util.Map.of("field", "file", "reason", message)));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        ModelAndView page = new ModelAndView("platform/upload-too-large", HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("message", message);
        page.addObject("back", uploadPage(request));
        page.addObject("layout", layout.layout(request)); // an exception handler's page gets no @ModelAttribute
        return page;
    }

    /** 503 with Retry-After: the server is well, but imports one large file at a time. */
    @ExceptionHandler(ImportBusy.class)
    public Object busy(ImportBusy e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ImportBusy.RETRY_AFTER_SECONDS));
        if (withinApplication(request).startsWith("/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
            p.setTitle("Another import is running");
            p.setProperty("errors", java.util.List.of(java.util.Map.of("field", "file", "reason", e.getMessage())));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(ImportBusy.RETRY_AFTER_SECONDS))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        ModelAndView page = new ModelAndView("platform/import-busy", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("message", e.getMessage());
        page.addObject("back", uploadPage(request));
        page.addObject("layout", layout.layout(request)); // an exception handler's page gets no @ModelAttribute
        return page;
    }

    /** The page the upload form is on: the address it posts to, except the finance import, whose form is on /finance. */
    private static String uploadPage(HttpServletRequest request) {
        String uri = withinApplication(request);
        return uri.equals("/finance/import") ? "/finance" : uri;
    }

    /** The path after the context path, as the page's links are built from it (@{...} adds the context path). */
    private static String withinApplication(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
