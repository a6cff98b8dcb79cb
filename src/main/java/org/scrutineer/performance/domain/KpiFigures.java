package org.scrutineer.performance.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figures a quarterly report shows for one indicator: the latest figure reported by the end of the quarter
 * (current), the one before it (the comparison, printed as "Actual"), and the target that applies to the current
 * figure: one for the same period, else the latest earlier one, else the standing target.
 */
public record KpiFigures(Figure current, Figure previous, Target target) {

    public static KpiFigures select(List<Figure> figures, List<Target> targets, LocalDate quarterEnd) {
        List<Figure> known = figures.stream()
                .filter(f -> !f.period().isStanding() && !f.period().end().isAfter(quarterEnd))
                .sorted(Comparator.comparing(Figure::period))
                .toList();
        Figure current = known.isEmpty() ? null : known.get(known.size() - 1);
        Figure previous = known.size() < 2 ? null : known.get(known.size() - 2);
        return new KpiFigures(current, previous, targetFor(current, targets).orElse(null));
    }

    static Optional<Target> targetFor(Figure current, List<Target> targets) {
        if (current != null) {
            Optional<Target> dated = targets.stream()
                    .filter(t -> !t.period().isStanding()
                            && !t.period().end().isAfter(current.period().end()))
                    .max(Comparator.comparing(Target::period));
            if (dated.isPresent()) {
                return dated;
            }
        }
        return targets.stream().filter(t -> t.period().isStanding()).findFirst();
    }

    public Judgement progress(Polarity polarity, Projection projection) {
        return ProgressRule.assess(polarity, current, target, projection);
    }

    public Judgement direction(Polarity polarity) {
        return DirectionRule.assess(polarity, current, previous);
    }
}
