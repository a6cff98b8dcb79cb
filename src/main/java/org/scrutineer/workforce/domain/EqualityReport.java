package org.scrutineer.workforce.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** A return checked and worked out: what the check found, and each indicator's result. One rule for page, API and paper. */
public record EqualityReport(WorkforceReturn workforceReturn, List<Finding> findings, List<IndicatorResult> results) {

    public static EqualityReport of(WorkforceReturn r) {
        return new EqualityReport(
                r,
                ReturnCheck.check(r),
                Arrays.stream(Indicator.values())
                        .filter(Indicator::hasLikelihood)
                        .map(i -> IndicatorResult.of(i, r))
                        .toList());
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::error).toList();
    }

    public List<Finding> notProvided() {
        return findings.stream().filter(f -> !f.error()).toList();
    }

    public boolean publishable() {
        return errors().isEmpty();
    }

    public IndicatorResult result(Indicator i) {
        return results.stream()
                .filter(x -> x.indicator() == i)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Indicator " + i.number() + " has no likelihood"));
    }

    /** Indicator 1 in one grouping of the pay bands: each range's staff by side and the minoritised share of those known. */
    public record PayBandRow(String label, int white, int minoritised, int notKnown, BigDecimal minoritisedShare) {}

    public List<PayBandRow> payBands(PayBandGrouping grouping) {
        if (!Indicator.PAY_BANDS.provided(workforceReturn)) {
            return List.of();
        }
        return grouping.ranges().stream()
                .map(range -> {
                    List<Breakdown> bands = Measure.payBands().stream()
                            .filter(range::includes)
                            .map(workforceReturn::get)
                            .toList();
                    int white = bands.stream().mapToInt(Breakdown::white).sum();
                    int minoritised =
                            bands.stream().mapToInt(Breakdown::minoritised).sum();
                    int notKnown = bands.stream()
                            .map(b -> b.count(EthnicGroup.NOT_KNOWN))
                            .filter(n -> n != null)
                            .mapToInt(Integer::intValue)
                            .sum();
                    return new PayBandRow(
                            range.label(),
                            white,
                            minoritised,
                            notKnown,
                            IndicatorResult.percent(minoritised, white + minoritised));
                })
                .toList();
    }

    /** How a likelihood moved from one year's return to the next: nearer 1.00 is nearer equality. */
    public static String change(Likelihood before, Likelihood now) {
        if (!before.computed() || !now.computed()) {
            return "No comparison: "
                    + (!before.computed() ? "the earlier year's " + before.printed() : "this year's " + now.printed());
        }
        int cmp = now.value()
                .subtract(BigDecimal.ONE)
                .abs()
                .compareTo(before.value().subtract(BigDecimal.ONE).abs());
        String from = "from " + before.printed() + " to " + now.printed();
        if (now.value().compareTo(before.value()) == 0) {
            return "No change (" + now.printed() + ")";
        }
        return (cmp < 0 ? "Nearer equality, " : cmp > 0 ? "Further from equality, " : "As far from equality, ") + from;
    }
}
