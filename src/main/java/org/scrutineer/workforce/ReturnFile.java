package org.scrutineer.workforce;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.platform.imports.ImportRejected;
import org.scrutineer.platform.imports.RowError;
import org.scrutineer.platform.imports.RowErrors;
import org.scrutineer.platform.imports.TabularFile;
import org.scrutineer.workforce.domain.Breakdown;
import org.scrutineer.workforce.domain.EthnicGroup;
import org.scrutineer.workforce.domain.Measure;

/**
 * A return's counts in a CSV or XLSX file, one row per measure: measure, white, mixed, asian, black, other, not-known,
 * total. A blank cell is "not provided", 0 is zero. Read whole or refused whole, every row error listed; the check of
 * the figures against each other comes after, on the return (ReturnCheck).
 */
final class ReturnFile {
    static final List<String> COLUMNS =
            List.of("measure", "white", "mixed", "asian", "black", "other", "not-known", "total");

    private ReturnFile() {}

    public static Map<Measure, Breakdown> read(String fileName, InputStream input) {
        RowErrors errors = new RowErrors();
        Map<Measure, Breakdown> measures = new EnumMap<>(Measure.class);
        Map<Measure, Integer> lines = new HashMap<>();
        TabularFile.readRows(fileName, input, COLUMNS, errors, (line, c) -> {
            var measure = Measure.fromCode(c.get("measure"));
            if (measure.isEmpty()) {
                errors.add(new RowError(
                        line,
                        "measure",
                        "'" + c.get("measure") + "' is not a measure: use one of "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(Measure.values())
                                                .map(Measure::code)
                                                .toList())));
                return;
            }
            Integer earlier = lines.putIfAbsent(measure.get(), line);
            if (earlier != null) {
                errors.add(new RowError(
                        line, "measure", "Duplicate row: " + measure.get().code() + " is already on line " + earlier));
                return;
            }
            int before = errors.size();
            Map<EthnicGroup, Integer> counts = new EnumMap<>(EthnicGroup.class);
            for (EthnicGroup g : EthnicGroup.values()) {
                Integer n = count(errors, line, g.code(), c.get(g.code()));
                if (n != null) {
                    counts.put(g, n);
                }
            }
            Integer total = count(errors, line, "total", c.get("total"));
            if (errors.size() == before) {
                measures.put(measure.get(), new Breakdown(counts, total));
            }
        });
        if (errors.isEmpty() && measures.isEmpty()) {
            errors.add(new RowError(2, "", "The file has a header but no data rows"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(fileName, errors);
        }
        return measures;
    }

    /** A blank cell is "not provided" (null); otherwise a whole number of 0 or more, else an error naming the cell. */
    static Integer count(RowErrors errors, int line, String column, String text) {
        String t = text.replace(",", "").trim();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("[0-9]{1,7}(\\.0+)?")) {
            errors.add(
                    new RowError(
                            line,
                            column,
                            "'" + text
                                    + "' is not a count: enter a whole number of 0 or more, or leave the cell blank if not provided"));
            return null;
        }
        return Integer.valueOf(t.replaceAll("\\.0+$", ""));
    }
}
