package org.scrutineer.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.finance.domain.Amounts;
import org.scrutineer.finance.domain.RevenueStatement;
import org.scrutineer.finance.domain.RowKind;
import org.scrutineer.finance.domain.Section;
import org.scrutineer.finance.domain.StatementRow;

/**
 * Reads revenue budget statements from CSV ({@code department,as_at,position,section,label,kind,annual_budget,
 * budget_to_date,actual_spend,variance,forecast_outturn}), rows exactly as printed, one statement per department and date.
 */
final class StatementFile {
    private StatementFile() {}

    public static List<RevenueStatement> read(InputStream in) {
        Map<String, List<StatementRow>> rows = new LinkedHashMap<>();
        Map<String, String[]> heads = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(in, StandardCharsets.UTF_8),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setTrim(true)
                        .get())) {
            for (CSVRecord r : parser) {
                String key = r.get("department") + "\u0000" + r.get("as_at");
                heads.putIfAbsent(key, new String[] {r.get("department"), r.get("as_at")});
                rows.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new StatementRow(
                                Integer.parseInt(r.get("position")),
                                Section.valueOf(r.get("section").toUpperCase(Locale.ROOT)),
                                r.get("label"),
                                RowKind.valueOf(r.get("kind").toUpperCase(Locale.ROOT)),
                                new Amounts(
                                        num(r, "annual_budget"),
                                        num(r, "budget_to_date"),
                                        num(r, "actual_spend"),
                                        num(r, "variance"),
                                        num(r, "forecast_outturn"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<RevenueStatement> result = new ArrayList<>();
        heads.forEach((key, h) -> result.add(new RevenueStatement(h[0], LocalDate.parse(h[1]), rows.get(key))));
        return result;
    }

    private static Long num(CSVRecord r, String column) {
        String v = r.get(column);
        return v == null || v.isBlank() ? null : Long.parseLong(v);
    }
}
