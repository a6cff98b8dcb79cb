package org.scrutineer.performance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.PeriodKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The quarter the pages open at when none is asked for: the latest quarter the records speak of (its figures, milestone
 * progress, commentary, overrides, narrative or a published report), so officers land where the work is; with none yet,
 * today's quarter. A quarter after today's (a figure keyed against a future quarter by mistake) is not taken.
 */
@Service
class ReportingQuarter {
    private final JdbcClient jdbc;
    private final Clock clock;

    public ReportingQuarter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Period current() {
        Period today = Period.quarterContaining(LocalDate.now(clock));
        List<String> labels = jdbc.sql("""
                        select period from indicator_value where period ~* '^Q[1-4](-[1-4])? '
                        union select quarter from milestone_progress
                        union select quarter from indicator_commentary
                        union select quarter from symbol_override
                        union select quarter from report_narrative
                        union select quarter from published_report""").query(String.class).list();
        return latest(labels, today);
    }

    /** The latest quarter among the labels, up to today's; today's when there is none. */
    static Period latest(List<String> labels, Period today) {
        return labels.stream()
                .map(ReportingQuarter::quarterOf)
                .filter(Objects::nonNull)
                .filter(q -> !q.end().isAfter(today.end()))
                .max(Comparator.naturalOrder())
                .orElse(today);
    }

    /** A quarter's label, or the last quarter of cumulative ones (Q1-3 2024/25 is reported as at Q3 2024/25). */
    private static Period quarterOf(String label) {
        try {
            Period p = Period.parse(label);
            if (p.kind() == PeriodKind.QUARTER) {
                return p;
            }
            return p.kind() == PeriodKind.CUMULATIVE_QUARTERS ? Period.quarterContaining(p.end()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
