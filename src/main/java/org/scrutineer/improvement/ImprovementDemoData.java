package org.scrutineer.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.improvement.domain.ImprovementItem;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.demo.DemoData;
import org.scrutineer.platform.demo.DemoFile;
import org.scrutineer.platform.progress.ProgressStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Halton's CQC improvement plan: the draft plan of seed 001 (Appendix 2: actions, leads, timescales) joined with the
 * progress reported to the Executive Board on 12 February 2026 (seed 003), requirements and progress in our own words.
 */
@Component
class ImprovementDemoData implements DemoData {
    static final String DIR = "/demo/halton/improvement/";
    private final ImprovementPlans plans;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    public ImprovementDemoData(ImprovementPlans plans, JdbcClient jdbc, AuditTrail audit) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void load() {
        Long assessment = jdbc.sql("select min(id) from assessment where kind = 'REGULATOR'")
                .query(Long.class)
                .optional()
                .orElse(null);
        long plan = plans.createPlan("CQC improvement plan: adult social care", assessment, true);
        Map<String, List<ImprovementItem.ProgressNote>> notes = new LinkedHashMap<>();
        for (CSVRecord r : DemoFile.records(DIR + "progress.csv")) {
            notes.computeIfAbsent(r.get("ref"), k -> new ArrayList<>())
                    .add(new ImprovementItem.ProgressNote(LocalDate.parse(r.get("date")), r.get("note"), "demo"));
        }
        for (CSVRecord r : DemoFile.records(DIR + "plan-items.csv")) {
            long id = plans.addItem(
                    plan,
                    new ImprovementItem(
                            0,
                            r.get("ref"),
                            Integer.parseInt(r.get("theme_number")),
                            Integer.parseInt(r.get("statement_number")),
                            r.get("requirement"),
                            DemoFile.list(r.get("actions")),
                            r.get("lead"),
                            date(r.get("due")),
                            number(r.get("baseline")),
                            number(r.get("target")),
                            r.get("measure"),
                            null,
                            status(r.get("status")),
                            Boolean.parseBoolean(r.get("stretch")),
                            null,
                            r.get("source"),
                            notes.getOrDefault(r.get("ref"), List.of())));
            audit.created(
                    "improvement-item:" + id,
                    "improvement_item",
                    r.get("ref"),
                    Map.of("requirement", r.get("requirement")));
        }
        for (CSVRecord r : DemoFile.records(DIR + "progress-report.csv")) {
            plans.saveSection(plan, r.get("section"), Integer.parseInt(r.get("position")), r.get("text"));
        }
    }

    static ProgressStatus status(String words) {
        return switch (words.toLowerCase(Locale.ROOT)) {
            case "on_course" -> ProgressStatus.ON_COURSE;
            case "uncertain" -> ProgressStatus.UNCERTAIN;
            case "not_achievable" -> ProgressStatus.WILL_NOT_BE_ACHIEVED;
            default -> ProgressStatus.UNKNOWN;
        };
    }

    private static LocalDate date(String v) {
        return v == null || v.isBlank() ? null : LocalDate.parse(v);
    }

    private static BigDecimal number(String v) {
        return v == null || v.isBlank() ? null : new BigDecimal(v);
    }
}
