package org.scrutineer.finance;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scrutineer.finance.domain.Amounts;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.Section;
import org.scrutineer.finance.domain.StatementRow;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.imports.RowError;
import org.scrutineer.platform.imports.RowErrors;
import org.scrutineer.platform.imports.TabularFile;
import org.scrutineer.platform.web.FormRefused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports revenue budget statement lines from CSV or XLSX, one or more statements per file, in the layout of the demo's
 * revenue-statements.csv. Whole file or nothing; every bad row is listed. A statement for the same department and date
 * is replaced, and the audit trail keeps what it held before.
 */
@Service
class StatementImport {
    public static final List<String> COLUMNS = List.of(
            "department",
            "as_at",
            "position",
            "section",
            "label",
            "kind",
            "annual_budget",
            "budget_to_date",
            "actual_spend",
            "variance",
            "forecast_outturn");
    private static final List<String> FIGURES = COLUMNS.subList(6, 11);

    private final Statements statements;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    private final Boards boards;

    StatementImport(Statements statements, JdbcClient jdbc, AuditTrail audit, Boards boards) {
        this.statements = statements;
        this.jdbc = jdbc;
        this.audit = audit;
        this.boards = boards;
    }

    /**
     * Imports a file for the board chosen on the form, by its code; without a board or a file (null) the form is refused
     * under "file", saying what to choose.
     */
    @Transactional
    public List<RevenueStatement> importFile(String boardCode, String fileName, InputStream input) {
        Board board = boards.byCode(boardCode)
                .orElseThrow(() -> FormRefused.of("file", "Select the board the statements are reported to"));
        if (input == null) {
            throw FormRefused.of("file", "Select a CSV or XLSX file of statement lines");
        }
        return importFile(board.id(), fileName, input);
    }

    @Transactional
    public List<RevenueStatement> importFile(long boardId, String fileName, InputStream input) {
        RowErrors errors = new RowErrors();
        Map<String, List<StatementRow>> rows = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        TabularFile.readRows(fileName, input, COLUMNS, errors, (line, c) -> {
            int before = errors.size();
            String department = c.get("department");
            if (department.isEmpty()) {
                errors.add(new RowError(line, "department", "The department is empty"));
            }
            String date = c.get("as_at");
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.add(new RowError(line, "as_at", "'" + date + "' is not a date: write it as 2025-05-31"));
            }
            Integer position = null;
            try {
                position = Integer.valueOf(c.get("position"));
            } catch (NumberFormatException e) {
                errors.add(new RowError(
                        line, "position", "The position must be a whole number: the row's order in its statement"));
            }
            Section section = parse(Section.class, c.get("section"), "section", line, errors);
            String label = c.get("label");
            if (label.isEmpty()) {
                errors.add(new RowError(line, "label", "The label is empty"));
            }
            RowKind kind = parse(RowKind.class, c.get("kind"), "kind", line, errors);
            Long[] figures = new Long[5];
            for (int i = 0; i < 5; i++) {
                String v = c.get(FIGURES.get(i)).replace(",", "");
                if (v.isEmpty()) {
                    continue;
                }
                if (!v.matches("-?\\d{1,12}")) {
                    errors.add(new RowError(
                            line, FIGURES.get(i), "'" + v + "' is not a whole number of £'000 (write e.g. -729)"));
                } else {
                    figures[i] = Long.parseLong(v);
                }
            }
            if (kind == RowKind.HEADING && java.util.Arrays.stream(figures).anyMatch(java.util.Objects::nonNull)) {
                errors.add(new RowError(line, "kind", "A heading has no figures"));
            }
            String key = department + "\t" + date;
            if (position != null) {
                Integer earlier = seen.putIfAbsent(key + "\t" + position, line);
                if (earlier != null) {
                    errors.add(new RowError(
                            line,
                            "position",
                            "Position " + position + " of " + department + " is already on line " + earlier));
                }
            }
            if (errors.size() == before) {
                rows.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new StatementRow(
                                position,
                                section,
                                label,
                                kind,
                                new Amounts(figures[0], figures[1], figures[2], figures[3], figures[4])));
            }
        });
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new RowError(2, "", "The file has a header but no data rows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(fileName, errors);
        }
        List<RevenueStatement> imported = new ArrayList<>();
        rows.forEach((key, list) -> {
            String[] parts = key.split("\t");
            list.sort(java.util.Comparator.comparingInt(StatementRow::position));
            RevenueStatement s = new RevenueStatement(parts[0], LocalDate.parse(parts[1]), list);
            Long old = jdbc.sql(
                            "select id from revenue_statement where board_id = :b and department = :d and as_at = :a")
                    .param("b", boardId)
                    .param("d", s.department())
                    .param("a", s.asAt())
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            Object before = null;
            if (old != null) {
                before = statements.byId(old).orElseThrow().statement();
                jdbc.sql("delete from revenue_statement where id = :id")
                        .param("id", old)
                        .update();
            }
            long id = statements.save(boardId, s);
            audit.saved(StatementEditing.scope(id), "revenue_statement", s.department() + " " + s.asAt(), before, s);
            imported.add(s);
        });
        return imported;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String column, int line, RowErrors errors) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(
                    line,
                    column,
                    "'" + text + "' is not a " + column + ": expected one of "
                            + String.join(
                                    ", ",
                                    java.util.Arrays.stream(type.getEnumConstants())
                                            .map(x -> x.name().toLowerCase(Locale.ROOT))
                                            .toList())));
            return null;
        }
    }
}
