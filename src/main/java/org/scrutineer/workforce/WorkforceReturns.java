package org.scrutineer.workforce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.workforce.domain.Breakdown;
import org.scrutineer.workforce.domain.EthnicGroup;
import org.scrutineer.workforce.domain.Indicator;
import org.scrutineer.workforce.domain.Measure;
import org.scrutineer.workforce.domain.NationalFigure;
import org.scrutineer.workforce.domain.Workforce;
import org.scrutineer.workforce.domain.WorkforceReturn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SC-WRES returns, their counts, the national figures and the action plan in PostgreSQL. */
@Repository
public class WorkforceReturns {
    private final JdbcClient jdbc;

    public WorkforceReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A return as stored: its key, whether it is published, and its counts. */
    public record StoredReturn(
            long id,
            boolean published,
            LocalDate publishedOn,
            String note,
            String meetingKey,
            String agendaItem,
            WorkforceReturn data) {
        public String title() {
            return data.workforce().words() + ", " + data.year();
        }
    }

    public long create(String council, String year, Workforce workforce, String note) {
        return jdbc.sql(
                        "insert into workforce_return (council, year, workforce, note) values (:c, :y, :w, :n) returning id")
                .param("c", council)
                .param("y", year)
                .param("w", workforce.name())
                .param("n", note)
                .query(Long.class)
                .single();
    }

    public Optional<Long> find(String council, String year, Workforce workforce) {
        return jdbc.sql("select id from workforce_return where council = :c and year = :y and workforce = :w")
                .param("c", council)
                .param("y", year)
                .param("w", workforce.name())
                .query(Long.class)
                .optional();
    }

    public void replaceCounts(long id, Map<Measure, Breakdown> measures) {
        jdbc.sql("delete from workforce_count where return_id = :id")
                .param("id", id)
                .update();
        measures.forEach((m, b) -> {
            b.counts().forEach((g, n) -> insert(id, m, g.name(), n));
            if (b.statedTotal() != null) {
                insert(id, m, "TOTAL", b.statedTotal());
            }
        });
    }

    private void insert(long id, Measure m, String group, int n) {
        jdbc.sql("insert into workforce_count (return_id, measure, ethnic_group, count) values (:id, :m, :g, :n)")
                .param("id", id)
                .param("m", m.name())
                .param("g", group)
                .param("n", n)
                .update();
    }

    /** The board meeting and agenda item at which the data report was received. */
    public void reportedAt(long id, String meetingKey, String agendaItem) {
        jdbc.sql("update workforce_return set meeting_key = :m, agenda_item = :i where id = :id")
                .param("m", meetingKey)
                .param("i", agendaItem)
                .param("id", id)
                .update();
    }

    public void publish(long id, LocalDate on) {
        jdbc.sql("update workforce_return set status = 'PUBLISHED', published_on = :d where id = :id")
                .param("d", on)
                .param("id", id)
                .update();
    }

    public List<StoredReturn> all() {
        List<Long> ids = jdbc.sql("select id from workforce_return order by year desc, workforce, council")
                .query(Long.class)
                .list();
        return ids.stream().map(this::byId).flatMap(Optional::stream).toList();
    }

    public Optional<StoredReturn> byId(long id) {
        record Row(
                String council,
                String year,
                Workforce workforce,
                boolean published,
                LocalDate on,
                String note,
                String meeting,
                String item) {}
        Optional<Row> row = jdbc.sql(
                        "select council, year, workforce, status, published_on, note, meeting_key, agenda_item from workforce_return where id = :id")
                .param("id", id)
                .query((rs, n) -> new Row(
                        rs.getString("council"),
                        rs.getString("year"),
                        Workforce.valueOf(rs.getString("workforce")),
                        rs.getString("status").equals("PUBLISHED"),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getString("note"),
                        rs.getString("meeting_key"),
                        rs.getString("agenda_item")))
                .optional();
        return row.map(r -> new StoredReturn(
                id,
                r.published(),
                r.on(),
                r.note(),
                r.meeting(),
                r.item(),
                new WorkforceReturn(r.council(), r.year(), r.workforce(), counts(id))));
    }

    Map<Measure, Breakdown> counts(long id) {
        Map<Measure, Map<EthnicGroup, Integer>> groups = new EnumMap<>(Measure.class);
        Map<Measure, Integer> totals = new EnumMap<>(Measure.class);
        jdbc.sql("select measure, ethnic_group, count from workforce_count where return_id = :id")
                .param("id", id)
                .query(rs -> {
                    Measure m = Measure.valueOf(rs.getString(1));
                    String g = rs.getString(2);
                    if (g.equals("TOTAL")) {
                        totals.put(m, rs.getInt(3));
                    } else {
                        groups.computeIfAbsent(m, k -> new EnumMap<>(EthnicGroup.class))
                                .put(EthnicGroup.valueOf(g), rs.getInt(3));
                    }
                });
        Map<Measure, Breakdown> measures = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            if (groups.containsKey(m) || totals.containsKey(m)) {
                measures.put(m, new Breakdown(groups.getOrDefault(m, Map.of()), totals.get(m)));
            }
        }
        return measures;
    }

    /** The same council's return for the same workforce in the latest earlier year, for the year-on-year comparison. */
    public Optional<StoredReturn> previous(StoredReturn r, boolean publishedOnly) {
        return jdbc.sql("""
                        select id from workforce_return where council = :c and workforce = :w and year < :y
                          and (status = 'PUBLISHED' or not :p) order by year desc limit 1""")
                .param("c", r.data().council())
                .param("w", r.data().workforce().name())
                .param("y", r.data().year())
                .param("p", publishedOnly)
                .query(Long.class)
                .optional()
                .flatMap(this::byId);
    }

    public void addNational(NationalFigure f) {
        jdbc.sql(
                        "insert into workforce_national_figure (year, workforce, indicator, value, source, note) values (:y, :w, :i, :v, :s, :n)")
                .param("y", f.year())
                .param("w", f.workforce().name())
                .param("i", f.indicator().name())
                .param("v", f.value())
                .param("s", f.source())
                .param("n", f.note())
                .update();
    }

    public List<NationalFigure> national() {
        return jdbc.sql(
                        "select year, workforce, indicator, value, source, note from workforce_national_figure order by year desc, workforce, id")
                .query((rs, n) -> new NationalFigure(
                        rs.getString("year"),
                        Workforce.valueOf(rs.getString("workforce")),
                        Indicator.valueOf(rs.getString("indicator")),
                        rs.getBigDecimal("value"),
                        rs.getString("source"),
                        rs.getString("note")))
                .list();
    }

    // the action plan

    public record Action(
            long id,
            String council,
            String planYear,
            int indicator,
            String action,
            String lead,
            String timescale,
            LocalDate due,
            String success,
            ProgressStatus status,
            String source,
            List<Progress> progress) {
        public boolean overdue(LocalDate today) {
            return due != null && due.isBefore(today) && status != ProgressStatus.ON_COURSE;
        }
    }

    public record Progress(LocalDate notedOn, String note, String recordedBy) {}

    public long addAction(Action a) {
        return jdbc.sql("""
                        insert into workforce_action (council, plan_year, indicator, action, lead, timescale, due, success, status, source)
                        values (:c, :y, :i, :a, :l, :t, :d, :s, :st, :src) returning id""")
                .param("c", a.council())
                .param("y", a.planYear())
                .param("i", a.indicator())
                .param("a", a.action())
                .param("l", a.lead())
                .param("t", a.timescale())
                .param("d", a.due())
                .param("s", a.success())
                .param("st", a.status().name())
                .param("src", a.source())
                .query(Long.class)
                .single();
    }

    public void updateAction(long id, String lead, LocalDate due, ProgressStatus status) {
        jdbc.sql("update workforce_action set lead = :l, due = :d, status = :s where id = :id")
                .param("l", lead)
                .param("d", due)
                .param("s", status.name())
                .param("id", id)
                .update();
    }

    public void addProgress(long actionId, Progress p) {
        jdbc.sql(
                        "insert into workforce_action_progress (action_id, noted_on, note, recorded_by) values (:a, :d, :n, :b)")
                .param("a", actionId)
                .param("d", p.notedOn())
                .param("n", p.note())
                .param("b", p.recordedBy())
                .update();
    }

    public List<Action> actions() {
        Map<Long, List<Progress>> notes = new LinkedHashMap<>();
        jdbc.sql("select action_id, noted_on, note, recorded_by from workforce_action_progress order by noted_on, id")
                .query(rs -> {
                    notes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Progress(rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)));
                });
        return jdbc.sql(
                        "select id, council, plan_year, indicator, action, lead, timescale, due, success, status, source from workforce_action order by plan_year desc, indicator, id")
                .query((rs, n) -> new Action(
                        rs.getLong("id"),
                        rs.getString("council"),
                        rs.getString("plan_year"),
                        rs.getInt("indicator"),
                        rs.getString("action"),
                        rs.getString("lead"),
                        rs.getString("timescale"),
                        rs.getObject("due", LocalDate.class),
                        rs.getString("success"),
                        ProgressStatus.valueOf(rs.getString("status")),
                        rs.getString("source"),
                        notes.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    public Optional<Action> action(long id) {
        return actions().stream().filter(a -> a.id() == id).findFirst();
    }

    public record Milestone(String what, LocalDate starts, LocalDate ends, String note) {}

    public void addMilestone(String council, String planYear, int position, Milestone m) {
        jdbc.sql(
                        "insert into workforce_milestone (council, plan_year, position, what, starts, ends, note) values (:c, :y, :p, :w, :s, :e, :n)")
                .param("c", council)
                .param("y", planYear)
                .param("p", position)
                .param("w", m.what())
                .param("s", m.starts())
                .param("e", m.ends())
                .param("n", m.note())
                .update();
    }

    public List<Milestone> milestones() {
        return jdbc.sql("select what, starts, ends, note from workforce_milestone order by plan_year, position")
                .query((rs, n) -> new Milestone(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .list();
    }
}
