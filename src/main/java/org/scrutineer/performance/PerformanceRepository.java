package org.scrutineer.performance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.Indicator;
import org.scrutineer.performance.domain.MilestoneProgress;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Polarity;
import org.scrutineer.performance.domain.Projection;
import org.scrutineer.performance.domain.Symbol;
import org.scrutineer.performance.domain.SymbolOverride;
import org.scrutineer.performance.domain.Target;
import org.scrutineer.performance.domain.Unit;
import org.scrutineer.performance.domain.ValueStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the performance framework's tables. */
@Repository
public class PerformanceRepository {
    private static final String INDICATOR_COLUMNS = """
            i.id, i.ref, a.code as area_code, i.measure, i.definition, i.unit, i.polarity, i.frequency,
            i.data_source, i.projection""";

    private final JdbcClient jdbc;

    public PerformanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ServiceArea> serviceAreas(long boardId) {
        return jdbc.sql("select id, code, name, board_id from service_area where board_id = :b order by position, id")
                .param("b", boardId)
                .query((rs, n) -> new ServiceArea(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("board_id")))
                .list();
    }

    /** A new service area, last in its board's remit. */
    public void addServiceArea(String code, String name, long boardId) {
        jdbc.sql("""
                        insert into service_area (code, name, board_id, position)
                        values (:c, :n, :b, (select coalesce(max(position), 0) + 1 from service_area where board_id = :b))""").param("c", code).param("n", name).param("b", boardId).update();
    }

    public Optional<ServiceArea> serviceArea(String code) {
        return jdbc.sql("select id, code, name, board_id from service_area where code = :c")
                .param("c", code)
                .query((rs, n) -> new ServiceArea(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("board_id")))
                .optional();
    }

    /** Every service area, for deciding whose board a record of it belongs to. */
    public List<ServiceArea> allServiceAreas() {
        return jdbc.sql("select id, code, name, board_id from service_area order by position, id")
                .query((rs, n) -> new ServiceArea(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("board_id")))
                .list();
    }

    public List<Indicator> indicators(long serviceAreaId) {
        return jdbc.sql("select " + INDICATOR_COLUMNS
                        + " from indicator i join service_area a on a.id = i.service_area_id"
                        + " where i.service_area_id = :a order by i.position, i.ref")
                .param("a", serviceAreaId)
                .query(PerformanceRepository::indicator)
                .list();
    }

    public List<Indicator> allIndicators() {
        return jdbc.sql("select " + INDICATOR_COLUMNS
                        + " from indicator i join service_area a on a.id = i.service_area_id"
                        + " order by a.position, a.id, i.position, i.ref")
                .query(PerformanceRepository::indicator)
                .list();
    }

    public Optional<Indicator> indicator(String ref) {
        return jdbc.sql("select " + INDICATOR_COLUMNS
                        + " from indicator i join service_area a on a.id = i.service_area_id where i.ref = :r")
                .param("r", ref)
                .query(PerformanceRepository::indicator)
                .optional();
    }

    /** Ref to id of every indicator, for validating imports in one query. */
    public Map<String, Long> indicatorIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select ref, id from indicator").query(rs -> {
            ids.put(rs.getString("ref"), rs.getLong("id"));
        });
        return ids;
    }

    public Map<Long, List<Figure>> figures(List<Long> indicatorIds) {
        Map<Long, List<Figure>> byIndicator = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return byIndicator;
        }
        jdbc.sql("select indicator_id, period, value, status from indicator_value where indicator_id in (:ids)")
                .param("ids", indicatorIds)
                .query(rs -> {
                    byIndicator
                            .computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
                            .add(figure(rs));
                });
        return byIndicator;
    }

    public Map<Long, List<Target>> targets(List<Long> indicatorIds) {
        Map<Long, List<Target>> byIndicator = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return byIndicator;
        }
        jdbc.sql("select indicator_id, period, value from indicator_target where indicator_id in (:ids)")
                .param("ids", indicatorIds)
                .query(rs -> {
                    byIndicator
                            .computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
                            .add(new Target(Period.parse(rs.getString("period")), rs.getBigDecimal("value")));
                });
        return byIndicator;
    }

    /**
     * Takes the indicator's row until the transaction ends, so that changes to its figures, targets, commentary and
     * overrides happen one at a time: each reads the old value it audits after the one before it is written.
     */
    public void lockIndicator(long indicatorId) {
        jdbc.sql("select id from indicator where id = :i for no key update")
                .param("i", indicatorId)
                .query(Long.class)
                .single();
    }

    /** Takes the objective's row until the transaction ends, as {@link #lockIndicator} does an indicator's. */
    public void lockObjective(long objectiveId) {
        jdbc.sql("select id from objective where id = :o for no key update")
                .param("o", objectiveId)
                .query(Long.class)
                .single();
    }

    public Optional<Figure> figure(long indicatorId, Period period) {
        return jdbc.sql("select period, value, status from indicator_value where indicator_id = :i and period = :p")
                .param("i", indicatorId)
                .param("p", period.label())
                .query((rs, n) -> figure(rs))
                .optional();
    }

    public Optional<Target> target(long indicatorId, Period period) {
        return jdbc.sql("select period, value from indicator_target where indicator_id = :i and period = :p")
                .param("i", indicatorId)
                .param("p", period.label())
                .query((rs, n) -> new Target(Period.parse(rs.getString("period")), rs.getBigDecimal("value")))
                .optional();
    }

    /** The version of a figure (kind actual) or target (kind target) as it stands, 0 when there is none yet. */
    public int version(long indicatorId, String kind, Period period) {
        String table = kind.equals("target") ? "indicator_target" : "indicator_value";
        return jdbc.sql("select version from " + table + " where indicator_id = :i and period = :p")
                .param("i", indicatorId)
                .param("p", period.label())
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** The versions of an indicator's figures (kind actual) or targets (kind target), by period label. */
    public Map<String, Integer> versions(long indicatorId, String kind) {
        String table = kind.equals("target") ? "indicator_target" : "indicator_value";
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("select period, version from " + table + " where indicator_id = :i")
                .param("i", indicatorId)
                .query(rs -> {
                    versions.put(rs.getString("period"), rs.getInt("version"));
                });
        return versions;
    }

    public void saveFigure(long indicatorId, Figure f) {
        jdbc.sql("""
                        insert into indicator_value (indicator_id, period, period_start, period_end, value, status)
                        values (:i, :p, :s, :e, :v, :st)
                        on conflict (indicator_id, period) do update
                        set value = excluded.value, status = excluded.status, import_id = null, version = indicator_value.version + 1""")
                .param("i", indicatorId)
                .param("p", f.period().label())
                .param("s", f.period().start())
                .param("e", f.period().end())
                .param("v", f.value())
                .param("st", f.status().name())
                .update();
    }

    public void saveTarget(long indicatorId, Target t) {
        jdbc.sql("""
                        insert into indicator_target (indicator_id, period, period_start, period_end, value)
                        values (:i, :p, :s, :e, :v)
                        on conflict (indicator_id, period) do update
                        set value = excluded.value, import_id = null, version = indicator_target.version + 1""")
                .param("i", indicatorId)
                .param("p", t.period().label())
                .param("s", t.period().start())
                .param("e", t.period().end())
                .param("v", t.value())
                .update();
    }

    public Map<Long, String> commentary(String quarter) {
        Map<Long, String> byIndicator = new HashMap<>();
        jdbc.sql("select indicator_id, commentary from indicator_commentary where quarter = :q")
                .param("q", quarter)
                .query(rs -> {
                    byIndicator.put(rs.getLong("indicator_id"), rs.getString("commentary"));
                });
        return byIndicator;
    }

    public void saveCommentary(long indicatorId, String quarter, String text) {
        jdbc.sql("""
                        insert into indicator_commentary (indicator_id, quarter, commentary) values (:i, :q, :c)
                        on conflict (indicator_id, quarter) do update set commentary = excluded.commentary""")
                .param("i", indicatorId)
                .param("q", quarter)
                .param("c", text)
                .update();
    }

    /** Overrides for a quarter, keyed by indicator id then kind (PROGRESS or DIRECTION). */
    public Map<Long, Map<String, SymbolOverride>> overrides(String quarter) {
        Map<Long, Map<String, SymbolOverride>> result = new HashMap<>();
        jdbc.sql("select indicator_id, kind, symbol, reason, set_by, set_at from symbol_override where quarter = :q")
                .param("q", quarter)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong("indicator_id"), k -> new HashMap<>())
                            .put(
                                    rs.getString("kind"),
                                    new SymbolOverride(
                                            Symbol.valueOf(rs.getString("symbol")),
                                            rs.getString("reason"),
                                            rs.getString("set_by"),
                                            rs.getTimestamp("set_at").toInstant()));
                });
        return result;
    }

    public void saveOverride(long indicatorId, String quarter, String kind, SymbolOverride o) {
        jdbc.sql("""
                        insert into symbol_override (indicator_id, quarter, kind, symbol, reason, set_by, set_at)
                        values (:i, :q, :k, :s, :r, :by, :at)
                        on conflict (indicator_id, quarter, kind) do update
                        set symbol = excluded.symbol, reason = excluded.reason, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("i", indicatorId)
                .param("q", quarter)
                .param("k", kind)
                .param("s", o.symbol().name())
                .param("r", o.reason())
                .param("by", o.by())
                .param("at", java.sql.Timestamp.from(o.at()))
                .update();
    }

    public int removeOverride(long indicatorId, String quarter, String kind) {
        return jdbc.sql("delete from symbol_override where indicator_id = :i and quarter = :q and kind = :k")
                .param("i", indicatorId)
                .param("q", quarter)
                .param("k", kind)
                .update();
    }

    /** A board's objectives by service area id, each area's in order: one query for the whole board. */
    public Map<Long, List<Objective>> objectivesOfBoard(long boardId) {
        Map<Long, List<Objective>> byArea = new java.util.HashMap<>();
        jdbc.sql("""
                        select o.id, o.ref, o.service_area_id, o.title, o.milestone from objective o
                        join service_area a on a.id = o.service_area_id where a.board_id = :b order by o.position, o.ref""")
                .param("b", boardId)
                .query((rs, n) -> new Objective(
                        rs.getLong("id"),
                        rs.getString("ref"),
                        rs.getLong("service_area_id"),
                        rs.getString("title"),
                        rs.getString("milestone")))
                .list()
                .forEach(o -> byArea.computeIfAbsent(o.serviceAreaId(), k -> new ArrayList<>())
                        .add(o));
        return byArea;
    }

    /** A board's indicators by service area code, each area's in order: one query for the whole board. */
    public Map<String, List<Indicator>> indicatorsOfBoard(long boardId) {
        Map<String, List<Indicator>> byArea = new java.util.HashMap<>();
        jdbc.sql("select " + INDICATOR_COLUMNS + " from indicator i join service_area a on a.id = i.service_area_id"
                        + " where a.board_id = :b order by i.position, i.ref")
                .param("b", boardId)
                .query(PerformanceRepository::indicator)
                .list()
                .forEach(i -> byArea.computeIfAbsent(i.serviceAreaCode(), k -> new ArrayList<>())
                        .add(i));
        return byArea;
    }

    /** A board's narrative for a quarter, by service area id and then section: one query for the whole board. */
    public Map<Long, Map<String, List<NarrativeItem>>> narrativeOfBoard(long boardId, String quarter) {
        Map<Long, Map<String, List<NarrativeItem>>> byArea = new java.util.HashMap<>();
        jdbc.sql("""
                        select n.service_area_id, n.section, n.heading, n.text from report_narrative n
                        join service_area a on a.id = n.service_area_id
                        where a.board_id = :b and n.quarter = :q order by n.position, n.id""").param("b", boardId).param("q", quarter).query(rs -> {
            byArea.computeIfAbsent(rs.getLong("service_area_id"), k -> new java.util.HashMap<>())
                    .computeIfAbsent(rs.getString("section"), k -> new ArrayList<>())
                    .add(new NarrativeItem(rs.getString("heading"), rs.getString("text")));
        });
        return byArea;
    }

    public List<Objective> objectives(long serviceAreaId) {
        return jdbc.sql(
                        "select id, ref, service_area_id, title, milestone from objective where service_area_id = :a order by position, ref")
                .param("a", serviceAreaId)
                .query((rs, n) -> new Objective(
                        rs.getLong("id"),
                        rs.getString("ref"),
                        rs.getLong("service_area_id"),
                        rs.getString("title"),
                        rs.getString("milestone")))
                .list();
    }

    public List<Objective> allObjectives() {
        return jdbc.sql("""
                        select o.id, o.ref, o.service_area_id, o.title, o.milestone from objective o
                        join service_area a on a.id = o.service_area_id order by a.position, a.id, o.position, o.ref""")
                .query((rs, n) -> new Objective(
                        rs.getLong("id"),
                        rs.getString("ref"),
                        rs.getLong("service_area_id"),
                        rs.getString("title"),
                        rs.getString("milestone")))
                .list();
    }

    public void saveMilestoneProgress(long objectiveId, String quarter, MilestoneProgress p) {
        jdbc.sql("""
                        insert into milestone_progress (objective_id, quarter, progress, commentary) values (:o, :q, :p, :c)
                        on conflict (objective_id, quarter) do update set progress = excluded.progress, commentary = excluded.commentary""")
                .param("o", objectiveId)
                .param("q", quarter)
                .param("p", p.progress().name())
                .param("c", p.commentary())
                .update();
    }

    public Map<Long, MilestoneProgress> milestoneProgress(String quarter) {
        Map<Long, MilestoneProgress> result = new HashMap<>();
        jdbc.sql("select objective_id, progress, commentary from milestone_progress where quarter = :q")
                .param("q", quarter)
                .query(rs -> {
                    result.put(
                            rs.getLong("objective_id"),
                            new MilestoneProgress(
                                    Symbol.valueOf(rs.getString("progress")), rs.getString("commentary")));
                });
        return result;
    }

    public List<NarrativeItem> narrative(long serviceAreaId, String quarter, String section) {
        return jdbc.sql("""
                        select heading, text from report_narrative
                        where service_area_id = :a and quarter = :q and section = :s order by position, id""")
                .param("a", serviceAreaId)
                .param("q", quarter)
                .param("s", section)
                .query((rs, n) -> new NarrativeItem(rs.getString("heading"), rs.getString("text")))
                .list();
    }

    static Indicator indicator(ResultSet rs, int n) throws SQLException {
        return new Indicator(
                rs.getLong("id"),
                rs.getString("ref"),
                rs.getString("area_code"),
                rs.getString("measure"),
                rs.getString("definition"),
                Unit.valueOf(rs.getString("unit")),
                Polarity.valueOf(rs.getString("polarity")),
                rs.getString("frequency"),
                rs.getString("data_source"),
                Projection.valueOf(rs.getString("projection")));
    }

    private static Figure figure(ResultSet rs) throws SQLException {
        BigDecimal value = rs.getBigDecimal("value");
        return new Figure(Period.parse(rs.getString("period")), value, ValueStatus.valueOf(rs.getString("status")));
    }
}
