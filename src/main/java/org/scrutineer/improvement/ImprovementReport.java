package org.scrutineer.improvement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scrutineer.assurance.Assessments;
import org.scrutineer.assurance.Frameworks;
import org.scrutineer.assurance.domain.Framework;
import org.scrutineer.assurance.domain.RegionalTable;
import org.scrutineer.improvement.domain.ImprovementItem;
import org.scrutineer.improvement.domain.ImprovementPlan;
import org.scrutineer.platform.pdf.PdfRenderer;
import org.scrutineer.platform.web.LondonTime;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The board report on improvement progress, in the shape of the February 2026 report to the Executive Board: header,
 * purpose, recommendation, background, highlights, a table per theme of "Improvement requirement | Progress" (each
 * item's latest note), conclusion and implications, and the national table as Appendix One. Built from the records.
 */
@Service
class ImprovementReport {
    private final ImprovementPlans plans;
    private final Frameworks frameworks;
    private final Assessments assessments;
    private final PdfRenderer pdf;
    private final ITemplateEngine templates;

    public ImprovementReport(
            ImprovementPlans plans,
            Frameworks frameworks,
            Assessments assessments,
            PdfRenderer pdf,
            ITemplateEngine templates) {
        this.plans = plans;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.pdf = pdf;
        this.templates = templates;
    }

    public record ThemeTable(int number, String name, List<Row> rows) {}

    public record Row(
            String ref, String statement, String requirement, String progress, String progressDate, String status) {}

    public record Contents(
            ImprovementPlan plan,
            List<String> header,
            Map<String, List<String>> sections,
            List<ThemeTable> themes,
            RegionalTable regions,
            RegionalTable.Region regionsSum,
            String regionsAsAt) {
        public List<String> section(String name) {
            return sections.getOrDefault(name, List.of());
        }
    }

    public Contents contents(ImprovementPlan plan) {
        Framework framework = frameworks.byVersion(frameworkVersion(plan)).orElseThrow();
        Map<String, List<String>> sections = plans.sections(plan.id());
        List<ThemeTable> themes = new ArrayList<>();
        plan.byTheme()
                .forEach((theme, items) -> themes.add(new ThemeTable(
                        theme,
                        framework.themes().stream()
                                .filter(t -> t.number() == theme)
                                .map(Framework.Theme::name)
                                .findFirst()
                                .orElse("Theme " + theme),
                        items.stream().map(i -> row(i, framework)).toList())));
        var regions = assessments.latestRegions().orElse(null);
        return new Contents(
                plan,
                sections.getOrDefault("meta", List.of()),
                sections,
                themes,
                regions == null ? null : regions.getValue(),
                regions == null ? null : regions.getValue().sum(),
                regions == null ? null : LondonTime.date(regions.getKey()));
    }

    public byte[] renderPdf(Contents contents) {
        Context context = new Context(Locale.UK);
        context.setVariable("report", contents);
        return pdf.render(
                templates.process("improvement/report-pdf", context), "Progress against the CQC improvement plan");
    }

    String frameworkVersion(ImprovementPlan plan) {
        return plan.assessmentId() == null
                ? frameworks.currentVersion().orElseThrow()
                : assessments.byId(plan.assessmentId()).orElseThrow().frameworkVersion();
    }

    private static Row row(ImprovementItem i, Framework framework) {
        ImprovementItem.ProgressNote latest = i.latest();
        return new Row(
                i.ref(),
                framework.statement(i.statementNumber()).name(),
                i.requirement(),
                latest == null ? "No progress recorded yet." : latest.note(),
                latest == null ? "" : LondonTime.date(latest.notedOn()),
                i.status().words());
    }
}
