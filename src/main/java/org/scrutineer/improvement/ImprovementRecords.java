package org.scrutineer.improvement;

import java.time.LocalDate;
import java.util.Map;
import org.scrutineer.improvement.domain.ImprovementItem;
import org.scrutineer.improvement.domain.ImprovementPlan;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' changes to the improvement plan, each one transaction with its audit row. Each takes the plan's row first
 * and reads the old value it audits under it, so that two officers changing one item at once are audited as a chain.
 */
@Service
@Transactional
public class ImprovementRecords {
    private final ImprovementPlans plans;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    public ImprovementRecords(ImprovementPlans plans, AuditTrail audit, JdbcClient jdbc) {
        this.plans = plans;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    public void addProgress(long itemId, ImprovementItem.ProgressNote note) {
        lockedItem(itemId);
        plans.addProgress(itemId, note);
        audit.created(
                ImprovementController.scope(itemId),
                "improvement_progress",
                note.notedOn().toString(),
                Map.of("note", note.note()));
    }

    public void setStatus(long itemId, ProgressStatus status, LocalDate completed) {
        ImprovementItem item = lockedItem(itemId);
        plans.setStatus(itemId, status, completed);
        audit.updated(
                ImprovementController.scope(itemId),
                "improvement_item",
                item.ref(),
                Map.of("status", item.status().name(), "completedOn", String.valueOf(item.completedOn())),
                Map.of("status", status.name(), "completedOn", String.valueOf(completed)));
    }

    public void linkIndicator(long itemId, String ref) {
        ImprovementItem item = lockedItem(itemId);
        plans.setIndicator(itemId, ref);
        audit.updated(
                ImprovementController.scope(itemId),
                "improvement_item",
                item.ref(),
                Map.of("indicatorRef", String.valueOf(item.indicatorRef())),
                Map.of("indicatorRef", ref == null ? "null" : ref));
    }

    public long addItem(long planId, ImprovementItem item) {
        locked(planId);
        long id = plans.addItem(planId, item);
        audit.created(
                ImprovementController.scope(id),
                "improvement_item",
                item.ref(),
                Map.of("requirement", item.requirement(), "stretch", item.stretch()));
        return id;
    }

    /** Signs the plan off; false when it was signed off already. */
    public boolean signOff(long planId, LocalDate today) {
        ImprovementPlan plan = locked(planId);
        if (plan.signedOff()) {
            return false;
        }
        plans.signOff(planId, CurrentUser.name(), today);
        audit.updated(
                "improvement-plan:" + planId,
                "improvement_plan",
                plan.title(),
                Map.of("signedOff", "no"),
                Map.of("signedOffBy", CurrentUser.name(), "signedOffOn", today.toString()));
        return true;
    }

    private ImprovementPlan locked(long planId) {
        jdbc.sql("select id from improvement_plan where id = :p for no key update")
                .param("p", planId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("No improvement plan " + planId));
        return plans.byId(planId).orElseThrow();
    }

    private ImprovementItem lockedItem(long itemId) {
        long planId = plans.planOfItem(itemId).orElseThrow(() -> new NotFound("No item " + itemId));
        return locked(planId).items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFound("No item " + itemId));
    }
}
