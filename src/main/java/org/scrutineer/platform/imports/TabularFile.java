package org.scrutineer.platform.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.modulith.NamedInterface;

/**
 * Reads an uploaded CSV or XLSX file row by row, so that every feature's import shares one way of reading files.
 * The first row names the columns; names are compared trimmed and in lower case. Both are read as streams: a workbook
 * through {@link XlsxSheet}, with bounds on what it unzips to. A large file waits for any other at the
 * {@link ImportGate}. A cell holding a NUL character (U+0000), which PostgreSQL cannot store as text, is an error of
 * its row and column like any other.
 */
@NamedInterface("imports")
public final class TabularFile {
    private TabularFile() {}

    /** Receives the header, then each data row with its line number (the header is line 1). */
    public interface RowHandler {
        void header(List<String> columns);

        void row(int line, List<String> cells);
    }

    @SuppressWarnings("try") // the pass is held, not used: it keeps other large imports out until this one ends
    public static void read(String fileName, InputStream input, RowHandler handler) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
                try (ImportGate.Pass pass = ImportGate.enter(fileName)) {
                    XlsxSheet.read(fileName, input, handler);
                }
            } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16);
                buffered.mark(ImportGate.LARGE_BYTES + 1);
                boolean large = buffered.readNBytes(ImportGate.LARGE_BYTES + 1).length > ImportGate.LARGE_BYTES;
                buffered.reset();
                if (large) {
                    try (ImportGate.Pass pass = ImportGate.enter(fileName)) {
                        readCsv(fileName, buffered, handler);
                    }
                } else {
                    readCsv(fileName, buffered, handler);
                }
            } else {
                throw ImportRejected.single(fileName, "The file must be a CSV (.csv) or an Excel workbook (.xlsx)");
            }
        } catch (IOException e) {
            throw ImportRejected.single(fileName, "The file could not be read: " + e.getMessage());
        }
    }

    /** A data row's cells, looked up by column name. */
    public record Cells(Map<String, Integer> at, List<String> values) {
        /** The trimmed text of a column, or "" when the row is shorter. */
        public String get(String column) {
            return cell(values, at.get(column));
        }
    }

    /** Receives each data row of a file whose header has been checked. */
    public interface RowReader {
        void row(int line, Cells cells);
    }

    /**
     * Reads a file whose header must have exactly {@code columns} (in any order), handing over each data row. A row
     * with a NUL character in one of those columns is not handed over: its error is added to {@code errors}.
     * Returns how many data rows there were.
     */
    public static int readRows(
            String fileName, InputStream input, List<String> columns, RowErrors errors, RowReader reader) {
        Map<String, Integer> at = new HashMap<>();
        int[][] positions = {null};
        int[] count = {0};
        read(fileName, input, new RowHandler() {
            @Override
            public void header(List<String> names) {
                if (names.stream().anyMatch(TabularFile::hasNul)) {
                    throw new ImportRejected(fileName, List.of(new RowError(1, "", NUL)));
                }
                positions[0] = positions(fileName, names, columns);
                for (int i = 0; i < columns.size(); i++) {
                    at.put(columns.get(i), positions[0][i]);
                }
            }

            @Override
            public void row(int line, List<String> cells) {
                count[0]++;
                boolean clean = true;
                for (int i = 0; i < columns.size(); i++) {
                    if (hasNul(cell(cells, positions[0][i]))) {
                        errors.add(new RowError(line, columns.get(i), NUL));
                        clean = false;
                    }
                }
                if (clean) {
                    reader.row(line, new Cells(at, cells));
                }
            }
        });
        return count[0];
    }

    static final String NUL =
            "The cell holds a NUL character (U+0000), which cannot be stored: remove it and upload the file again";

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** Checks the header has exactly the expected columns (in any order) and returns each column's position. */
    public static int[] positions(String fileName, List<String> header, List<String> expected) {
        List<String> names = header.stream()
                .map(h -> h == null ? "" : h.trim().toLowerCase(Locale.ROOT))
                .toList();
        List<String> missing = expected.stream().filter(c -> !names.contains(c)).toList();
        List<String> unexpected = names.stream()
                .filter(c -> !c.isEmpty() && !expected.contains(c))
                .toList();
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            String reason = "The columns must be " + String.join(", ", expected) + "."
                    + (missing.isEmpty() ? "" : " Missing: " + String.join(", ", missing) + ".")
                    + (unexpected.isEmpty() ? "" : " Not expected: " + String.join(", ", unexpected) + ".");
            throw new ImportRejected(fileName, List.of(new RowError(1, "", reason)));
        }
        return expected.stream().mapToInt(names::indexOf).toArray();
    }

    private static void readCsv(String fileName, BufferedInputStream input, RowHandler handler) throws IOException {
        Reader reader = new InputStreamReader(skipByteOrderMark(input), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (first) {
                    handler.header(cells);
                    first = false;
                } else if (!blank(cells)) {
                    handler.row((int) record.getRecordNumber(), cells);
                }
            }
            if (first) {
                throw ImportRejected.single(fileName, "The file is empty: it has no header row and no data");
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw ImportRejected.single(fileName, "The file is not valid CSV: " + e.getMessage());
        }
    }

    /** The trimmed text of a cell, or "" when the row is shorter. */
    public static String cell(List<String> cells, int index) {
        return index < cells.size() && cells.get(index) != null
                ? cells.get(index).trim()
                : "";
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static InputStream skipByteOrderMark(BufferedInputStream buffered) throws IOException {
        buffered.mark(3);
        byte[] bom = buffered.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }
}
