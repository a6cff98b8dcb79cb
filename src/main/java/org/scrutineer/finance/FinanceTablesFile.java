package org.scrutineer.finance;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.finance.domain.FigureTable;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.SavingProposal;
import org.scrutineer.platform.demo.DemoFile;
import org.scrutineer.platform.progress.ProgressStatus;

/**
 * Reads the finance reports' summary tables ({@code table,title,source_line,unit,columns} and
 * {@code table,position,label,kind,values}, cells separated by |) and savings proposals, exactly as printed.
 */
final class FinanceTablesFile {
    private FinanceTablesFile() {}

    public static List<FigureTable> read(InputStream tables, InputStream rows) {
        Map<String, List<FigureTable.Row>> byTable = new LinkedHashMap<>();
        for (CSVRecord r : DemoFile.records(rows)) {
            byTable.computeIfAbsent(r.get("table"), k -> new ArrayList<>())
                    .add(new FigureTable.Row(
                            Integer.parseInt(r.get("position")),
                            r.get("label"),
                            RowKind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)),
                            numbers(r.get("values"))));
        }
        List<FigureTable> result = new ArrayList<>();
        for (CSVRecord t : DemoFile.records(tables)) {
            result.add(new FigureTable(
                    t.get("table"),
                    t.get("title"),
                    Integer.parseInt(t.get("source_line")),
                    t.get("unit"),
                    Arrays.asList(t.get("columns").split("\\|", -1)),
                    byTable.getOrDefault(t.get("table"), List.of())));
        }
        return result;
    }

    public static List<SavingProposal> savings(InputStream in) {
        List<SavingProposal> result = new ArrayList<>();
        for (CSVRecord r : DemoFile.records(in)) {
            String budget = r.get("net_budget");
            result.add(new SavingProposal(
                    0,
                    r.get("department"),
                    r.get("service_area"),
                    budget.isBlank() ? null : new BigDecimal(budget),
                    r.get("description"),
                    numbers(r.get("agreed_values")),
                    ProgressStatus.valueOf(r.get("status").toUpperCase(Locale.ROOT)),
                    r.get("comments")));
        }
        return result;
    }

    private static List<BigDecimal> numbers(String cells) {
        if (cells == null || cells.isEmpty()) {
            return List.of();
        }
        List<BigDecimal> values = new ArrayList<>();
        for (String cell : cells.split("\\|", -1)) {
            values.add(cell.isBlank() ? null : new BigDecimal(cell.trim()));
        }
        return values;
    }
}
