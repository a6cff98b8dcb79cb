package org.scrutineer.workforce;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.security.CurrentUser;
import org.scrutineer.workforce.WorkforceReturns.Action;
import org.scrutineer.workforce.WorkforceReturns.StoredReturn;
import org.scrutineer.workforce.domain.Breakdown;
import org.scrutineer.workforce.domain.EqualityReport;
import org.scrutineer.workforce.domain.Finding;
import org.scrutineer.workforce.domain.Measure;
import org.scrutineer.workforce.domain.Workforce;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workforce equality (SC-WRES): the one door to returns, their publication and the action plan. Checks, writes and
 * audits; who sees a draft is {@link Access}'s rule (a return is the council's own, no one board's).
 */
@Service
@Transactional
public class WorkforceEquality {
    private final WorkforceReturns returns;
    private final AuditTrail audit;
    private final Access access;
    private final Clock clock;
    private final String council;

    public WorkforceEquality(
            WorkforceReturns returns, AuditTrail audit, Access access, Clock clock, ScrutineerProperties properties) {
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
