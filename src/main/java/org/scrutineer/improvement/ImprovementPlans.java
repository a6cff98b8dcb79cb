package org.scrutineer.improvement;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.improvement.domain.ImprovementItem;
import org.scrutineer.improvement.domain.ImprovementPlan;
import org.scrutineer.platform.progress.ProgressStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Improvement plans, their items, progress notes and report narrative in PostgreSQL. */
@Repository
public class ImprovementPlans {
    private final JdbcClient jdbc;

    public ImprovementPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long createPlan(String title, Long assessmentId, boolean published) {
        return jdbc.sql("insert into improvement_plan (title, assessment_id, status) values (:t, :a, :s) returning id")
                .param("t", title)
                .param("a", assessmentId)
                .param("s", published ? "PUBLISHED" : "DRAFT")
                .query(Long.class)
                .single();
    }

    @Transactional
    public long addItem(long planId, ImprovementItem i) {
        long id = jdbc.sql("""
                        insert into improvement_item (plan_id, ref, theme_number, statement_number, requirement, actions, lead, due, baseline,
                                                      target, measure, indicator_ref, status, stretch, completed_on, source)
                        values (:p, :ref, :t, :s, :req, :a, :l, :d, :b, :tg, :m, :ind, :st, :str, :c, :src) returning id""")
                .param("p", planId)
                .param("ref", i.ref())
                .param("t", i.themeNumber())
                .param("s", i.statementNumber())
                .param("req", i.requirement())
                .param("a", i.actions().toArray(new String[0]))
                .param("l", i.lead())
                .param("d", i.due())
                .param("b", i.baseline())
                .param("tg", i.target())
                .param("m", i.measure())
                .param("ind", i.indicatorRef())
                .param("st", i.status().name())
                .param("str", i.stretch())
                .param("c", i.completedOn())
                .param("src", i.source())
                .query(Long.class)
                .single();
        i.progress().forEach(n -> addProgress(id, n));
        return id;
    }

    public void addProgress(long itemId, ImprovementItem.ProgressNote n) {
        jdbc.sql("insert into improvement_progress (item_id, noted_on, note, recorded_by) values (:i, :d, :n, :b)")
                .param("i", itemId)
                .param("d", n.notedOn())
                .param("n", n.note())
                .param("b", n.recordedBy())
                .update();
    }

    public void setStatus(long itemId, ProgressStatus status, LocalDate completedOn) {
        jdbc.sql("update improvement_item set status = :s, completed_on = :c where id = :i")
                .param("s", status.name())
                .param("c", completedOn)
                .param("i", itemId)
                .update();
    }

    public void setIndicator(long itemId, String indicatorRef) {
        jdbc.sql("update improvement_item set indicator_ref = :r where id = :i")
                .param("r", indicatorRef)
                .param("i", itemId)
                .update();
    }

    public void signOff(long planId, String by, LocalDate on) {
        jdbc.sql("update improvement_plan set signed_off_by = :b, signed_off_on = :d where id = :p")
                .param("b", by)
                .param("d", on)
                .param("p", planId)
                .update();
    }

    public void publish(long planId) {
        jdbc.sql("update improvement_plan set status = 'PUBLISHED' where id = :p")
                .param("p", planId)
                .update();
    }

    public void saveSection(long planId, String section, int position, String text) {
        jdbc.sql("insert into improvement_report_section (plan_id, section, position, text) values (:p, :s, :n, :t)")
                .param("p", planId)
                .param("s", section)
                .param("n", position)
                .param("t", text)
                .update();
    }

    /** The report narrative, section to paragraphs, in the order written. */
    public Map<String, List<String>> sections(long planId) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        jdbc.sql(
                        "select section, text from improvement_report_section where plan_id = :p order by min(position) over (partition by section), position")
                .param("p", planId)
                .query(rs -> {
                    sections.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return sections;
    }

    public Optional<ImprovementPlan> latest() {
        return jdbc.sql("select id from improvement_plan order by id desc limit 1")
                .query(Long.class)
                .optional()
                .flatMap(this::byId);
    }

    public Optional<ImprovementPlan> byId(long id) {
        // the row is read whole before the items are queried (one pooled connection at a time)
        return jdbc.sql(
                        "select id, title, assessment_id, status, signed_off_by, signed_off_on from improvement_plan where id = :id")
                .param("id", id)
                .query((rs, n) -> new ImprovementPlan(
                        rs.getLong("id"),
                        rs.getString("title"),
                        (Long) rs.getObject("assessment_id"),
                        rs.getString("status").equals("PUBLISHED"),
                        rs.getString("signed_off_by"),
                        rs.getObject("signed_off_on", LocalDate.class),
                        List.of()))
                .optional()
                .map(p -> new ImprovementPlan(
                        p.id(),
                        p.title(),
                        p.assessmentId(),
                        p.isPublished(),
                        p.signedOffBy(),
                        p.signedOffOn(),
                        items(id)));
    }

    public Optional<Long> planOfItem(long itemId) {
        return jdbc.sql("select plan_id from improvement_item where id = :i")
                .param("i", itemId)
                .query(Long.class)
                .optional();
    }

    private List<ImprovementItem> items(long planId) {
        Map<Long, List<ImprovementItem.ProgressNote>> notes = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.item_id, p.noted_on, p.note, p.recorded_by from improvement_progress p
                        join improvement_item i on i.id = p.item_id where i.plan_id = :p order by p.noted_on, p.id""").param("p", planId).query(rs -> {
            notes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new ImprovementItem.ProgressNote(
                            rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)));
        });
        return jdbc.sql(
                        "select id, ref, theme_number, statement_number, requirement, actions, lead, due, baseline, target, measure, indicator_ref, status, stretch, completed_on, source from improvement_item where plan_id = :p order by theme_number, id")
                .param("p", planId)
                .query((rs, n) -> new ImprovementItem(
                        rs.getLong("id"),
                        rs.getString("ref"),
                        rs.getInt("theme_number"),
                        rs.getInt("statement_number"),
                        rs.getString("requirement"),
                        strings(rs.getArray("actions")),
                        rs.getString("lead"),
                        rs.getObject("due", LocalDate.class),
                        rs.getBigDecimal("baseline"),
                        rs.getBigDecimal("target"),
                        rs.getString("measure"),
                        rs.getString("indicator_ref"),
                        ProgressStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("stretch"),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getString("source"),
                        notes.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static List<String> strings(java.sql.Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
