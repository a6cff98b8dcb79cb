package org.scrutineer.workforce;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.web.ApiProblems.InvalidField;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.workforce.domain.PayBandGrouping;
import org.scrutineer.workforce.domain.Workforce;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Open data: SC-WRES returns (published ones, suppressed where small, for everyone), the national figures and the action plan. */
@RestController
@Tag(
        name = "Workforce equality",
        description =
                "The council's SC-WRES returns, their relative likelihoods beside the national figures, and the action plan")
class WorkforceApi {
    private final WorkforceEquality equality;

    WorkforceApi(WorkforceEquality equality) {
        this.equality = equality;
    }

    public record WorkforceReturnSummary(
            long id,
            String council,
            String year,
            String workforce,
            String status,
            @Nullable String publishedOn,
            String url) {}

    public record WorkforceReturnImported(long id, String url, int errors, int notProvided) {}

    public record WorkforceAction(
            long id,
            String planYear,
            int indicator,
            String action,
            String lead,
            String timescale,
            @Nullable String due,
            String success,
            String status,
            List<String> progress) {}

    public record NationalWorkforceFigure(
            String year,
            String workforce,
            String indicator,
            int indicatorNumber,
            String value,
            String source,
            String note) {}

    @Operation(
            operationId = "listWorkforceReturns",
            summary = "The SC-WRES returns this caller may see (everyone: the published ones)")
    @GetMapping("/api/workforce/returns")
    public List<WorkforceReturnSummary> returns() {
        return equality.visibleReturns().stream()
                .map(r -> new WorkforceReturnSummary(
                        r.id(),
                        r.data().council(),
                        r.data().year(),
                        r.data().workforce().code(),
                        r.published() ? "published" : "draft",
                        r.publishedOn() == null ? null : r.publishedOn().toString(),
                        "/workforce/returns/" + r.id()))
                .toList();
    }

    @Operation(
            operationId = "getWorkforceReturn",
            summary = "One return: counts, proportions, relative likelihoods, national figures and the check",
            description =
                    "Visitors get the published figures with counts of 1 to 4 as \"fewer than 5\" and what rests on them withheld; "
                            + "signed-in members and officers get the return's own figures and the findings of its check.")
    @GetMapping("/api/workforce/returns/{returnId}")
    public ReturnView workforceReturn(
            @Parameter(description = "The return's number", example = "1") @PathVariable("returnId") long id,
            @Parameter(description = "How pay bands are grouped: council or national")
                    @RequestParam(defaultValue = "council")
                    String grouping) {
        PayBandGrouping g = PayBandGrouping.byCode(grouping)
                .orElseThrow(() -> new InvalidField("grouping", "must be council or national"));
        return equality.view(id, g).orElseThrow(() -> new NotFound("No return " + id));
    }

    @Operation(
            operationId = "importWorkforceReturn",
            summary = "Import a return from CSV or XLSX (officers): all rows or none; every bad row is listed",
            description =
                    "Columns measure, white, mixed, asian, black, other, not-known, total; a blank cell is not provided. An unpublished "
                            + "return of the same year and workforce is replaced; the answer counts what its check found.")
    @PostMapping(value = "/api/workforce/returns", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    public WorkforceReturnImported importReturn(
            @RequestParam("year") String year,
            @RequestParam("workforce") String workforce,
            @RequestParam("file") MultipartFile file)
            throws IOException {
        Workforce w;
        try {
            w = Workforce.valueOf(workforce.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidField("workforce", "must be adult or children");
        }
        if (file == null || file.isEmpty()) {
            throw ImportRejected.single(file == null ? "" : file.getOriginalFilename(), "The file is empty");
        }
        try (InputStream in = file.getInputStream()) {
            long id = equality.importFile(year.trim(), w, file.getOriginalFilename(), in);
            ReturnView v = equality.view(id, PayBandGrouping.COUNCIL).orElseThrow();
            return new WorkforceReturnImported(
                    id,
                    "/workforce/returns/" + id,
                    v.errors().size(),
                    v.notProvided().size());
        } catch (WorkforceEquality.Refused e) {
            throw new InvalidField(e.field(), e.getMessage());
        }
    }

    @Operation(
            operationId = "listNationalWorkforceFigures",
            summary = "The national reports' relative likelihoods, per year and workforce")
    @GetMapping("/api/workforce/national")
    public List<NationalWorkforceFigure> national() {
        return equality.national().stream()
                .map(f -> new NationalWorkforceFigure(
                        f.year(),
                        f.workforce().code(),
                        f.indicator().words(),
                        f.indicator().number(),
                        f.value().toPlainString(),
                        f.source(),
                        f.note()))
                .toList();
    }

    @Operation(
            operationId = "listWorkforceActions",
            summary = "The SC-WRES action plan: actions by indicator with lead, timescale, status and progress")
    @GetMapping("/api/workforce/actions")
    public List<WorkforceAction> actions() {
        return equality.actions().stream()
                .map(a -> new WorkforceAction(
                        a.id(),
                        a.planYear(),
                        a.indicator(),
                        a.action(),
                        a.lead(),
                        a.timescale(),
                        a.due() == null ? null : a.due().toString(),
                        a.success(),
                        a.status().words(),
                        a.progress().stream()
                                .map(p -> p.notedOn() + ": " + p.note())
                                .toList()))
                .toList();
    }
}
