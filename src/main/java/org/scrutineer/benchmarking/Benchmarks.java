package org.scrutineer.benchmarking;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.postgresql.PGStatement;
import org.scrutineer.benchmarking.domain.Benchmarked;
import org.scrutineer.benchmarking.domain.CiMethod;
import org.scrutineer.benchmarking.domain.IndicatorAnalysis;
import org.scrutineer.benchmarking.domain.IndicatorSettings;
import org.scrutineer.benchmarking.domain.Level;
import org.scrutineer.benchmarking.domain.Observation;
import org.scrutineer.benchmarking.domain.Polarity;
import org.scrutineer.benchmarking.domain.ValueType;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.security.Access;
import org.scrutineer.platform.web.NotFound;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benchmarked indicators: their settings, the council's area and peer group, and each indicator's rows with
 * everything derived from them. An indicator is public once an officer approves it for public display; until then it
 * is a council draft (every councillor and officer, {@link Access#mayReadCouncilDrafts()}), and anyone else is told it
 * does not exist.
 */
@Service
public class Benchmarks {
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Access access;
    private final AuditTrail audit;

    public Benchmarks(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Access access, AuditTrail audit) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.access = access;
        this.audit = audit;
    }

    /** An indicator's name, settings and whether the public may see it. */
    public record Indicator(int id, String name, IndicatorSettings settings, boolean publicDisplay) {
        public Map<String, Object> audited() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("polarity", settings.polarity().code());
            m.put("valueType", settings.valueType().code());
            m.put("multiplier", settings.multiplier());
            m.put("ciMethod", settings.ciMethod().code());
            m.put("comparisonLevel", settings.comparisonLevel().code());
            m.put("publicDisplay", publicDisplay);
            return m;
        }
    }

    /** The council's own area and its peers. */
    public record Council(String areaCode, String areaName, String peerGroup, Set<String> peers) {}

    /** An indicator with every row analysed, for the council named. */
    public record Analysis(Indicator indicator, Council council, List<Benchmarked> rows) {
        /** England's value in each slice (period, sex, age, category). */
        public Map<Observation.Slice, Double> englandValues() {
            Map<Observation.Slice, Double> values = new java.util.HashMap<>();
            for (Benchmarked b : rows) {
                if (b.row().areaCode().equals(IndicatorAnalysis.ENGLAND)
                        && b.row().value() != null) {
                    values.put(b.row().slice(), b.row().value());
                }
            }
            return values;
        }
    }

    /** The order of an indicator's analysed rows: by area, sex, age, category and then period. */
    static final Comparator<Benchmarked> IN_ORDER = Comparator.comparing(
                    (Benchmarked b) -> b.row().areaCode())
            .thenComparing(b -> b.row().sex())
            .thenComparing(b -> b.row().age())
            .thenComparing(b -> b.row().categoryType())
            .thenComparing(b -> b.row().category())
            .thenComparingLong(b -> b.row().periodSortable());

    void create(int id, String name, IndicatorSettings s, long importId) {
        jdbc.sql("""
                insert into benchmark_indicator (indicator_id, name, polarity, value_type, multiplier, ci_method, comparison_level, import_id)
                values (:id, :name, :p, :t, :m, :c, :l, :i)""")
                .param("id", id)
                .param("name", name)
                .param("p", s.polarity().code())
                .param("t", s.valueType().code())
                .param("m", s.multiplier())
                .param("c", s.ciMethod().code())
                .param("l", Double.parseDouble(s.comparisonLevel().code()))
                .param("i", importId)
                .update();
    }

    void renamed(int id, String name, long importId) {
        jdbc.sql("update benchmark_indicator set name = :n, import_id = :i where indicator_id = :id")
                .param("n", name)
                .param("i", importId)
                .param("id", id)
                .update();
    }

    /** The indicators this person may read, by name. */
    @Transactional(readOnly = true)
    public List<Indicator> indicators() {
        boolean drafts = access.mayReadCouncilDrafts();
        return jdbc.sql("select * from benchmark_indicator where public_display or :drafts order by name, indicator_id")
                .param("drafts", drafts)
                .query(Benchmarks::indicator)
                .list();
    }

    /** One indicator, if this person may read it; else "not found". */
    @Transactional(readOnly = true)
    public Indicator indicator(int id) {
        Optional<Indicator> found = jdbc.sql("select * from benchmark_indicator where indicator_id = :id")
                .param("id", id)
                .query(Benchmarks::indicator)
                .optional();
        if (found.isEmpty() || !found.get().publicDisplay() && !access.mayReadCouncilDrafts()) {
            throw new NotFound("No benchmarked indicator " + id);
        }
        return found.get();
    }

    @Transactional(readOnly = true)
    public Council council() {
        Set<String> peers = new HashSet<>(jdbc.sql("select area_code from benchmark_peer order by area_code")
                .query(String.class)
                .list());
        return jdbc.sql("select area_code, area_name, peer_group from benchmark_council where id = 1")
                .query((rs, n) -> new Council(rs.getString(1), rs.getString(2), rs.getString(3), Set.copyOf(peers)))
                .optional()
                .orElse(new Council("", "", "Peer group", Set.copyOf(peers)));
    }

    /** The indicator's rows with everything worked out by its settings now. */
    @Transactional(readOnly = true)
    public Analysis analysis(int id) {
        return analyse(indicator(id));
    }

    /** For the importer, whose caller may import and so read every indicator (officers): no check of access. */
    Analysis analysisForImport(int id) {
        return analyse(jdbc.sql("select * from benchmark_indicator where indicator_id = :id")
                .param("id", id)
                .query(Benchmarks::indicator)
                .single());
    }

    private Analysis analyse(Indicator indicator) {
        Council council = council();
        List<Observation> rows = new ArrayList<>();
        jdbc.sql("select indicator_id, " + OBSERVATION_COLUMNS + " from benchmark_value where indicator_id = :id")
                .param("id", indicator.id())
                .query(rs -> {
                    rows.add(observation(rs));
                });
        return analysed(indicator, council, rows);
    }

    private static Analysis analysed(Indicator indicator, Council council, List<Observation> rows) {
        List<Benchmarked> analysed =
                new ArrayList<>(IndicatorAnalysis.analyse(rows, indicator.settings(), council.peers()));
        analysed.sort(IN_ORDER);
        return new Analysis(indicator, council, analysed);
    }

    /**
     * Every indicator this person may read, each with its rows analysed, handed to {@code each} one indicator at a time
     * in order of indicator ID: the rows of all of them come in one query, and one indicator is analysed on a second
     * thread while the next one's rows are read. Only two indicators' rows are held at once.
     */
    @Transactional(readOnly = true)
    public void eachAnalysis(Consumer<Analysis> each) {
        Map<Integer, Indicator> readable = new HashMap<>();
        for (Indicator i : indicators()) {
            readable.put(i.id(), i);
        }
        Council council = council();
        Deque<CompletableFuture<Analysis>> waiting = new ArrayDeque<>();
        List<Observation> rows = new ArrayList<>();
        int[] current = {0};
        Runnable hand = () -> {
            Indicator indicator = readable.get(current[0]);
            List<Observation> theirs = List.copyOf(rows);
            rows.clear();
            waiting.addLast(CompletableFuture.supplyAsync(() -> analysed(indicator, council, theirs)));
            while (!waiting.isEmpty()
                    && (waiting.size() > 2 || waiting.peekFirst().isDone())) {
                each.accept(waiting.removeFirst().join());
            }
        };
        jdbcTemplate.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            "select v.indicator_id, " + OBSERVATION_COLUMNS + " from benchmark_value v"
                                    + " join benchmark_indicator i on i.indicator_id = v.indicator_id"
                                    + " where i.public_display or ? order by v.indicator_id");
                    statement.setBoolean(1, access.mayReadCouncilDrafts());
                    statement.setFetchSize(10_000); // a national file's rows are read in parts, not all at once
                    // numbers as 8 bytes rather than text to parse, from the first time the query is run
                    statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                    return statement;
                },
                (ResultSet rs) -> {
                    int id = rs.getInt(1);
                    if (id != current[0] && !rows.isEmpty()) {
                        hand.run();
                    }
                    current[0] = id;
                    rows.add(observation(rs));
                });
        if (!rows.isEmpty()) {
            hand.run();
        }
        while (!waiting.isEmpty()) {
            each.accept(waiting.removeFirst().join());
        }
    }

    /** A change of settings, any subset; null leaves a setting as it is. Audited; everything derived follows at once. */
    public record Change(
            String polarity,
            String valueType,
            Double multiplier,
            String ciMethod,
            Double comparisonLevel,
            Boolean publicDisplay) {}

    /** Field → reason for each setting that is wrong. */
    public static final class InvalidSettings extends RuntimeException {
        private final Map<String, String> reasons;

        InvalidSettings(Map<String, String> reasons) {
            super(String.join("; ", reasons.values()));
            this.reasons = reasons;
        }

        public Map<String, String> reasons() {
            return reasons;
        }
    }

    @Transactional
    public Indicator change(int id, Change change) {
        Indicator before = indicator(id);
        IndicatorSettings s = before.settings();
        Map<String, String> reasons = new LinkedHashMap<>();
        Polarity polarity = s.polarity();
        ValueType type = s.valueType();
        double multiplier = s.multiplier();
        CiMethod method = s.ciMethod();
        Level level = s.comparisonLevel();
        try {
            polarity = change.polarity() == null ? polarity : Polarity.fromCode(change.polarity());
        } catch (IllegalArgumentException e) {
            reasons.put("polarity", e.getMessage());
        }
        try {
            type = change.valueType() == null ? type : ValueType.fromCode(change.valueType());
        } catch (IllegalArgumentException e) {
            reasons.put("valueType", e.getMessage());
        }
        if (change.multiplier() != null) {
            if (IndicatorSettings.MULTIPLIERS.contains(change.multiplier())) {
                multiplier = change.multiplier();
            } else {
                reasons.put(
                        "multiplier",
                        "'" + change.multiplier() + "' is not a multiplier: expected 1, 100, 1000, 10000 or 100000");
            }
        }
        try {
            method = change.ciMethod() == null ? method : CiMethod.fromCode(change.ciMethod());
        } catch (IllegalArgumentException e) {
            reasons.put("ciMethod", e.getMessage());
        }
        try {
            level = change.comparisonLevel() == null ? level : Level.fromNumber(change.comparisonLevel());
        } catch (IllegalArgumentException e) {
            reasons.put("comparisonLevel", e.getMessage());
        }
        if (!reasons.isEmpty()) {
            throw new InvalidSettings(reasons);
        }
        boolean shown = change.publicDisplay() == null ? before.publicDisplay() : change.publicDisplay();
        Indicator after = new Indicator(
                id, before.name(), new IndicatorSettings(polarity, type, multiplier, method, level), shown);
        jdbc.sql("""
                update benchmark_indicator set polarity = :p, value_type = :t, multiplier = :m, ci_method = :c, comparison_level = :l,
                    public_display = :d where indicator_id = :id""")
                .param("p", polarity.code())
                .param("t", type.code())
                .param("m", multiplier)
                .param("c", method.code())
                .param("l", Double.parseDouble(level.code()))
                .param("d", shown)
                .param("id", id)
                .update();
        if (!after.audited().equals(before.audited())) {
            audit.updated(
                    "benchmark:" + id, "benchmark_indicator", String.valueOf(id), before.audited(), after.audited());
        }
        return after;
    }

    /** Sets the council's own area and its peer group (areas by ONS code). Audited. */
    @Transactional
    public void configure(String areaCode, String areaName, String peerGroup, List<String> peers) {
        Council before = council();
        jdbc.sql("""
                insert into benchmark_council (id, area_code, area_name, peer_group) values (1, :c, :n, :g)
                on conflict (id) do update set area_code = excluded.area_code, area_name = excluded.area_name, peer_group = excluded.peer_group""")
                .param("c", areaCode)
                .param("n", areaName)
                .param("g", peerGroup)
                .update();
        jdbc.sql("delete from benchmark_peer").update();
        for (String peer : peers) {
            jdbc.sql("insert into benchmark_peer (area_code) values (:c) on conflict do nothing")
                    .param("c", peer)
                    .update();
        }
        audit.saved(
                "benchmark:council",
                "benchmark_council",
                "council",
                before.areaCode().isEmpty()
                        ? null
                        : Map.of(
                                "area",
                                before.areaCode(),
                                "peers",
                                List.copyOf(new java.util.TreeSet<>(before.peers()))),
                Map.of("area", areaCode, "peers", List.copyOf(new java.util.TreeSet<>(peers))));
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        IndicatorSettings s = new IndicatorSettings(
                Polarity.fromCode(rs.getString("polarity")),
                ValueType.fromCode(rs.getString("value_type")),
                rs.getDouble("multiplier"),
                CiMethod.fromCode(rs.getString("ci_method")),
                Level.fromNumber(rs.getDouble("comparison_level")));
        return new Indicator(rs.getInt("indicator_id"), rs.getString("name"), s, rs.getBoolean("public_display"));
    }

    /** The columns of a row that its analysis and its answers use, after the indicator ID, in this order. */
    static final String OBSERVATION_COLUMNS = "area_code, area_name, area_type, parent_code, period, period_sortable,"
            + " sex, age, category_type, category, value, lower_ci95, upper_ci95, lower_ci998, upper_ci998, count,"
            + " denominator, value_note, recent_trend, compared_england, compared_region";

    /** A row selected as indicator ID and then {@link #OBSERVATION_COLUMNS}, read by position. */
    static Observation observation(ResultSet rs) throws SQLException {
        return new Observation(
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                number(rs, 12),
                number(rs, 13),
                number(rs, 14),
                number(rs, 15),
                number(rs, 16),
                number(rs, 17),
                number(rs, 18),
                rs.getString(19),
                rs.getString(20),
                rs.getString(21),
                rs.getString(22));
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }
}
