package org.scrutineer.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.scrutineer.assurance.Frameworks;
import org.scrutineer.assurance.domain.Framework;
import org.scrutineer.improvement.domain.ImprovementItem;
import org.scrutineer.improvement.domain.ImprovementPlan;
import org.scrutineer.performance.PerformanceAccess;
import org.scrutineer.performance.PerformanceRepository;
import org.scrutineer.performance.PriorityReports;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.platform.audit.AuditEntry;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the improvement plan's pages show, one method a page, each read in one transaction. */
@Service
@Transactional(readOnly = true)
class ImprovementPages {
    private final ImprovementPlans plans;
    private final ImprovementReport report;
    private final Frameworks frameworks;
    private final PerformanceRepository performance;
    private final AuditTrail audit;
    private final Clock clock;
    private final Access access;
    private final PerformanceAccess figures;
    private final PriorityReports reports;

    ImprovementPages(
            ImprovementPlans plans,
            ImprovementReport report,
            Frameworks frameworks,
            PerformanceRepository performance,
            AuditTrail audit,
            Clock clock,
            Access access,
            PerformanceAccess figures,
            PriorityReports reports) {
        this.plans = plans;
        this.report = report;
        this.frameworks = frameworks;
        this.performance = performance;
        this.audit = audit;
        this.clock = clock;
        this.access = access;
        this.figures = figures;
        this.reports = reports;
    }

    /** The plan with the framework it answers, as it stands today. */
    record PlanPage(ImprovementPlan plan, Framework framework, LocalDate today, List<ImprovementItem> overdue) {}

    /**
     * An item with its audit trail and the indicator it is linked to, if any: the figures as they stand for those who
     * may read the board's drafts, what the published reports printed for everyone else (the other is null).
     */
    record ItemPage(
            ImprovementPlan plan,
            ImprovementItem item,
            Framework framework,
            LocalDate today,
            List<AuditEntry> entries,
            Indicator indicator,
            List<Figure> indicatorFigures,
            List<PriorityReports.PublishedFigures> publishedFigures) {}

    PlanPage plan() {
        ImprovementPlan plan = latest(plans, access);
        LocalDate today = LocalDate.now(clock);
        return new PlanPage(plan, framework(plan), today, plan.overdue(today));
    }

    ItemPage item(long id) {
        ImprovementPlan plan = latest(plans, access);
        ImprovementItem item = item(plan, id);
        Indicator indicator = item.indicatorRef() == null
                ? null
                : performance.indicator(item.indicatorRef()).orElse(null);
        List<Figure> current = null;
        List<PriorityReports.PublishedFigures> published = null;
        if (indicator != null) {
            // the figures as they stand are the board's drafts; everyone else reads what the published reports printed
            if (figures.mayReadFigures(indicator)) {
                current = performance.figures(List.of(indicator.id())).getOrDefault(indicator.id(), List.of());
            } else {
                published = reports.publishedFigures(indicator.ref());
            }
        }
        return new ItemPage(
                plan,
                item,
                framework(plan),
                LocalDate.now(clock),
                audit.forScope(ImprovementRecords.scope(id)),
                indicator,
                current,
                published);
    }

    ImprovementReport.Contents report() {
        return report.contents(latest(plans, access));
    }

    byte[] reportPdf() {
        return report.renderPdf(report.contents(latest(plans, access)));
    }

    private Framework framework(ImprovementPlan plan) {
        return frameworks.byVersion(report.frameworkVersion(plan)).orElseThrow();
    }

    /** The latest plan; public visitors see it only once published (a draft plan is the council's, no one board's). */
    static ImprovementPlan latest(ImprovementPlans plans, Access access) {
        return plans.latest()
                .filter(p -> p.isPublished() || access.mayReadCouncilDrafts())
                .orElseThrow(() -> new NotFound("No improvement plan has been published"));
    }

    static ImprovementItem item(ImprovementPlan plan, long id) {
        return plan.items().stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFound("No item " + id));
    }
}
