package org.scrutineer.moderngov;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.ApiProblems.InvalidField;
import org.scrutineer.platform.web.ApiProblems.InvalidFields;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An administrator adds a ModernGov site as a source and imports its meetings, as JSON. */
@RestController
@Tag(
        name = "ModernGov import",
        description = "Meetings brought in from a council's ModernGov (modern.gov) site (admins)")
class ModernGovApi {
    /** The widest date window one import may ask for: ModernGov sites answer slowly for long ones. */
    static final int MAX_YEARS = 10;

    private final ModernGovImport importer;

    ModernGovApi(ModernGovImport importer) {
        this.importer = importer;
    }

    public record ImportRequest(
            @Schema(example = "https://democracy.example.gov.uk")
            String baseUrl,

            @Schema(example = "2025-01-01") String from,
            @Schema(example = "2026-12-31") String to,

            @Nullable
            @Schema(
                    description =
                            "The site's committee ids to follow; leave out for every committee that is neither deleted nor expired")
            List<Long> committees) {}

    @Operation(
            operationId = "importFromModernGov",
            summary = "Add a ModernGov site as a source and import its committees, meetings, items, "
                    + "minutes, documents and attendance (admins); only hosts on the server's allow-list")
    @ApiResponse(
            responseCode = "200",
            description = "What was imported, and every problem met",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ModernGovImport.Summary.class)))
    @ApiResponse(
            responseCode = "502",
            description = "The site could not be reached, or did not answer with ModernGov's XML; nothing was imported",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @PostMapping("/api/imports/moderngov")
    public ModernGovImport.Summary importNow(@RequestBody(required = false) @Nullable ImportRequest request) {
        if (request == null) {
            throw new InvalidField("body", "send baseUrl, from and to as JSON");
        }
        Map<String, String> wrong = new LinkedHashMap<>();
        if (request.baseUrl() == null || request.baseUrl().isBlank()) {
            wrong.put(
                    "baseUrl", "baseUrl: give the ModernGov site's address, such as https://democracy.example.gov.uk");
        }
        LocalDate from = day(request.from(), "from", wrong);
        LocalDate to = day(request.to(), "to", wrong);
        if (from != null && to != null && to.isBefore(from)) {
            wrong.put("to", "to: must be on or after from");
        } else if (from != null && to != null && to.isAfter(from.plusYears(MAX_YEARS))) {
            wrong.put("to", "to: the window may be at most " + MAX_YEARS + " years");
        }
        List<Long> committees = request.committees() == null ? List.of() : request.committees();
        if (committees.stream().anyMatch(c -> c == null || c <= 0)) {
            wrong.put("committees", "committees: each is a committee's id on the site, a positive whole number");
        }
        if (!wrong.isEmpty()) {
            throw new InvalidFields(wrong);
        }
        return importer.addAndImport(request.baseUrl(), committees, from, to, CurrentUser.name());
    }

    private static LocalDate day(String text, String field, Map<String, String> wrong) {
        if (text == null || text.isBlank()) {
            wrong.put(field, field + ": a date like 2025-01-01 is needed");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            wrong.put(field, field + ": \"" + text + "\" is not a date like 2025-01-01");
            return null;
        }
    }

    @ExceptionHandler(ModernGovSite.Refused.class)
    ProblemDetail refused(ModernGovSite.Refused e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Invalid request");
        p.setProperty("errors", List.of(Map.of("field", "baseUrl", "reason", e.getMessage())));
        return p;
    }

    @ExceptionHandler(ModernGovSite.Unreachable.class)
    ProblemDetail unreachable(ModernGovSite.Unreachable e) {
        ProblemDetail p =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage() + "; nothing was imported");
        p.setTitle("The ModernGov site could not be read");
        return p;
    }
}
