package org.scrutineer.improvement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.scrutineer.platform.progress.ProgressStatus;

/**
 * One requirement of an improvement plan: what the regulator found, the actions, who leads, when it is due, a
 * baseline and target where it can be measured, its status on the three-state scale and its dated progress notes.
 */
public record ImprovementItem(
        long id,
        String ref,
        int themeNumber,
        int statementNumber,
        String requirement,
        List<String> actions,
        String lead,
        LocalDate due,
        BigDecimal baseline,
        BigDecimal target,
        String measure,
        String indicatorRef,
        ProgressStatus status,
        boolean stretch,
        LocalDate completedOn,
        String source,
        List<ProgressNote> progress) {

    public record ProgressNote(LocalDate notedOn, String note, String recordedBy) {}

    public ImprovementItem {
        actions = List.copyOf(actions);
        progress = progress.stream()
                .sorted(Comparator.comparing(ProgressNote::notedOn).reversed())
                .toList();
    }

    /** Due before today and not completed. */
    public boolean isOverdue(LocalDate today) {
        return completedOn == null && due != null && due.isBefore(today);
    }

    public ProgressNote latest() {
        return progress.isEmpty() ? null : progress.get(0);
    }

    public boolean measurable() {
        return baseline != null || target != null;
    }
}
