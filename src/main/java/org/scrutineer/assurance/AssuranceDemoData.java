package org.scrutineer.assurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.assurance.domain.Assessment;
import org.scrutineer.assurance.domain.Comparison;
import org.scrutineer.assurance.domain.Framework;
import org.scrutineer.assurance.domain.RatingRule;
import org.scrutineer.assurance.domain.RegionalTable;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.demo.DemoData;
import org.scrutineer.platform.demo.DemoFile;
import org.springframework.stereotype.Component;

/**
 * The regulator's framework, Halton's published assessment of 4 July 2025 (seed 002: scores and metrics as printed,
 * findings in our own words) and the national table of ratings by region (seed 003, Appendix One).
 */
@Component
class AssuranceDemoData implements DemoData {
    static final String DIR = "/demo/halton/assurance/";
    static final String FRAMEWORK = "2023";
    // seed 001 line 3624: the site visit took place on 17 to 19 March 2025 (seed 002 does not print it)
    private static final LocalDate VISIT_FROM = LocalDate.of(2025, 3, 17);
    private static final LocalDate VISIT_TO = LocalDate.of(2025, 3, 19);
    private static final LocalDate REGIONS_AS_REPORTED = LocalDate.of(2026, 2, 12);

    private final Frameworks frameworks;
    private final Assessments assessments;
    private final AuditTrail audit;

    public AssuranceDemoData(Frameworks frameworks, Assessments assessments, AuditTrail audit) {
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.audit = audit;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        Framework framework = framework();
        frameworks.save(framework, RatingRule.CQC_LOCAL_AUTHORITY);
        CSVRecord a = DemoFile.records(DIR + "assessment.csv").get(0);
        Map<Integer, Integer> scores = new LinkedHashMap<>();
        DemoFile.records(DIR + "scores.csv")
                .forEach(
                        r -> scores.put(Integer.parseInt(r.get("statement_number")), Integer.parseInt(r.get("score"))));
        Map<Integer, List<String>> findings = new LinkedHashMap<>();
        DemoFile.records(DIR + "topics.csv")
                .forEach(r -> findings.computeIfAbsent(
                                Integer.parseInt(r.get("statement_number")), k -> new ArrayList<>())
                        .add(r.get("finding")));
        List<Assessment.CitedMetric> metrics = DemoFile.records(DIR + "metrics.csv").stream()
                .map(AssuranceDemoData::metric)
                .toList();
        long id = assessments.save(new Assessment(
                0,
                Assessment.Kind.REGULATOR,
                a.get("council"),
                FRAMEWORK,
                LocalDate.parse(a.get("published")),
                VISIT_FROM,
                VISIT_TO,
                "Care Quality Commission, local authority assessment report (published 4 July 2025)",
                a.get("summary"),
                a.get("overall_rating_printed"),
                true,
                scores,
                findings,
                metrics));
        audit.created(
                "assessment:" + id,
                "assessment",
                a.get("council") + " " + a.get("published"),
                Map.of("scores", scores));

        List<RegionalTable.Region> regions = new ArrayList<>();
        RegionalTable.Region england = null;
        for (CSVRecord r : DemoFile.records("/demo/halton/improvement/regions.csv")) {
            var region = new RegionalTable.Region(
                    r.get("region"),
                    i(r, "councils"),
                    i(r, "completed_published"),
                    i(r, "outstanding"),
                    i(r, "good"),
                    i(r, "requires_improvement"),
                    i(r, "inadequate"));
            if (Boolean.parseBoolean(r.get("is_total"))) {
                england = region;
            } else {
                regions.add(region);
            }
        }
        assessments.saveRegions(REGIONS_AS_REPORTED, new RegionalTable(regions, england));
    }

    static Framework framework() {
        Map<Integer, List<String>> topics = new LinkedHashMap<>();
        DemoFile.records(DIR + "topics.csv")
                .forEach(
                        r -> topics.computeIfAbsent(Integer.parseInt(r.get("statement_number")), k -> new ArrayList<>())
                                .add(r.get("topic")));
        Map<Integer, String> themeNames = new LinkedHashMap<>();
        Map<Integer, List<Framework.QualityStatement>> statements = new LinkedHashMap<>();
        for (CSVRecord r : DemoFile.records(DIR + "quality-statements.csv")) {
            int theme = Integer.parseInt(r.get("theme_number"));
            int number = Integer.parseInt(r.get("number"));
            themeNames.putIfAbsent(theme, r.get("theme"));
            statements
                    .computeIfAbsent(theme, k -> new ArrayList<>())
                    .add(new Framework.QualityStatement(
                            number,
                            theme,
                            r.get("name"),
                            DemoFile.list(r.get("aliases")),
                            r.get("we_statement"),
                            DemoFile.list(r.get("i_statements")),
                            topics.getOrDefault(number, List.of())));
        }
        List<Framework.Theme> themes = new ArrayList<>();
        themeNames.forEach((n, name) -> themes.add(new Framework.Theme(n, name, statements.get(n))));
        return new Framework(FRAMEWORK, "CQC assessment framework for local authorities (adult social care)", themes);
    }

    private static Assessment.CitedMetric metric(CSVRecord r) {
        String statement = r.get("statement_number");
        return new Assessment.CitedMetric(
                statement.isBlank() ? null : Integer.valueOf(statement),
                r.get("name"),
                r.get("source_dataset"),
                r.get("year"),
                new BigDecimal(r.get("council_value")),
                new BigDecimal(r.get("england_value")),
                r.get("unit"),
                Comparison.Polarity.valueOf(r.get("polarity").toUpperCase(Locale.ROOT)),
                null,
                null,
                r.get("report_word"),
                r.get("note"),
                Integer.valueOf(r.get("seed_line")),
                r.get("quote"),
                // the report prints no counts or denominators
                null,
                null);
    }

    private static int i(CSVRecord r, String column) {
        return Integer.parseInt(r.get(column));
    }
}
