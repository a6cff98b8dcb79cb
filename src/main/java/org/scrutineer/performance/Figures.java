package org.scrutineer.performance;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.performance.domain.MilestoneProgress;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Symbol;
import org.scrutineer.performance.domain.SymbolOverride;
import org.scrutineer.performance.domain.Target;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single changes to an indicator's figures, targets, commentary and symbol overrides, each audited. Each takes the
 * indicator's row first and reads the old value under it, so that officers saving at once are audited as a chain
 * (before, concurrent saves recorded wrong old values and a figure "created" twice).
 */
@Service
public class Figures {
    private final PerformanceRepository repository;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    public Figures(PerformanceRepository repository, AuditTrail audit, java.time.Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public void saveFigure(Indicator indicator, Figure figure) {
        saveFigure(indicator, figure, null);
    }

    /**
     * Saves a figure that the officer saw at {@code seenVersion} (0: there was none yet; null: not said, as an import or
     * an API call without a version): refused with {@link ChangedMeanwhile} when someone else changed it since.
     */
    @Transactional
    public void saveFigure(Indicator indicator, Figure figure, Integer seenVersion) {
        repository.lockIndicator(indicator.id());
        Optional<Figure> old = repository.figure(indicator.id(), figure.period());
        String key = indicator.ref() + " " + figure.period().label();
        checkVersion(
                indicator,
                "actual",
                figure.period(),
                seenVersion,
                key,
                old.map(f -> f.available()
                                ? f.value().toPlainString()
                                        + (f.status() == org.scrutineer.performance.domain.ValueStatus.PROVISIONAL
                                                ? " (provisional)"
                                                : "")
                                : "not yet available")
                        .orElse(null));
        if (old.isPresent() && old.get().equals(figure)) {
            return;
        }
        repository.saveFigure(indicator.id(), figure);
        audit.saved(scope(indicator), "indicator_value", key, old.orElse(null), figure);
    }

    @Transactional
    public void saveTarget(Indicator indicator, Target target) {
        saveTarget(indicator, target, null);
    }

    /** Saves a target the officer saw at {@code seenVersion}, as {@link #saveFigure(Indicator, Figure, Integer)} a figure. */
    @Transactional
    public void saveTarget(Indicator indicator, Target target, Integer seenVersion) {
        repository.lockIndicator(indicator.id());
        Optional<Target> old = repository.target(indicator.id(), target.period());
        String key = indicator.ref() + " target " + target.period().label();
        checkVersion(
                indicator,
                "target",
                target.period(),
                seenVersion,
                key,
                old.map(t -> t.value().toPlainString()).orElse(null));
        if (old.isPresent() && old.get().value().compareTo(target.value()) == 0) {
            return;
        }
        repository.saveTarget(indicator.id(), target);
        audit.saved(scope(indicator), "indicator_target", key, old.orElse(null), target);
    }

    @Transactional
    public void saveCommentary(Indicator indicator, String quarter, String text) {
        repository.lockIndicator(indicator.id());
        String old = repository.commentary(quarter).get(indicator.id());
        if (text.equals(old)) {
            return;
        }
        repository.saveCommentary(indicator.id(), quarter, text);
        audit.saved(
                scope(indicator),
                "indicator_commentary",
                indicator.ref() + " " + quarter,
                old == null ? null : Map.of("commentary", old),
                Map.of("commentary", text));
    }

    @Transactional
    public void saveMilestoneProgress(Objective objective, String quarter, MilestoneProgress progress) {
        repository.lockObjective(objective.id());
        MilestoneProgress old = repository.milestoneProgress(quarter).get(objective.id());
        if (progress.equals(old)) {
            return;
        }
        repository.saveMilestoneProgress(objective.id(), quarter, progress);
        audit.saved(
                "objective:" + objective.ref(), "milestone_progress", objective.ref() + " " + quarter, old, progress);
    }

    /** Replaces a computed symbol with the officer's, for a reason. The computed symbol stays as it is. */
    @Transactional
    public void override(Indicator indicator, String quarter, OverrideKind kind, Symbol symbol, String reason) {
        repository.lockIndicator(indicator.id());
        SymbolOverride o = new SymbolOverride(symbol, reason.trim(), CurrentUser.name(), clock.instant());
        SymbolOverride old = repository
                .overrides(quarter)
                .getOrDefault(indicator.id(), Map.of())
                .get(kind.name());
        repository.saveOverride(indicator.id(), quarter, kind.name(), o);
        audit.saved(
                scope(indicator),
                "symbol_override",
                indicator.ref() + " " + quarter + " " + kind.words(),
                old == null ? null : Map.of("symbol", old.symbol().label(), "reason", old.reason()),
                Map.of("symbol", symbol.label(), "reason", o.reason()));
    }

    @Transactional
    public void removeOverride(Indicator indicator, String quarter, OverrideKind kind) {
        repository.lockIndicator(indicator.id());
        SymbolOverride old = repository
                .overrides(quarter)
                .getOrDefault(indicator.id(), Map.of())
                .get(kind.name());
        if (old != null) {
            repository.removeOverride(indicator.id(), quarter, kind.name());
            audit.deleted(
                    scope(indicator),
                    "symbol_override",
                    indicator.ref() + " " + quarter + " " + kind.words(),
                    Map.of("symbol", old.symbol().label(), "reason", old.reason()));
        }
    }

    /** The version a figure or target now has, 0 when there is none: what a form or API call says it saw. */
    @Transactional(readOnly = true)
    public int version(Indicator indicator, String kind, Period period) {
        return repository.version(indicator.id(), kind, period);
    }

    private void checkVersion(
            Indicator indicator, String kind, Period period, Integer seenVersion, String auditKey, String valueNow) {
        if (seenVersion == null) {
            return;
        }
        int now = repository.version(indicator.id(), kind, period);
        if (now != seenVersion) {
            var last = audit.latest(scope(indicator), auditKey);
            throw new ChangedMeanwhile(
                    kind,
                    period.label(),
                    now,
                    valueNow,
                    last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.at()).orElse(null));
        }
    }

    /**
     * A figure or target changed by someone else since the officer saw it: the value and version it has now, and who
     * changed it last (null when it was loaded before the audit trail knew, or by an import).
     */
    public static class ChangedMeanwhile extends RuntimeException {
        private final String kind;
        private final String period;
        private final int version;
        private final String valueNow;
        private final String changedBy;
        private final Instant changedAt;

        public ChangedMeanwhile(
                String kind, String period, int version, String valueNow, String changedBy, Instant changedAt) {
            super(describe(kind, period, valueNow, changedBy, changedAt));
            this.kind = kind;
            this.period = period;
            this.version = version;
            this.valueNow = valueNow;
            this.changedBy = changedBy;
            this.changedAt = changedAt;
        }

        private static String describe(
                String kind, String period, String valueNow, String changedBy, Instant changedAt) {
            String what = (kind.equals("target") ? "The target for " : "The figure for ") + period;
            String who = changedBy == null ? "someone else" : changedBy;
            String when = changedAt == null ? "" : " at " + org.scrutineer.platform.web.LondonTime.dateTime(changedAt);
            return valueNow == null
                    ? what + " was removed by " + who + when + " while you were editing it"
                    : what + " was changed by " + who + when + " while you were editing it: it is now " + valueNow
                            + ". Check the value and save again to replace it";
        }

        public String kind() {
            return kind;
        }

        public String period() {
            return period;
        }

        public int version() {
            return version;
        }

        public String valueNow() {
            return valueNow;
        }

        public String changedBy() {
            return changedBy;
        }

        public Instant changedAt() {
            return changedAt;
        }
    }

    public static String scope(Indicator indicator) {
        return "indicator:" + indicator.ref();
    }

    public enum OverrideKind {
        PROGRESS("current progress"),
        DIRECTION("direction of travel");

        private final String words;

        OverrideKind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
