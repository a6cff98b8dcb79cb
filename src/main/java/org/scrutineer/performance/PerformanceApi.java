package org.scrutineer.performance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scrutineer.performance.PriorityReports.PublishedReport;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.FigureValue;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Target;
import org.scrutineer.performance.domain.ValueStatus;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.ApiProblems.InvalidField;
import org.scrutineer.platform.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The performance framework as JSON: the same records and rules as the pages. */
@RestController
@RequestMapping("/api")
@Tag(name = "Performance", description = "Indicators, figures, targets and Priority Based Reports")
class PerformanceApi {
    private static final String BOARD = "The board's code";
    private static final String QUARTER = "The quarter, written like q1-2025-26 for Q1 2025/26";
    private static final String REF = "The indicator's reference";
    private final PerformanceRepository repository;
    private final Figures figures;
    private final FigureImport figureImport;
    private final IndicatorImport indicatorImport;
    private final PriorityReports reports;
    private final Boards boards;
    private final Access access;
    private final PerformanceAccess readable;

    public PerformanceApi(
            PerformanceRepository repository,
            Figures figures,
            FigureImport figureImport,
            IndicatorImport indicatorImport,
            PriorityReports reports,
            Boards boards,
            Access access,
            PerformanceAccess readable) {
        this.indicatorImport = indicatorImport;
        this.repository = repository;
        this.figures = figures;
        this.figureImport = figureImport;
        this.reports = reports;
        this.boards = boards;
        this.access = access;
        this.readable = readable;
    }

    @Operation(
            operationId = "listPublishedReports",
            summary = "Published Priority Based Reports (public), latest first")
    @GetMapping("/reports")
    public List<PublishedReport> published() {
        return reports.published();
    }

    @Operation(
            operationId = "getPublishedReport",
            summary =
                    "A published report's figures and symbols as published (public); the latest version unless one is named")
    @GetMapping("/reports/{board}/{quarter}")
    public PriorityBasedReport publishedReport(
            @Parameter(description = BOARD, example = "HSC-PPB") @PathVariable String board,
            @Parameter(description = QUARTER, example = "q1-2025-26") @PathVariable String quarter,
            @Parameter(description = "A version, 1 for the first published") @RequestParam(required = false)
                    Integer version) {
        Board b = board(board);
        Period q = QuarterSlug.parse(quarter);
        return reports.publishedReport(b, q, version)
                .orElseThrow(() -> new NotFound("No published report for " + board + " " + q.label()));
    }

    @Operation(
            operationId = "getDraftReport",
            summary = "The draft report as the records stand now (members of the board and officers)")
    @GetMapping("/drafts/{board}/{quarter}")
    public PriorityBasedReport draft(
            @Parameter(description = BOARD, example = "HSC-PPB") @PathVariable String board,
            @Parameter(description = QUARTER, example = "q1-2025-26") @PathVariable String quarter) {
        Board b = board(board);
        if (!access.mayReadDrafts(b.id())) {
            throw new NotFound("No draft for " + board);
        }
        return reports.build(b, QuarterSlug.parse(quarter));
    }

    @Operation(
            operationId = "listIndicators",
            summary =
                    "The indicators of the boards whose figures the account may read (members of the board, officers)")
    @GetMapping("/indicators")
    public List<Indicator> indicators() {
        return readable.indicators();
    }

    @Operation(
            operationId = "getIndicator",
            summary = "One indicator with its figures and targets, latest first (members of its board, officers)")
    @GetMapping("/indicators/{ref}")
    public IndicatorDetail indicator(@Parameter(description = REF, example = "PH01a") @PathVariable String ref) {
        Indicator i = readable.indicator(ref);
        var figureVersions = repository.versions(i.id(), "actual");
        var targetVersions = repository.versions(i.id(), "target");
        List<FigureView> fs = repository.figures(List.of(i.id())).getOrDefault(i.id(), List.of()).stream()
                .sorted(Comparator.comparing(Figure::period).reversed())
                .map(f -> new FigureView(
                        f.period().label(),
                        f.value(),
                        f.status().name().toLowerCase(),
                        figureVersions.getOrDefault(f.period().label(), 1)))
                .toList();
        List<TargetView> ts = repository.targets(List.of(i.id())).getOrDefault(i.id(), List.of()).stream()
                .sorted(Comparator.comparing(Target::period).reversed())
                .map(t -> new TargetView(
                        t.period().label(),
                        t.value(),
                        targetVersions.getOrDefault(t.period().label(), 1)))
                .toList();
        return new IndicatorDetail(i, fs, ts);
    }

    @Operation(operationId = "addFigure", summary = "Add or correct one figure or target (officers)")
    @PostMapping("/indicators/{ref}/figures")
    @ResponseStatus(HttpStatus.CREATED)
    public IndicatorDetail addFigure(
            @Parameter(description = REF, example = "PH01a") @PathVariable String ref,
            @RequestBody FigureRequest request) {
        Indicator i = readable.indicator(ref);
        if (request == null) {
            throw new InvalidField("body", "send kind, period, value and status as JSON");
        }
        String kind = request.kind() == null ? "actual" : request.kind();
        if (!kind.equals("actual") && !kind.equals("target")) {
            throw new InvalidField("kind", "must be actual or target");
        }
        Period period;
        try {
            period = Period.parse(request.period());
        } catch (IllegalArgumentException e) {
            throw new InvalidField("period", e.getMessage());
        }
        if (request.value() != null && !FigureValue.fits(request.value())) {
            throw new InvalidField("value", "must be a number with " + FigureValue.DIGITS + ", like 2206 or 62.2");
        }
        if (kind.equals("target")) {
            if (request.value() == null) {
                throw new InvalidField("value", "a target needs a value");
            }
            figures.saveTarget(i, new Target(period, request.value()), request.version());
        } else {
            if (period.isStanding()) {
                throw new InvalidField("period", "an actual figure needs a period; only a target can be standing");
            }
            ValueStatus status;
            try {
                status = request.status() == null ? ValueStatus.FINAL : ValueStatus.fromCode(request.status());
            } catch (IllegalArgumentException e) {
                throw new InvalidField("status", e.getMessage());
            }
            try {
                figures.saveFigure(i, new Figure(period, request.value(), status), request.version());
            } catch (IllegalArgumentException e) {
                throw new InvalidField("value", e.getMessage());
            }
        }
        return indicator(ref);
    }

    @Operation(
            operationId = "importFigures",
            summary =
                    "Import figures and targets from CSV or XLSX (officers): all rows or none; every bad row is listed")
    @PostMapping(value = "/import/figures", consumes = "multipart/form-data")
    public FigureImport.Result importFigures(@RequestParam("file") MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ImportRejected.single(file == null ? "" : file.getOriginalFilename(), "The file is empty");
        }
        try (InputStream in = file.getInputStream()) {
            return figureImport.importFile(file.getOriginalFilename(), in);
        }
    }

    @Operation(
            operationId = "importIndicators",
            summary =
                    "Import indicator definitions from CSV or XLSX (officers): all rows or none; every bad row is listed")
    @PostMapping(value = "/import/indicators", consumes = "multipart/form-data")
    public IndicatorsImported importIndicators(@RequestParam("file") MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ImportRejected.single(file == null ? "" : file.getOriginalFilename(), "The file is empty");
        }
        try (InputStream in = file.getInputStream()) {
            return new IndicatorsImported(indicatorImport.importFile(file.getOriginalFilename(), in));
        }
    }

    private Board board(String code) {
        return boards.byCode(code).orElseThrow(() -> new NotFound("No board " + code));
    }

    /**
     * @param kind   actual (the default) or target
     * @param period e.g. Q1 2025/26 or 2024/25; a target may be standing
     * @param value  needed for a target and for a figure that is available
     * @param status final (the default), provisional or not available
     * @param version the version of the figure or target as read (0: there was none yet); when given, the save is refused
     *                with 409 if someone else changed it since. Left out, the save replaces whatever is there.
     */
    public record FigureRequest(
            @Nullable String kind,
            String period,
            @Nullable BigDecimal value,
            @Nullable String status,
            @Nullable Integer version) {}

    /**
     * A figure; its value is left out when it is not yet available.
     *
     * @param version moves on every change: send it back with a correction to be told of anyone else's in between
     */
    public record FigureView(String period, @Nullable BigDecimal value, String status, int version) {}

    /** How many indicator definitions the file held. */
    public record IndicatorsImported(int indicators) {}

    /** A target. @param version moves on every change, as a figure's */
    public record TargetView(String period, BigDecimal value, int version) {}

    /** A save refused because someone else changed the figure or target since the version the call named. */
    @ExceptionHandler(Figures.ChangedMeanwhile.class)
    ProblemDetail changedMeanwhile(Figures.ChangedMeanwhile e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage() + "; nothing was saved");
        p.setTitle("Changed by someone else");
        p.setProperty("version", e.version());
        p.setProperty("valueNow", e.valueNow());
        p.setProperty("changedBy", e.changedBy());
        return p;
    }

    public record IndicatorDetail(Indicator indicator, List<FigureView> figures, List<TargetView> targets) {}
}
