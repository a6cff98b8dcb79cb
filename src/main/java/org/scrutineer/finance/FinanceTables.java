package org.scrutineer.finance;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.finance.domain.FigureTable;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.SavingProposal;
import org.scrutineer.platform.progress.ProgressStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Summary tables and savings proposals in PostgreSQL. */
@Repository
class FinanceTables {
    private final JdbcClient jdbc;

    public FinanceTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Long boardId, FigureTable t) {
        jdbc.sql("""
                        insert into finance_table (id, board_id, title, source_line, unit, columns, position)
                        values (:id, :b, :t, :l, :u, :c, (select coalesce(max(position), 0) + 1 from finance_table))""")
                .param("id", t.id())
                .param("b", boardId)
                .param("t", t.title())
                .param("l", t.sourceLine())
                .param("u", t.unit())
                .param("c", t.columns().toArray(new String[0]))
                .update();
        for (FigureTable.Row r : t.rows()) {
            jdbc.sql(
                            "insert into finance_table_row (table_id, position, label, kind, cells) values (:t, :p, :l, :k, :c)")
                    .param("t", t.id())
                    .param("p", r.position())
                    .param("l", r.label())
                    .param("k", r.kind().name())
                    .param("c", r.values().toArray(new BigDecimal[0]))
                    .update();
        }
    }

    public List<FigureTable> all() {
        return load("true", Map.of());
    }

    /** The council-wide spending report's tables. */
    public List<FigureTable> councilWide() {
        return load("t.board_id is null", Map.of());
    }

    /** The tables a paper (report) prints, in its order. */
    public List<FigureTable> ofReport(long reportId) {
        return load("t.report_id = :r", Map.of("r", reportId));
    }

    /** The figures of the tables a report prints, in £'000, for checking what its text quotes. */
    public List<BigDecimal> figuresOfReport(long reportId) {
        return ofReport(reportId).stream()
                .flatMap(t -> org.scrutineer.finance.domain.TableCheck.inThousands(t).stream())
                .toList();
    }

    public void assignToReport(String tableId, long reportId) {
        jdbc.sql("update finance_table set report_id = :r where id = :t")
                .param("r", reportId)
                .param("t", tableId)
                .update();
    }

    /** Each table's board (null: the council-wide report's, no one board's), for deciding who may read it. */
    public Map<String, String> boardCodes() {
        Map<String, String> boards = new java.util.HashMap<>();
        jdbc.sql("select t.id, b.code from finance_table t left join board b on b.id = t.board_id")
                .query(rs -> {
                    boards.put(rs.getString(1), rs.getString(2));
                });
        return boards;
    }

    public Optional<FigureTable> byId(String id) {
        return load("t.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<FigureTable> load(String where, Map<String, Object> params) {
        Map<String, Object[]> heads = new LinkedHashMap<>();
        Map<String, List<FigureTable.Row>> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.id, t.title, t.source_line, t.unit, t.columns, r.position, r.label, r.kind, r.cells
                        from finance_table t left join finance_table_row r on r.table_id = t.id
                        where %s order by t.position, r.position""".formatted(where)).params(params).query(rs -> {
            String id = rs.getString("id");
            if (!heads.containsKey(id)) {
                heads.put(id, new Object[] {
                    rs.getString("title"),
                    rs.getInt("source_line"),
                    rs.getString("unit"),
                    Arrays.asList((String[]) rs.getArray("columns").getArray())
                });
            }
            List<FigureTable.Row> list = rows.computeIfAbsent(id, k -> new ArrayList<>());
            if (rs.getObject("position") != null) {
                list.add(new FigureTable.Row(
                        rs.getInt("position"),
                        rs.getString("label"),
                        RowKind.valueOf(rs.getString("kind")),
                        cells(rs)));
            }
        });
        List<FigureTable> result = new ArrayList<>();
        heads.forEach((id, h) -> {
            @SuppressWarnings("unchecked")
            List<String> columns = (List<String>) h[3];
            result.add(new FigureTable(id, (String) h[0], (Integer) h[1], (String) h[2], columns, rows.get(id)));
        });
        return result;
    }

    /** A savings proposal as printed in a paper (report); reportId null where no paper is held. */
    public void saveProposal(SavingProposal p, int position, Long reportId) {
        jdbc.sql("""
                        insert into saving_proposal (department, service_area, net_budget, description, agreed_values, status, comments, position,
                            report_id)
                        values (:d, :a, :n, :desc, :v, :s, :c, :p, :r)""")
                .param("d", p.department())
                .param("a", p.serviceArea())
                .param("n", p.netBudget())
                .param("desc", p.description())
                .param("v", p.agreedValues().toArray(new BigDecimal[0]))
                .param("s", p.status().name())
                .param("c", p.comments())
                .param("p", position)
                .param("r", reportId)
                .update();
    }

    public List<SavingProposal> proposals() {
        return proposals("true", Map.of());
    }

    /** The savings proposals a paper prints. */
    public List<SavingProposal> proposalsOfReport(long reportId) {
        return proposals("report_id = :r", Map.of("r", reportId));
    }

    private List<SavingProposal> proposals(String where, Map<String, Object> params) {
        return jdbc.sql(
                        "select id, department, service_area, net_budget, description, agreed_values, status, comments from saving_proposal where %s order by position, id"
                                .formatted(where))
                .params(params)
                .query((rs, n) -> new SavingProposal(
                        rs.getLong("id"),
                        rs.getString("department"),
                        rs.getString("service_area"),
                        rs.getBigDecimal("net_budget"),
                        rs.getString("description"),
                        cells(rs, "agreed_values"),
                        ProgressStatus.valueOf(rs.getString("status")),
                        rs.getString("comments")))
                .list();
    }

    public void saveStatus(long proposalId, ProgressStatus status) {
        jdbc.sql("update saving_proposal set status = :s where id = :id")
                .param("s", status.name())
                .param("id", proposalId)
                .update();
    }

    private static List<BigDecimal> cells(ResultSet rs) throws SQLException {
        return cells(rs, "cells");
    }

    private static List<BigDecimal> cells(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((BigDecimal[]) array.getArray());
    }
}
