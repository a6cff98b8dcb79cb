package org.scrutineer.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** A file over the upload limit gets a clear answer: a GOV.UK error page, or problem+json from the API (ahead of Spring's generic one). */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class UploadLimits {
    private final DataSize limit;

    public UploadLimits(@Value("${spring.servlet.multipart.max-file-size:100MB}") DataSize limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public Object tooLarge(HttpServletRequest request) {
        String message = "The selected file must be smaller than " + limit.toMegabytes() + " MB";
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message + "; nothing was imported");
            p.setTitle("The file is too large");
            p.setProperty("errors", java.util.List.of(java.util.Map.of("field", "file", "reason", message)));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        ModelAndView page = new ModelAndView("platform/upload-too-large", HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("message", message);
        page.addObject("back", request.getRequestURI());
        return page;
    }
}
