package org.scrutineer.assurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.assurance.domain.Assessment;
import org.scrutineer.assurance.domain.Comparison;
import org.scrutineer.assurance.domain.RegionalTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Assessments, their scores, findings and cited metrics, and the regional ratings table, in PostgreSQL. */
@Repository
public class Assessments {
    private final JdbcClient jdbc;

    public Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long save(Assessment a) {
        long id = jdbc.sql("""
                        insert into assessment (kind, council, framework_version, published, site_visit_from, site_visit_to, source,
                                                summary, rating_printed, status)
                        values (:k, :c, :f, :p, :from, :to, :s, :sum, :r, :st) returning id""")
                .param("k", a.kind().name())
                .param("c", a.council())
                .param("f", a.frameworkVersion())
                .param("p", a.publishedOn())
                .param("from", a.siteVisitFrom())
                .param("to", a.siteVisitTo())
                .param("s", a.source())
                .param("sum", a.summary())
                .param("r", a.ratingPrinted())
                .param("st", a.isPublished() ? "PUBLISHED" : "DRAFT")
                .query(Long.class)
                .single();
        saveScores(id, a.scores());
        a.findings().forEach((statement, texts) -> {
            int position = 0;
            for (String text : texts) {
                jdbc.sql(
                                "insert into assessment_finding (assessment_id, statement_number, topic_position, text) values (:a, :s, :p, :t)")
                        .param("a", id)
                        .param("s", statement)
                        .param("p", ++position)
                        .param("t", text)
                        .update();
            }
        });
        int position = 0;
        for (Assessment.CitedMetric m : a.metrics()) {
            jdbc.sql("""
                            insert into cited_metric (assessment_id, statement_number, position, name, source_dataset, year, council_value,
                                                      england_value, unit, polarity, ci_lower, ci_upper, report_word, note, source_line, quote,
                                                      count, denominator)
                            values (:a, :s, :p, :n, :d, :y, :cv, :ev, :u, :pol, :lo, :hi, :w, :note, :l, :q, :count, :den)""")
                    .param("a", id)
                    .param("s", m.statementNumber())
                    .param("p", ++position)
                    .param("n", m.name())
                    .param("d", m.sourceDataset())
                    .param("y", m.year())
                    .param("cv", m.councilValue())
                    .param("ev", m.englandValue())
                    .param("u", m.unit())
                    .param("pol", m.polarity().name())
                    .param("lo", m.ciLower())
                    .param("hi", m.ciUpper())
                    .param("w", m.reportWord())
                    .param("note", m.note())
                    .param("l", m.sourceLine())
                    .param("q", m.quote())
                    .param("count", m.count())
                    .param("den", m.denominator())
                    .update();
        }
        return id;
    }

    /** Replaces the scores (a null score: not assessed). */
    @Transactional
    public void saveScores(long id, Map<Integer, Integer> scores) {
        jdbc.sql("delete from assessment_score where assessment_id = :a")
                .param("a", id)
                .update();
        scores.forEach((statement, score) -> jdbc.sql(
                        "insert into assessment_score (assessment_id, statement_number, score) values (:a, :s, :v)")
                .param("a", id)
                .param("s", statement)
                .param("v", score)
                .update());
    }

    public List<Assessment> all() {
        return jdbc
                .sql("select id from assessment order by kind, published desc nulls last, id")
                .query(Long.class)
                .list()
                .stream()
                .map(id -> byId(id).orElseThrow())
                .toList();
    }

    public Optional<Assessment> byId(long id) {
        // the row is read whole before the scores, findings and metrics are queried (one pooled connection at a time)
        Optional<Assessment> head = jdbc.sql(
                        "select id, kind, council, framework_version, published, site_visit_from, site_visit_to, source, summary, rating_printed, status from assessment where id = :id")
                .param("id", id)
                .query((rs, n) -> new Assessment(
                        rs.getLong("id"),
                        Assessment.Kind.valueOf(rs.getString("kind")),
                        rs.getString("council"),
                        rs.getString("framework_version"),
                        rs.getObject("published", LocalDate.class),
                        rs.getObject("site_visit_from", LocalDate.class),
                        rs.getObject("site_visit_to", LocalDate.class),
                        rs.getString("source"),
                        rs.getString("summary"),
                        rs.getString("rating_printed"),
                        rs.getString("status").equals("PUBLISHED"),
                        Map.of(),
                        Map.of(),
                        List.of()))
                .optional();
        return head.map(a -> new Assessment(
                a.id(),
                a.kind(),
                a.council(),
                a.frameworkVersion(),
                a.publishedOn(),
                a.siteVisitFrom(),
                a.siteVisitTo(),
                a.source(),
                a.summary(),
                a.ratingPrinted(),
                a.isPublished(),
                scores(id),
                findings(id),
                metrics(id)));
    }

    public void publish(long id) {
        jdbc.sql("update assessment set status = 'PUBLISHED' where id = :id")
                .param("id", id)
                .update();
    }

    private Map<Integer, Integer> scores(long id) {
        Map<Integer, Integer> scores = new LinkedHashMap<>();
        jdbc.sql(
                        "select statement_number, score from assessment_score where assessment_id = :a order by statement_number")
                .param("a", id)
                .query(rs -> {
                    scores.put(rs.getInt(1), (Integer) rs.getObject(2));
                });
        return scores;
    }

    private Map<Integer, List<String>> findings(long id) {
        Map<Integer, List<String>> findings = new LinkedHashMap<>();
        jdbc.sql(
                        "select statement_number, text from assessment_finding where assessment_id = :a order by statement_number, topic_position")
                .param("a", id)
                .query(rs -> {
                    findings.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return findings;
    }

    private List<Assessment.CitedMetric> metrics(long id) {
        return jdbc.sql(
                        "select statement_number, name, source_dataset, year, council_value, england_value, unit, polarity, ci_lower, ci_upper, report_word, note, source_line, quote, count, denominator from cited_metric where assessment_id = :a order by position")
                .param("a", id)
                .query((rs, n) -> new Assessment.CitedMetric(
                        (Integer) rs.getObject("statement_number"),
                        rs.getString("name"),
                        rs.getString("source_dataset"),
                        rs.getString("year"),
                        rs.getBigDecimal("council_value"),
                        rs.getBigDecimal("england_value"),
                        rs.getString("unit"),
                        Comparison.Polarity.valueOf(rs.getString("polarity")),
                        rs.getBigDecimal("ci_lower"),
                        rs.getBigDecimal("ci_upper"),
                        rs.getString("report_word"),
                        rs.getString("note"),
                        (Integer) rs.getObject("source_line"),
                        rs.getString("quote"),
                        rs.getBigDecimal("count"),
                        rs.getBigDecimal("denominator")))
                .list();
    }

    @Transactional
    public void saveRegions(LocalDate asAt, RegionalTable table) {
        int position = 0;
        List<RegionalTable.Region> rows = new ArrayList<>(table.regions());
        rows.add(table.england());
        for (RegionalTable.Region r : rows) {
            position++;
            jdbc.sql("""
                            insert into regional_rating (as_at, position, region, councils, completed, outstanding, good, requires_improvement,
                                                         inadequate, is_total)
                            values (:d, :p, :r, :c, :done, :o, :g, :ri, :i, :t)""")
                    .param("d", asAt)
                    .param("p", position)
                    .param("r", r.name())
                    .param("c", r.councils())
                    .param("done", r.completed())
                    .param("o", r.outstanding())
                    .param("g", r.good())
                    .param("ri", r.requiresImprovement())
                    .param("i", r.inadequate())
                    .param("t", r == table.england())
                    .update();
        }
    }

    /** The latest regional table and its date. */
    public Optional<Map.Entry<LocalDate, RegionalTable>> latestRegions() {
        Optional<LocalDate> asAt = jdbc.sql("select max(as_at) from regional_rating")
                .query(LocalDate.class)
                .optional();
        if (asAt.isEmpty() || asAt.get() == null) {
            return Optional.empty();
        }
        List<RegionalTable.Region> regions = new ArrayList<>();
        RegionalTable.Region[] england = new RegionalTable.Region[1];
        jdbc.sql(
                        "select region, councils, completed, outstanding, good, requires_improvement, inadequate, is_total from regional_rating where as_at = :d order by position")
                .param("d", asAt.get())
                .query(rs -> {
                    var r = new RegionalTable.Region(
                            rs.getString("region"),
                            rs.getInt("councils"),
                            rs.getInt("completed"),
                            rs.getInt("outstanding"),
                            rs.getInt("good"),
                            rs.getInt("requires_improvement"),
                            rs.getInt("inadequate"));
                    if (rs.getBoolean("is_total")) {
                        england[0] = r;
                    } else {
                        regions.add(r);
                    }
                });
        return Optional.of(Map.entry(asAt.get(), new RegionalTable(regions, england[0])));
    }
}
