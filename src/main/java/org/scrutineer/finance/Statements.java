package org.scrutineer.finance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.finance.domain.Amounts;
import org.scrutineer.finance.domain.CommentaryFigures;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.Section;
import org.scrutineer.finance.domain.StatementRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Revenue budget statements in PostgreSQL. */
@Repository
public class Statements {
    private final JdbcClient jdbc;

    public Statements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A stored statement with its id, board (null: council-wide), the officer's commentary (null until written) and the
     * figures its suggested commentary is worded from.
     */
    public record Stored(
            long id,
            String boardCode,
            RevenueStatement statement,
            String commentary,
            CommentaryFigures commentaryFigures) {}

    public void saveCommentaryFigures(long id, CommentaryFigures figures) {
        jdbc.sql("update revenue_statement set commentary_figures = :f where id = :id")
                .param("f", figures.name())
                .param("id", id)
                .update();
    }

    /** The paper (report) that prints the statement. */
    public void assignToReport(long statementId, long reportId) {
        jdbc.sql("update revenue_statement set report_id = :r where id = :s")
                .param("r", reportId)
                .param("s", statementId)
                .update();
    }

    /** The statements a paper prints, in its order. */
    public List<Stored> ofReport(long reportId) {
        return load("s.report_id = :r", Map.of("r", reportId));
    }

    public void saveCommentary(long id, String commentary) {
        jdbc.sql("update revenue_statement set commentary = :c where id = :id")
                .param("c", commentary)
                .param("id", id)
                .update();
    }

    public long save(Long boardId, RevenueStatement s) {
        long id = jdbc.sql("""
                        insert into revenue_statement (board_id, department, as_at, position)
                        values (:b, :d, :a, (select coalesce(max(position), 0) + 1 from revenue_statement)) returning id""")
                .param("b", boardId)
                .param("d", s.department())
                .param("a", s.asAt())
                .query(Long.class)
                .single();
        for (StatementRow r : s.rows()) {
            jdbc.sql("""
                            insert into revenue_statement_row (statement_id, position, section, label, kind, annual_budget,
                                budget_to_date, actual_spend, variance, forecast_outturn)
                            values (:s, :p, :sec, :l, :k, :a, :b, :c, :v, :f)""")
                    .param("s", id)
                    .param("p", r.position())
                    .param("sec", r.section().name())
                    .param("l", r.label())
                    .param("k", r.kind().name())
                    .param("a", r.printed().annualBudget())
                    .param("b", r.printed().budgetToDate())
                    .param("c", r.printed().actualSpend())
                    .param("v", r.printed().variance())
                    .param("f", r.printed().forecastOutturn())
                    .update();
        }
        return id;
    }

    public void updateRow(long statementId, int position, Amounts a) {
        jdbc.sql("""
                        update revenue_statement_row set annual_budget = :a, budget_to_date = :b, actual_spend = :c, variance = :v,
                            forecast_outturn = :f where statement_id = :s and position = :p""")
                .param("a", a.annualBudget())
                .param("b", a.budgetToDate())
                .param("c", a.actualSpend())
                .param("v", a.variance())
                .param("f", a.forecastOutturn())
                .param("s", statementId)
                .param("p", position)
                .update();
    }

    public List<Stored> all() {
        return load("true", Map.of());
    }

    public Optional<Stored> byId(long id) {
        return load("s.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The council-wide spending report's statements: every department's, held for no one board. */
    public List<Stored> councilWide() {
        return load("s.board_id is null", Map.of());
    }

    /** The papers (reports) that print the council-wide statements. */
    public List<Long> councilWideReports() {
        return jdbc.sql(
                        "select distinct report_id from revenue_statement where board_id is null and report_id is not null order by report_id")
                .query(Long.class)
                .list();
    }

    /** A board's statements dated within a period, in their order. */
    public List<Stored> forBoard(long boardId, LocalDate from, LocalDate to) {
        return load("s.board_id = :b and s.as_at between :from and :to", Map.of("b", boardId, "from", from, "to", to));
    }

    private List<Stored> load(String where, Map<String, Object> params) {
        Map<Long, Object[]> heads = new LinkedHashMap<>();
        Map<Long, List<StatementRow>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.id, b.code, s.department, s.as_at, s.commentary, s.commentary_figures, r.position, r.section, r.label, r.kind, r.annual_budget,
                               r.budget_to_date, r.actual_spend, r.variance, r.forecast_outturn
                        from revenue_statement s left join board b on b.id = s.board_id
                        left join revenue_statement_row r on r.statement_id = s.id
                        where %s order by s.position, s.id, r.position""".formatted(where)).params(params).query(rs -> {
            long id = rs.getLong("id");
            heads.computeIfAbsent(id, k -> new Object[] {
                rs_string(rs, "code"),
                rs_string(rs, "department"),
                rs_date(rs),
                rs_string(rs, "commentary"),
                rs_string(rs, "commentary_figures")
            });
            List<StatementRow> list = rows.computeIfAbsent(id, k -> new ArrayList<>());
            if (rs.getObject("position") != null) {
                list.add(new StatementRow(
                        rs.getInt("position"),
                        Section.valueOf(rs.getString("section")),
                        rs.getString("label"),
                        RowKind.valueOf(rs.getString("kind")),
                        new Amounts(
                                num(rs, "annual_budget"),
                                num(rs, "budget_to_date"),
                                num(rs, "actual_spend"),
                                num(rs, "variance"),
                                num(rs, "forecast_outturn"))));
            }
        });
        List<Stored> result = new ArrayList<>();
        heads.forEach((id, h) -> result.add(new Stored(
                id,
                (String) h[0],
                new RevenueStatement((String) h[1], (LocalDate) h[2], rows.get(id)),
                (String) h[3],
                CommentaryFigures.valueOf((String) h[4]))));
        return result;
    }

    private static String rs_string(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate rs_date(ResultSet rs) {
        try {
            return rs.getObject("as_at", LocalDate.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long num(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
