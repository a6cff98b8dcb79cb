package org.scrutineer.performance;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.scrutineer.performance.domain.Symbol;

/**
 * The quarterly Priority Based Report for a board, with every figure and symbol already worked out and printed,
 * so that a published copy can be kept exactly as it was published.
 */
public record PriorityBasedReport(
        String boardCode,
        String boardName,
        String councilName,
        String quarter,
        String quarterName,
        String periodText,
        String previousYear,
        String reportingYear,
        List<Area> areas,
        String riskControl,
        String equalityActions,
        // absent from copies published before reports carried a financial appendix
        @Nullable List<org.scrutineer.finance.StatementView> finance,
        @Nullable Publication publication,
        // absent (false) from copies published before the board could choose England's column
        @Nullable Boolean englandColumn) {

    public record Area(
            String code,
            String name,
            boolean dataAvailable,
            List<NarrativeItem> keyDevelopments,
            List<NarrativeItem> emergingIssues,
            List<ObjectiveRow> objectives,
            List<KpiRow> kpis) {}

    public record ObjectiveRow(String ref, String title, String milestone, Mark progress, String commentary) {}

    public record KpiRow(
            String ref,
            String measure,
            String definition,
            String previous,
            String target,
            String current,
            Mark progress,
            Mark direction,
            String commentary,
            // set when the board's report shows England's column; kept in the published copy as printed
            @Nullable England england) {}

    /**
     * England's figure beside a KPI, as printed when the report was built: England's value and period, the
     * comparison word by the benchmarking module's rule, or a note saying why there is none ("not benchmarked").
     */
    public record England(
            @Nullable Integer benchmarkIndicatorId,
            String englandValue,
            String period,
            String comparison,
            String words,
            String note) {
        public boolean shown() {
            return note == null || note.isEmpty();
        }
    }

    /** A symbol as printed, with the computed one and reasons kept for anyone who asks why. */
    public record Mark(
            Symbol symbol,
            Symbol computed,
            String reason,
            @Nullable String overrideReason) {
        public String label() {
            return symbol.label();
        }

        public boolean overridden() {
            return overrideReason != null;
        }
    }

    /** Set on a published copy: which version, when and by whom. */
    public record Publication(
            int version,
            Instant publishedAt,
            String publishedBy,
            @Nullable String checksReason) {
        public String publishedOn() {
            return org.scrutineer.platform.web.LondonTime.dateTime(publishedAt);
        }
    }

    public PriorityBasedReport published(Publication p) {
        return new PriorityBasedReport(
                boardCode,
                boardName,
                councilName,
                quarter,
                quarterName,
                periodText,
                previousYear,
                reportingYear,
                areas,
                riskControl,
                equalityActions,
                finance,
                p,
                englandColumn);
    }

    public boolean showsEngland() {
        return Boolean.TRUE.equals(englandColumn);
    }

    /** How many figures of the financial appendix do not follow from the others. */
    public int financeFindings() {
        return finance == null
                ? 0
                : finance.stream().mapToInt(s -> s.findings().size()).sum();
    }

    public List<KpiRow> allKpis() {
        return areas.stream().flatMap(a -> a.kpis().stream()).toList();
    }
}
