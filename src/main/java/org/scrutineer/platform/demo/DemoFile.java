package org.scrutineer.platform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.modulith.NamedInterface;

/** A demo CSV file on the classpath, read whole: the demo is small and a missing file is a build mistake. */
@NamedInterface("demo")
public final class DemoFile {
    private DemoFile() {}

    public static List<CSVRecord> records(String path) {
        try (InputStream in = DemoFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Demo file missing: " + path);
            }
            return records(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record of a CSV file with a header row, UTF-8. */
    public static List<CSVRecord> records(InputStream in) {
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(in, StandardCharsets.UTF_8),
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A "|"-separated list cell; empty for a blank cell. */
    public static List<String> list(String cell) {
        return cell == null || cell.isBlank()
                ? List.of()
                : java.util.Arrays.stream(cell.split("\\s*\\|\\s*"))
                        .map(String::trim)
                        .toList();
    }
}
