package org.scrutineer.performance;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.performance.domain.MilestoneProgress;
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
        repository.lockIndicator(indicator.id());
        Optional<Figure> old = repository.figure(indicator.id(), figure.period());
        if (old.isPresent() && old.get().equals(figure)) {
            return;
        }
        repository.saveFigure(indicator.id(), figure);
        audit.saved(scope(indicator), "indicator_value", indicator.ref() + " " + figure.period().label(), old.orElse(null), figure);
    }

    @Transactional
    public void saveTarget(Indicator indicator, Target target) {
        repository.lockIndicator(indicator.id());
        Optional<Target> old = repository.target(indicator.id(), target.period());
        if (old.isPresent() && old.get().value().compareTo(target.value()) == 0) {
            return;
        }
        repository.saveTarget(indicator.id(), target);
        audit.saved(scope(indicator), "indicator_target", indicator.ref() + " target " + target.period().label(), old.orElse(null), target);
    }

    @Transactional
    public void saveCommentary(Indicator indicator, String quarter, String text) {
        repository.lockIndicator(indicator.id());
        String old = repository.commentary(quarter).get(indicator.id());
        if (text.equals(old)) {
            return;
        }
        repository.saveCommentary(indicator.id(), quarter, text);
        audit.saved(scope(indicator), "indicator_commentary", indicator.ref() + " " + quarter,
                old == null ? null : Map.of("commentary", old), Map.of("commentary", text));
    }

    @Transactional
    public void saveMilestoneProgress(Objective objective, String quarter, MilestoneProgress progress) {
        repository.lockObjective(objective.id());
        MilestoneProgress old = repository.milestoneProgress(quarter).get(objective.id());
        if (progress.equals(old)) {
            return;
        }
        repository.saveMilestoneProgress(objective.id(), quarter, progress);
        audit.saved("objective:" + objective.ref(), "milestone_progress", objective.ref() + " " + quarter, old, progress);
    }

    /** Replaces a computed symbol with the officer's, for a reason. The computed symbol stays as it is. */
    @Transactional
    public void override(Indicator indicator, String quarter, OverrideKind kind, Symbol symbol, String reason) {
        repository.lockIndicator(indicator.id());
        SymbolOverride o = new SymbolOverride(symbol, reason.trim(), CurrentUser.name(), clock.instant());
        SymbolOverride old = repository.overrides(quarter).getOrDefault(indicator.id(), Map.of()).get(kind.name());
        repository.saveOverride(indicator.id(), quarter, kind.name(), o);
        audit.saved(scope(indicator), "symbol_override", indicator.ref() + " " + quarter + " " + kind.words(),
                old == null ? null : Map.of("symbol", old.symbol().label(), "reason", old.reason()),
                Map.of("symbol", symbol.label(), "reason", o.reason()));
    }

    @Transactional
    public void removeOverride(Indicator indicator, String quarter, OverrideKind kind) {
        repository.lockIndicator(indicator.id());
        SymbolOverride old = repository.overrides(quarter).getOrDefault(indicator.id(), Map.of()).get(kind.name());
        if (old != null) {
            repository.removeOverride(indicator.id(), quarter, kind.name());
            audit.deleted(scope(indicator), "symbol_override", indicator.ref() + " " + quarter + " " + kind.words(),
                    Map.of("symbol", old.symbol().label(), "reason", old.reason()));
        }
    }

    public static String scope(Indicator indicator) {
        return "indicator:" + indicator.ref();
    }

    public enum OverrideKind {
        PROGRESS("current progress"), DIRECTION("direction of travel");

        private final String words;

        OverrideKind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
