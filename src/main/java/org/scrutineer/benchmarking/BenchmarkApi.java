package org.scrutineer.benchmarking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scrutineer.benchmarking.domain.Benchmarked;
import org.scrutineer.benchmarking.domain.Interval;
import org.scrutineer.benchmarking.domain.Observation;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.web.ApiProblems.InvalidFields;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Benchmarking as JSON: Fingertips downloads in, each row with Scrutineer's intervals, comparisons and trend out. */
@RestController
@RequestMapping("/api/benchmark")
@Tag(
        name = "Benchmarking",
        description = "Public health indicators from Fingertips, compared with England, the region and the peer group")
public class BenchmarkApi {
    private static final String ID = "The Fingertips indicator ID";
    private final BenchmarkImport imports;
    private final Benchmarks benchmarks;

    public BenchmarkApi(BenchmarkImport imports, Benchmarks benchmarks) {
        this.imports = imports;
        this.benchmarks = benchmarks;
    }

    @Operation(
            operationId = "importBenchmarkFile",
            summary =
                    "Import a Fingertips download (its 26-column CSV, or XLSX with the same columns) as downloaded (officers): all rows or none; every bad row is listed")
    @PostMapping(value = "/imports", consumes = "multipart/form-data")
    public BenchmarkImport.BenchmarkImportSummary importFile(@RequestParam("file") MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw ImportRejected.single(file == null ? "" : file.getOriginalFilename(), "The file is empty");
        }
        try (InputStream in = file.getInputStream()) {
            return imports.importFile(file.getOriginalFilename(), in);
        }
    }

    @Operation(
            operationId = "listBenchmarkIndicators",
            summary =
                    "The benchmarked indicators with their settings (approved ones for everyone; drafts for councillors and officers)")
    @GetMapping("/indicators")
    public List<BenchmarkIndicatorView> indicators() {
        return benchmarks.indicators().stream().map(BenchmarkIndicatorView::of).toList();
    }

    @Operation(
            operationId = "changeBenchmarkIndicator",
            summary = "Change an indicator's settings, any subset (officers); every derived figure follows")
    @PatchMapping(value = "/indicators/{indicatorId}", consumes = "application/json")
    public BenchmarkIndicatorView change(
            @Parameter(description = ID, example = "90366") @PathVariable int indicatorId,
            @RequestBody BenchmarkSettingsRequest request) {
        if (request == null) {
            throw new InvalidFields(java.util.Map.of("body", "send the settings to change as JSON"));
        }
        try {
            return BenchmarkIndicatorView.of(benchmarks.change(
                    indicatorId,
                    new Benchmarks.Change(
                            request.polarity(),
                            request.valueType(),
                            request.multiplier(),
                            request.ciMethod(),
                            request.comparisonLevel(),
                            request.publicDisplay())));
        } catch (Benchmarks.InvalidSettings e) {
            throw new InvalidFields(e.reasons());
        }
    }

    @Operation(
            operationId = "listBenchmarkValues",
            summary =
                    "Every imported row of an indicator with the intervals used (computed where the file has none), Scrutineer's comparisons, the file's own, and the recent trend")
    @GetMapping("/indicators/{indicatorId}/values")
    public List<BenchmarkValueView> values(
            @Parameter(description = ID, example = "90366") @PathVariable int indicatorId) {
        return benchmarks.analysis(indicatorId).rows().stream()
                .map(BenchmarkValueView::of)
                .toList();
    }

    /**
     * @param polarity        high-is-good, low-is-good or no-judgement
     * @param valueType       proportion, crude-rate, directly-standardised-rate, count or mean
     * @param multiplier      1, 100, 1000, 10000 or 100000
     * @param ciMethod        wilson, byar, exact-poisson or dobson
     * @param comparisonLevel 95 or 99.8
     * @param publicDisplay   true to show the indicator to everyone; false keeps it a draft
     */
    public record BenchmarkSettingsRequest(
            @Nullable String polarity,
            @Nullable String valueType,
            @Nullable Double multiplier,
            @Nullable String ciMethod,
            @Nullable Double comparisonLevel,
            @Nullable Boolean publicDisplay) {}

    public record BenchmarkIndicatorView(
            int indicatorId,
            String name,
            String polarity,
            String valueType,
            double multiplier,
            String ciMethod,
            double comparisonLevel,
            boolean publicDisplay) {
        static BenchmarkIndicatorView of(Benchmarks.Indicator i) {
            var s = i.settings();
            return new BenchmarkIndicatorView(
                    i.id(),
                    i.name(),
                    s.polarity().code(),
                    s.valueType().code(),
                    s.multiplier(),
                    s.ciMethod().code(),
                    Double.parseDouble(s.comparisonLevel().code()),
                    i.publicDisplay());
        }
    }

    /**
     * One imported row. Intervals the file lacks are computed by the indicator's method ({@code intervalsComputed});
     * {@code comparedToEngland}, {@code comparedToRegion} and {@code comparedToPeers} are Scrutineer's words (better,
     * similar, worse, higher, lower, not-compared); {@code comparedToEnglandInFile} is the file's own, as written, and
     * {@code disagreesWithFile} marks a row where the two differ. A number the row lacks (a suppressed value, an interval that
     * could not be worked out) is left out, as in every answer of this API.
     */
    public record BenchmarkValueView(
            String areaCode,
            String areaName,
            String areaType,
            String parentCode,
            String period,
            long periodSortable,
            String sex,
            String age,
            String categoryType,
            String category,
            @Nullable Double value,
            String valueNote,
            @Nullable Double lowerCi95,
            @Nullable Double upperCi95,
            @Nullable Double lowerCi998,
            @Nullable Double upperCi998,
            boolean intervalsComputed,
            @Nullable Double count,
            @Nullable Double denominator,
            String comparedToEngland,
            String comparedToEnglandInFile,
            boolean disagreesWithFile,
            String comparedToRegion,
            String comparedToRegionInFile,
            String comparedToPeers,
            String recentTrend,
            String recentTrendInFile,
            @Nullable Integer quintile) {
        static BenchmarkValueView of(Benchmarked b) {
            Observation o = b.row();
            Interval c95 = b.ci95();
            Interval c998 = b.ci998();
            return new BenchmarkValueView(
                    o.areaCode(),
                    o.areaName(),
                    o.areaType(),
                    o.parentCode(),
                    o.period(),
                    o.periodSortable(),
                    o.sex(),
                    o.age(),
                    o.categoryType(),
                    o.category(),
                    o.value(),
                    o.valueNote(),
                    c95 == null ? null : c95.lower(),
                    c95 == null ? null : c95.upper(),
                    c998 == null ? null : c998.lower(),
                    c998 == null ? null : c998.upper(),
                    b.intervalsComputed(),
                    o.count(),
                    o.denominator(),
                    b.comparedToEngland().code(),
                    o.comparedToEnglandInFile(),
                    b.disagrees(),
                    b.comparedToRegion().code(),
                    o.comparedToRegionInFile(),
                    b.comparedToPeers().code(),
                    b.recentTrend().words(),
                    o.recentTrendInFile(),
                    b.quintile());
        }
    }
}
