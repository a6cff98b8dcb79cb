package org.scrutineer.benchmarking;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fingertips downloads built in the tests, in the 26 columns and the quirks of real ones. The figures are made up
 * for the tests: there is no Fingertips file among the seeds and no internet to download one.
 */
public final class FingertipsFiles {
    public static final String HEADER =
            "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,"
                    + "Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,"
                    + "Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,"
                    + "Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal";

    private FingertipsFiles() {}

    /**
     * One indicator (a percentage) over five years for England, the North West and Halton, with: a name holding a
     * line break in quotes, Halton's rows without intervals but with count and denominator, Halton's last row saying
     * "Better" where Fingertips' rule on these figures says otherwise, a row one trailing column short, a blank value
     * with a value note, and category rows (deprivation deciles).
     */
    public static List<String> quirky(int id) {
        return quirky(id, "Percentage of adults\nwho are physically active");
    }

    public static List<String> quirky(int id, String indicatorName) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        String name = "\"" + indicatorName + "\"";
        for (int year = 0; year < 5; year++) {
            String period = (2019 + year) + "/" + String.format("%02d", (20 + year) % 100);
            String sortable = (2019 + year) + "0000";
            // England: 40%, with its intervals
            rows.add(id + "," + name + ",,,E92000001,England,England,Persons,19+ yrs,,," + period
                    + ",40.0,39.9,40.1,39.8,40.2,400000,1000000,,,,," + sortable + ",,");
            // the North West: 38%, intervals given
            rows.add(id + "," + name
                    + ",E92000001,England,E12000002,North West region (statistical),Regions,Persons,19+ yrs,,," + period
                    + ",38.0,37.5,38.5,37.2,38.8,38000,100000,,,Lower,,"
                    + sortable + ",,");
            // Halton: 50%, 45%... 30% of 100, no intervals; the last year's file comparison says Better
            int count = 50 - 5 * year;
            String said = year == 4 ? "Better" : "";
            rows.add(id + "," + name
                    + ",E12000002,North West region (statistical),E06000006,Halton,Counties & UAs (from Apr 2023),Persons,19+ yrs,,,"
                    + period + "," + count + ".0,,,,," + count + ",100,,," + said + ",," + sortable + ",,");
        }
        // a neighbour with a blank value and a value note, one trailing column short (no "Compared to goal")
        rows.add(id + "," + name
                + ",E12000002,North West region (statistical),E06000007,Warrington,Counties & UAs (from Apr 2023),Persons,19+ yrs,,,"
                + "2023/24,,,,,,,,Value suppressed for disclosure control due to small count,,Not compared,,20230000,");
        // category rows: deprivation deciles of England
        rows.add(id + "," + name
                + ",,,E92000001,England,England,Persons,19+ yrs,County & UA deprivation deciles in England (IMD2019),"
                + "Most deprived decile (IMD2019),2023/24,30.5,30.1,30.9,29.9,31.1,3050,10000,,,,,20230000,,");
        rows.add(id + "," + name
                + ",,,E92000001,England,England,Persons,19+ yrs,County & UA deprivation deciles in England (IMD2019),"
                + "Least deprived decile (IMD2019),2023/24,48.2,47.8,48.6,47.5,48.9,4820,10000,,,,,20230000,,");
        return rows;
    }

    public static byte[] csv(List<String> rows) {
        return (String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The same rows as a workbook (first sheet), each cell as text, as Fingertips' XLSX download holds them. */
    public static byte[] xlsx(List<String> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Data");
            org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(
                    String.join("\r\n", rows), org.apache.commons.csv.CSVFormat.RFC4180);
            int r = 0;
            for (var record : parser) {
                var row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
