package org.scrutineer.workforce;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.audit.AuditEntry;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.platform.web.FormRefused;
import org.scrutineer.platform.web.NotFound;
import org.scrutineer.platform.web.Texts;
import org.scrutineer.workforce.WorkforceReturns.Action;
import org.scrutineer.workforce.WorkforceReturns.StoredReturn;
import org.scrutineer.workforce.domain.Breakdown;
import org.scrutineer.workforce.domain.EqualityReport;
import org.scrutineer.workforce.domain.Finding;
import org.scrutineer.workforce.domain.Measure;
import org.scrutineer.workforce.domain.PayBandGrouping;
import org.scrutineer.workforce.domain.Workforce;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workforce equality (SC-WRES): the one door to returns, their publication and the action plan. Checks, writes and
 * audits; who sees a draft is {@link Access}'s rule (a return is the council's own, no one board's).
 */
@Service
@Transactional
class WorkforceEquality {
    private final WorkforceReturns returns;
    private final AuditTrail audit;
    private final Access access;
    private final Clock clock;
    private final String council;
    private final Texts texts;

    WorkforceEquality(
            WorkforceReturns returns,
            AuditTrail audit,
            Access access,
            Clock clock,
            ScrutineerProperties properties,
            Texts texts) {
        this.texts = texts;
        this.returns = returns;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.council = properties.councilName();
    }

    static String scope(long id) {
        return "workforce-return:" + id;
    }

    /** A refusal in words: the return cannot be saved or published as asked. */
    public static class Refused extends RuntimeException {
        private final String field;

        public Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public String council() {
        return council;
    }

    /** Whether the person may read unpublished returns and the figures before suppression. */
    @Transactional(readOnly = true)
    public boolean seesDrafts() {
        return access.mayReadCouncilDrafts();
    }

    @Transactional(readOnly = true)
    public List<StoredReturn> visibleReturns() {
        boolean drafts = seesDrafts();
        return returns.all().stream().filter(r -> r.published() || drafts).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StoredReturn> visible(long id) {
        return returns.byId(id).filter(r -> r.published() || seesDrafts());
    }

    @Transactional(readOnly = true)
    public Optional<StoredReturn> previous(StoredReturn r) {
        return returns.previous(r, !seesDrafts());
    }

    /** A return as the person may see it: the figures suppressed where small unless they may read drafts. */
    @Transactional(readOnly = true)
    public Optional<ReturnView> view(long id, org.scrutineer.workforce.domain.PayBandGrouping grouping) {
        boolean drafts = seesDrafts();
        return visible(id)
                .map(r -> ReturnView.of(r, !drafts, returns.national(), returns.previous(r, !drafts), grouping));
    }

    @Transactional(readOnly = true)
    public List<org.scrutineer.workforce.domain.NationalFigure> national() {
        return returns.national();
    }

    /** The returns the person may see, and the milestones of the programme. */
    record Overview(List<StoredReturn> returns, List<WorkforceReturns.Milestone> milestones) {}

    /** A return as the person may see it, with its audit trail for those who may read drafts (none for others). */
    record ReportPage(ReturnView view, List<AuditEntry> history) {}

    /** The action plan as it stands today, with the programme's milestones. */
    record ActionPlan(List<Action> actions, List<WorkforceReturns.Milestone> milestones, LocalDate today) {}

    @Transactional(readOnly = true)
    Overview overview() {
        return new Overview(visibleReturns(), milestones());
    }

    @Transactional(readOnly = true)
    ReportPage report(long id, PayBandGrouping grouping) {
        ReturnView view = view(id, grouping).orElseThrow(() -> new NotFound("No return " + id));
        return new ReportPage(view, seesDrafts() ? history(id) : List.of());
    }

    /** The form of a new return, blank or filled from an earlier return the person may see. */
    @Transactional(readOnly = true)
    Map<String, String> returnForm(Long from) {
        return ReturnForms.startingFrom(
                from == null ? null : visible(from).orElseThrow(() -> new NotFound("No return " + from)));
    }

    @Transactional(readOnly = true)
    ActionPlan actionPlan() {
        return new ActionPlan(actions(), milestones(), LocalDate.now(clock));
    }

    /** Saves a return from its form: the year, the workforce and every count; the return's id. */
    long save(Map<String, String> params) {
        FormErrors errors = new FormErrors();
        String year = ReturnForms.year(errors, params.getOrDefault("year", ""));
        Workforce workforce = ReturnForms.workforce(errors, params.getOrDefault("workforce", ""), false);
        Map<Measure, Breakdown> counts = ReturnForms.counts(errors, params);
        FormRefused.ifAny(errors);
        try {
            return save(year, workforce, counts);
        } catch (Refused e) {
            throw FormRefused.of(e.field(), e.getMessage());
        }
    }

    /**
     * Imports a return's counts from a file (null when none was chosen) for the year and workforce of the form; the
     * return's id. A file with wrong rows is refused whole ({@link ImportRejected}).
     */
    long importFile(String yearText, String workforceText, String fileName, InputStream input) {
        FormErrors errors = new FormErrors();
        Workforce workforce = ReturnForms.workforce(errors, workforceText, true);
        String year = ReturnForms.year(errors, yearText);
        if (input == null) {
            errors.add("file", texts.get("workforce.import.file.required"));
        }
        FormRefused.ifAny(errors);
        try {
            return importFile(year, workforce, fileName, input);
        } catch (Refused e) {
            throw FormRefused.of(e.field(), e.getMessage());
        }
    }

    /** Adds an action to the plan from its form. */
    void addAction(Map<String, String> params) {
        FormErrors errors = new FormErrors();
        int indicator = -1;
        try {
            indicator = Integer.parseInt(params.getOrDefault("indicator", ""));
        } catch (NumberFormatException e) {
            // named below
        }
        if (indicator < 0 || indicator > 9) {
            errors.add("indicator", texts.get("workforce.action.indicator.required"));
        }
        String action = params.getOrDefault("action", "").trim();
        if (action.isEmpty()) {
            errors.add("action", texts.get("workforce.action.action.required"));
        } else if (action.length() > 4000) {
            errors.add("action", texts.get("workforce.action.action.tooLong"));
        }
        String lead = params.getOrDefault("lead", "").trim();
        if (lead.length() > 200) {
            errors.add("lead", texts.get("workforce.action.lead.tooLong"));
        }
        LocalDate due = ReturnForms.date(errors, "due", params.getOrDefault("due", ""));
        FormRefused.ifAny(errors);
        String timescale = params.getOrDefault("timescale", "").trim();
        String success = params.getOrDefault("success", "").trim();
        addAction(
                params.getOrDefault("planYear", "2024/25"),
                indicator,
                action,
                lead,
                timescale.length() > 200 ? timescale.substring(0, 200) : timescale,
                due,
                success.length() > 4000 ? success.substring(0, 4000) : success);
    }

    /** An action's lead, due date and progress, and a progress note if one was written: one change, audited. */
    void updateAction(long id, String lead, String due, String status, String note) {
        actions().stream().filter(a -> a.id() == id).findFirst().orElseThrow(() -> new NotFound("No action " + id));
        FormErrors errors = new FormErrors();
        ProgressStatus s = null;
        try {
            s = ProgressStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.add("status-" + id, "Choose where the action stands on the progress scale");
        }
        LocalDate d = ReturnForms.date(errors, "due-" + id, due);
        if (lead.trim().length() > 200) {
            errors.add("lead-" + id, "The lead must be 200 characters or fewer");
        }
        if (note.trim().length() > 4000) {
            errors.add("note-" + id, "The progress note must be 4,000 characters or fewer");
        }
        FormRefused.ifAny(errors);
        updateAction(id, lead.trim(), d, s);
        if (!note.isBlank()) {
            addProgress(id, LocalDate.now(clock), note.trim());
        }
    }

    /** Creates a return, or replaces the counts of an unpublished one, and audits the counts before and after. */
    public long save(String year, Workforce workforce, Map<Measure, Breakdown> counts) {
        if (!year.matches("[0-9]{4}/[0-9]{2}")) {
            throw new Refused("year", "Enter the year of the return as YYYY/YY, for example 2024/25");
        }
        if (workforce == Workforce.TOTAL) {
            throw new Refused("workforce", "Choose adult or children's social care");
        }
        Optional<Long> existing = returns.find(council, year, workforce);
        long id;
        Object before = null;
        if (existing.isPresent()) {
            id = existing.get();
            StoredReturn old = returns.byId(id).orElseThrow();
            if (old.published()) {
                throw new Refused(
                        "year",
                        "The " + workforce.words().toLowerCase(java.util.Locale.UK) + " return for " + year
                                + " is published: its figures cannot change");
            }
            before = auditable(old.data().measures());
        } else {
            id = returns.create(council, year, workforce, "");
        }
        returns.replaceCounts(id, counts);
        audit.saved(
                scope(id),
                "workforce_return",
                council + " " + year + " " + workforce.code(),
                before,
                auditable(counts));
        return id;
    }

    public long importFile(String year, Workforce workforce, String fileName, InputStream input) {
        Map<Measure, Breakdown> counts = ReturnFile.read(fileName, input);
        return save(year, workforce, counts);
    }

    /** Publishes a return whose check found no error: its figures become public (suppressed where small) and frozen. */
    public void publish(long id) {
        StoredReturn r = returns.byId(id).orElseThrow(() -> new Refused("id", "No return " + id));
        if (r.published()) {
            throw new Refused("publish", "The return is already published");
        }
        List<Finding> errors = EqualityReport.of(r.data()).errors();
        if (!errors.isEmpty()) {
            throw new Refused(
                    "publish",
                    "The return cannot be published while its check finds " + errors.size()
                            + (errors.size() == 1 ? " error" : " errors") + ": "
                            + errors.get(0).text());
        }
        LocalDate today = LocalDate.now(clock);
        returns.publish(id, today);
        audit.updated(
                scope(id),
                "workforce_return",
                r.title(),
                Map.of("status", "DRAFT"),
                Map.of("status", "PUBLISHED", "publishedOn", today.toString()));
    }

    private static Map<String, Object> auditable(Map<Measure, Breakdown> counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        counts.forEach((m, b) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            b.counts().forEach((g, n) -> row.put(g.code(), n));
            if (b.statedTotal() != null) {
                row.put("total", b.statedTotal());
            }
            out.put(m.code(), row);
        });
        return out;
    }

    // the action plan

    @Transactional(readOnly = true)
    public List<Action> actions() {
        return returns.actions();
    }

    @Transactional(readOnly = true)
    public List<WorkforceReturns.Milestone> milestones() {
        return returns.milestones();
    }

    public long addAction(
            String planYear,
            int indicator,
            String action,
            String lead,
            String timescale,
            LocalDate due,
            String success) {
        long id = returns.addAction(new Action(
                0,
                council,
                planYear,
                indicator,
                action,
                lead,
                timescale,
                due,
                success,
                ProgressStatus.UNKNOWN,
                "Added by " + CurrentUser.name(),
                List.of()));
        audit.created(
                "workforce-action:" + id,
                "workforce_action",
                String.valueOf(id),
                Map.of(
                        "indicator",
                        indicator,
                        "action",
                        action,
                        "lead",
                        lead,
                        "timescale",
                        timescale,
                        "due",
                        String.valueOf(due)));
        return id;
    }

    public void updateAction(long id, String lead, LocalDate due, ProgressStatus status) {
        Action a = returns.action(id).orElseThrow(() -> new Refused("id", "No action " + id));
        returns.updateAction(id, lead, due, status);
        audit.updated(
                "workforce-action:" + id,
                "workforce_action",
                String.valueOf(id),
                Map.of(
                        "lead",
                        a.lead(),
                        "due",
                        String.valueOf(a.due()),
                        "status",
                        a.status().name()),
                Map.of("lead", lead, "due", String.valueOf(due), "status", status.name()));
    }

    public void addProgress(long id, LocalDate on, String note) {
        returns.action(id).orElseThrow(() -> new Refused("id", "No action " + id));
        returns.addProgress(id, new WorkforceReturns.Progress(on, note, CurrentUser.name()));
        audit.created("workforce-action:" + id, "workforce_action_progress", on.toString(), Map.of("note", note));
    }

    @Transactional(readOnly = true)
    public List<org.scrutineer.platform.audit.AuditEntry> history(long returnId) {
        return audit.forScope(scope(returnId));
    }
}
