package org.scrutineer.workforce;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.scrutineer.workforce.WorkforceReturns.StoredReturn;
import org.scrutineer.workforce.domain.BandRule;
import org.scrutineer.workforce.domain.EqualityReport;
import org.scrutineer.workforce.domain.EthnicGroup;
import org.scrutineer.workforce.domain.Finding;
import org.scrutineer.workforce.domain.Indicator;
import org.scrutineer.workforce.domain.IndicatorResult;
import org.scrutineer.workforce.domain.Likelihood;
import org.scrutineer.workforce.domain.Measure;
import org.scrutineer.workforce.domain.NationalFigure;
import org.scrutineer.workforce.domain.PayBandGrouping;
import org.scrutineer.workforce.domain.Suppression;
import org.scrutineer.workforce.domain.Workforce;

/**
 * A return as a page, the API and open data show it: each indicator's counts, proportions and likelihood beside the
 * national figure and the year before, with small numbers suppressed for those who may only read what is published.
 */
record ReturnView(
        long id,
        String council,
        String year,
        Workforce workforce,
        boolean published,
        @Nullable String publishedOn,
        String note,
        boolean suppressed,
        List<CheckFinding> findings,
        List<IndicatorLine> rows,
        List<StaffLine> overview,
        String grouping,
        List<PayBandLine> payBands,
        @Nullable String previousYear,
        @Nullable String meetingKey,
        @Nullable String agendaItem) {

    /** One indicator: counts as shown (suppressed where small for the public), the likelihood and its reading. */
    public record IndicatorLine(
            int number,
            String indicator,
            String code,
            String outcome,
            String base,
            String whiteOutcome,
            String whiteBase,
            String minoritisedOutcome,
            String minoritisedBase,
            String notKnownOutcome,
            String notKnownBase,
            @Nullable String whitePercent,
            @Nullable String minoritisedPercent,
            String likelihood,
            @Nullable BigDecimal value,
            String reading,
            String interpretation,
            @Nullable Boolean withinBand,
            @Nullable BigDecimal national,
            @Nullable String nationalSource,
            String nationalReading,
            @Nullable String change,
            List<GroupLine> groups,
            String description,
            String progress,
            String direction) {}

    /** A group's counts and proportion, in the signed-in view only. */
    public record GroupLine(
            String group,
            @Nullable Integer outcome,
            @Nullable Integer base,
            @Nullable BigDecimal percent) {}

    /** What the check of the return found: an error, or an indicator not provided. */
    public record CheckFinding(String kind, int indicator, String text) {
        public boolean error() {
            return kind.equals(Finding.Kind.ERROR.words());
        }
    }

    public record StaffLine(String group, String staff) {}

    public record PayBandLine(
            String label,
            String white,
            String minoritised,
            String notKnown,
            @Nullable String minoritisedShare) {}

    static ReturnView of(
            StoredReturn stored,
            boolean suppressed,
            List<NationalFigure> national,
            Optional<StoredReturn> previous,
            PayBandGrouping grouping) {
        EqualityReport report = EqualityReport.of(stored.data());
        Optional<EqualityReport> before = previous.map(p -> EqualityReport.of(p.data()));
        String nationalYear = stored.data().year().substring(0, 4);
        List<IndicatorLine> rows = new ArrayList<>();
        for (IndicatorResult r : report.results()) {
            Indicator i = r.indicator();
            Optional<NationalFigure> n = national.stream()
                    .filter(f -> f.indicator() == i
                            && f.year().equals(nationalYear)
                            && f.workforce() == stored.data().workforce()
                            && !f.source().contains("panel")
                            && !f.source().contains("sample"))
                    .findFirst();
            if (n.isEmpty()) { // indicator 7 is published for both workforces together only
                n = national.stream()
                        .filter(f -> f.indicator() == i
                                && f.year().equals(nationalYear)
                                && f.workforce() == Workforce.TOTAL
                                && !f.source().contains("panel")
                                && !f.source().contains("sample"))
                        .findFirst();
            }
            boolean hide = suppressed && r.withheld();
            Likelihood l = r.likelihood();
            String likelihood =
                    hide ? "withheld: it rests on fewer than " + Suppression.THRESHOLD + " people" : l.printed();
            String change = before.map(b -> hide || (suppressed && b.result(i).withheld())
                            ? "withheld (small numbers)"
                            : EqualityReport.change(b.result(i).likelihood(), l))
                    .orElse(null);
            List<GroupLine> groups = suppressed || !r.provided()
                    ? List.of()
                    : Arrays.stream(EthnicGroup.values())
                            .map(g -> new GroupLine(
                                    g.words(), r.outcome().count(g), r.base().count(g), r.percent(g)))
                            .toList();
            rows.add(new IndicatorLine(
                    i.number(),
                    i.words(),
                    i.code(),
                    i.outcome().words(),
                    i.base().words(),
                    count(r.provided() ? r.outcome().white() : null, suppressed),
                    count(r.provided() ? r.base().white() : null, suppressed),
                    count(r.provided() ? r.outcome().minoritised() : null, suppressed),
                    count(r.provided() ? r.base().minoritised() : null, suppressed),
                    count(r.outcome().count(EthnicGroup.NOT_KNOWN), suppressed),
                    count(r.base().count(EthnicGroup.NOT_KNOWN), suppressed),
                    hide || !r.provided() ? null : percent(r.whitePercent()),
                    hide || !r.provided() ? null : percent(r.minoritisedPercent()),
                    likelihood,
                    hide ? null : l.value(),
                    hide ? "" : l.comparison(),
                    hide ? "" : l.interpretation(),
                    hide || !l.computed() ? null : l.withinBand(),
                    n.map(NationalFigure::value).orElse(null),
                    n.map(f -> f.source() + " (" + f.workforce().words().toLowerCase(java.util.Locale.UK) + ")")
                            .orElse(null),
                    n.map(f -> Likelihood.printedAs(f.value()).comparison()).orElse("no national figure"),
                    change,
                    groups,
                    "Relative likelihood of Black, Asian and minority ethnic staff " + i.outcomeWords()
                            + ", compared with white staff",
                    hide ? "N/A" : BandRule.progress(l).label(),
                    before.map(b -> hide || (suppressed && b.result(i).withheld())
                                    ? "N/A"
                                    : BandRule.direction(b.result(i).likelihood(), l)
                                            .label())
                            .orElse("N/A")));
        }
        List<StaffLine> overview = stored.data().provides(Measure.STAFF)
                ? Arrays.stream(EthnicGroup.values())
                        .filter(g -> !suppressed || g == EthnicGroup.WHITE || g == EthnicGroup.NOT_KNOWN)
                        .map(g -> new StaffLine(
                                g.words(),
                                count(stored.data().get(Measure.STAFF).count(g), suppressed)))
                        .toList()
                : List.of();
        if (suppressed && stored.data().provides(Measure.STAFF)) {
            overview = new ArrayList<>(overview);
            overview.add(
                    1,
                    new StaffLine(
                            "Black, Asian and minority ethnic",
                            count(stored.data().get(Measure.STAFF).minoritised(), true)));
        }
        List<PayBandLine> bands = report.payBands(grouping).stream()
                .map(b -> new PayBandLine(
                        b.label(),
                        count(b.white(), suppressed),
                        count(b.minoritised(), suppressed),
                        count(b.notKnown(), suppressed),
                        suppressed && (Suppression.hides(b.white()) || Suppression.hides(b.minoritised()))
                                ? null
                                : percent(b.minoritisedShare())))
                .toList();
        return new ReturnView(
                stored.id(),
                stored.data().council(),
                stored.data().year(),
                stored.data().workforce(),
                stored.published(),
                stored.publishedOn() == null ? null : stored.publishedOn().toString(),
                stored.note(),
                suppressed,
                suppressed
                        ? List.<CheckFinding>of()
                        : report.findings().stream()
                                .map(f -> new CheckFinding(f.kind().words(), f.indicator(), f.text()))
                                .toList(),
                rows,
                overview,
                grouping.code(),
                bands,
                previous.map(p -> p.data().year()).orElse(null),
                stored.meetingKey(),
                stored.agendaItem());
    }

    private static String count(@Nullable Integer n, boolean suppressed) {
        if (n == null) {
            return "not provided";
        }
        return suppressed ? Suppression.count(n) : String.format(java.util.Locale.UK, "%,d", n);
    }

    private static @Nullable String percent(@Nullable BigDecimal p) {
        return p == null ? null : p.toPlainString() + "%";
    }

    public List<CheckFinding> errors() {
        return findings.stream().filter(CheckFinding::error).toList();
    }

    public List<CheckFinding> notProvided() {
        return findings.stream().filter(f -> !f.error()).toList();
    }

    public String title() {
        return workforce.words() + ", " + year;
    }
}
