package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.scrutineer.assurance.Frameworks;
import org.scrutineer.improvement.domain.ImprovementItem;
import org.scrutineer.improvement.domain.ImprovementPlan;
import org.scrutineer.performance.PerformanceRepository;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.FormRefused;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' changes to the improvement plan, each one transaction with its audit row. Each takes the plan's row first
 * and reads the old value it audits under it, so that two officers changing one item at once are audited as a chain.
 */
@Service
@Transactional
class ImprovementRecords {
    private final ImprovementPlans plans;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Access access;
    private final PerformanceRepository performance;
    private final Frameworks frameworks;
    private final ImprovementReport report;
    private final Texts texts;

    ImprovementRecords(
            ImprovementPlans plans,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock,
            Access access,
            PerformanceRepository performance,
            Frameworks frameworks,
            ImprovementReport report,
            Texts texts) {
        this.texts = texts;
        this.plans = plans;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.access = access;
        this.performance = performance;
        this.frameworks = frameworks;
        this.report = report;
    }

    static String scope(long itemId) {
        return "improvement-item:" + itemId;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Adds a progress note, dated today or earlier, to an item. */
    void addProgress(long itemId, String notedOn, String note) {
        FormErrors errors = new FormErrors();
        LocalDate date = null;
        try {
            date = LocalDate.parse(notedOn.trim());
            if (date.isAfter(today())) {
                errors.add("notedOn", texts.get("improvement.progress.notedOn.future"));
            }
        } catch (DateTimeParseException e) {
            errors.add("notedOn", texts.get("improvement.progress.notedOn.invalid"));
        }
        if (note.isBlank()) {
            errors.add("note", texts.get("improvement.progress.note.required"));
        }
        FormRefused.ifAny(errors);
        addProgress(itemId, new ImprovementItem.ProgressNote(date, note.trim(), CurrentUser.name()));
    }

    /** Where an item stands on the progress scale, by the status's name, and when it was completed if it was. */
    void setStatus(long itemId, String status, String completedOn) {
        ImprovementItem item = ImprovementPages.item(ImprovementPages.latest(plans, access), itemId);
        FormErrors errors = new FormErrors();
        ProgressStatus chosen = null;
        try {
            chosen = ProgressStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.add("status", texts.get("improvement.item.status.required"));
        }
        LocalDate completed = null;
        if (!completedOn.isBlank()) {
            try {
                completed = LocalDate.parse(completedOn.trim());
            } catch (DateTimeParseException e) {
                errors.add("completedOn", texts.get("improvement.item.completedOn.invalid"));
            }
        }
        FormRefused.ifAny(errors);
        setStatus(item.id(), chosen, completed);
    }

    /** Links an item to the performance indicator with the reference, or unlinks it when the reference is blank; the reference, or null. */
    String linkIndicator(long itemId, String indicatorRef) {
        ImprovementItem item = ImprovementPages.item(ImprovementPages.latest(plans, access), itemId);
        String ref = indicatorRef.trim();
        if (!ref.isEmpty() && performance.indicator(ref).isEmpty()) {
            throw FormRefused.of("indicatorRef", "There is no performance indicator with the reference " + ref);
        }
        saveIndicator(item.id(), ref.isEmpty() ? null : ref);
        return ref.isEmpty() ? null : ref;
    }

    /** Adds an item to the latest plan from the add-an-item form's fields. */
    Added addItem(Map<String, String> params) {
        ImprovementPlan plan = ImprovementPages.latest(plans, access);
        var framework = frameworks.byVersion(report.frameworkVersion(plan)).orElseThrow();
        FormErrors errors = new FormErrors();
        String ref = params.getOrDefault("ref", "").trim();
        if (ref.isEmpty()) {
            errors.add("ref", texts.get("improvement.item.ref.required"));
        } else if (plan.items().stream().anyMatch(i -> i.ref().equalsIgnoreCase(ref))) {
            errors.add("ref", "The plan already has an item " + ref);
        }
        Integer statement = null;
        try {
            statement = Integer.valueOf(params.getOrDefault("statement", ""));
            framework.statement(statement);
        } catch (IllegalArgumentException e) {
            errors.add("statement", texts.get("improvement.item.statement.required"));
            statement = null;
        }
        String requirement = params.getOrDefault("requirement", "").trim();
        if (requirement.isEmpty()) {
            errors.add("requirement", texts.get("improvement.item.requirement.required"));
        }
        LocalDate due = null;
        if (!params.getOrDefault("due", "").isBlank()) {
            try {
                due = LocalDate.parse(params.get("due").trim());
            } catch (DateTimeParseException e) {
                errors.add("due", texts.get("workforce.action.due.invalid"));
            }
        }
        FormRefused.ifAny(errors);
        int theme = framework.statement(statement).themeNumber();
        boolean stretch = "yes".equals(params.get("stretch"));
        ImprovementItem item = new ImprovementItem(
                0,
                ref,
                theme,
                statement,
                requirement,
                params.getOrDefault("actions", "")
                        .lines()
                        .map(String::trim)
                        .filter(a -> !a.isEmpty())
                        .toList(),
                params.getOrDefault("lead", "").trim(),
                due,
                null,
                null,
                "",
                null,
                ProgressStatus.UNKNOWN,
                stretch,
                null,
                "Added by " + CurrentUser.name(),
                List.of());
        return new Added(addItem(plan.id(), item), ref, stretch);
    }

    /** An item added: its id, reference and whether it is a stretch item. */
    record Added(long id, String ref, boolean stretch) {}

    /** Signs the latest plan off; false when it was signed off already. */
    boolean signOff() {
        return signOff(ImprovementPages.latest(plans, access).id(), today());
    }

    private void addProgress(long itemId, ImprovementItem.ProgressNote note) {
        lockedItem(itemId);
        plans.addProgress(itemId, note);
        audit.created(scope(itemId), "improvement_progress", note.notedOn().toString(), Map.of("note", note.note()));
    }

    private void setStatus(long itemId, ProgressStatus status, LocalDate completed) {
        ImprovementItem item = lockedItem(itemId);
        plans.setStatus(itemId, status, completed);
        audit.updated(
                scope(itemId),
                "improvement_item",
                item.ref(),
                Map.of("status", item.status().name(), "completedOn", String.valueOf(item.completedOn())),
                Map.of("status", status.name(), "completedOn", String.valueOf(completed)));
    }

    private void saveIndicator(long itemId, String ref) {
        ImprovementItem item = lockedItem(itemId);
        plans.setIndicator(itemId, ref);
        audit.updated(
                scope(itemId),
                "improvement_item",
                item.ref(),
                Map.of("indicatorRef", String.valueOf(item.indicatorRef())),
                Map.of("indicatorRef", ref == null ? "null" : ref));
    }

    private long addItem(long planId, ImprovementItem item) {
        locked(planId);
        long id = plans.addItem(planId, item);
        audit.created(
                scope(id),
                "improvement_item",
                item.ref(),
                Map.of("requirement", item.requirement(), "stretch", item.stretch()));
        return id;
    }

    /** Signs the plan off; false when it was signed off already. */
    private boolean signOff(long planId, LocalDate today) {
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
