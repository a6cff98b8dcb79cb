package org.scrutineer.benchmarking;

import java.util.Arrays;
import java.util.List;
import org.scrutineer.benchmarking.domain.Observation;
import org.scrutineer.platform.imports.RowError;
import org.scrutineer.platform.imports.RowErrors;
import org.scrutineer.platform.imports.TabularFile;

/**
 * One checked row of Fingertips' standard download ("Fingertips → Download → data"), its 26 columns as Fingertips
 * names them. Quirks of real files that are not errors: a row one trailing column short ("Compared to goal" missing),
 * blank intervals, a blank value with a value note, category rows (deprivation deciles and the like).
 */
record FingertipsRow(
        int indicatorId,
        String indicatorName,
        String parentName,
        String newData,
        String comparedToGoal,
        Observation observation,
        String[] numbers) {

    /**
     * The text of the value, the four limits, the count and the denominator as the file writes them, checked: sent to
     * COPY as they are, which PostgreSQL reads to the same number as Java does, without writing each number anew.
     */
    String number(int i) {
        return numbers[i];
    }

    static final List<String> COLUMNS = List.of(
            "indicator id",
            "indicator name",
            "parent code",
            "parent name",
            "area code",
            "area name",
            "area type",
            "sex",
            "age",
            "category type",
            "category",
            "time period",
            "value",
            "lower ci 95.0 limit",
            "upper ci 95.0 limit",
            "lower ci 99.8 limit",
            "upper ci 99.8 limit",
            "count",
            "denominator",
            "value note",
            "recent trend",
            "compared to england value or percentiles",
            "compared to region value or percentiles",
            "time period sortable",
            "new data",
            "compared to goal");

    private static final int LONGEST_TEXT = 1000;

    /** The row, or null after adding each of its errors to {@code errors}. */
    static FingertipsRow check(int line, TabularFile.Cells cells, RowErrors errors) {
        int before = errors.size();
        String[] cell = new String[COLUMNS.size()]; // each cell looked up and trimmed once
        for (int i = 0; i < cell.length; i++) {
            cell[i] = cells.get(COLUMNS.get(i));
        }
        String idText = cell[0];
        int id = 0;
        if (idText.isEmpty()) {
            errors.add(new RowError(line, "Indicator ID", "The indicator ID is empty"));
        } else {
            try {
                id = Integer.parseInt(idText.endsWith(".0") ? idText.substring(0, idText.length() - 2) : idText);
                if (id <= 0) {
                    errors.add(new RowError(
                            line,
                            "Indicator ID",
                            "'" + idText + "' is not an indicator ID: expected a whole number above 0"));
                }
            } catch (NumberFormatException e) {
                errors.add(new RowError(
                        line,
                        "Indicator ID",
                        "'" + idText + "' is not an indicator ID: expected a whole number like 90366"));
            }
        }
        String name = required(line, cell[1], "Indicator Name", errors);
        String areaCode = required(line, cell[4], "Area Code", errors);
        if (!areaCode.isEmpty()
                && (areaCode.length() > 20
                        || areaCode.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '-' && c != '_'))) {
            errors.add(new RowError(
                    line, "Area Code", "'" + areaCode + "' is not an area code: expected an ONS code like E06000006"));
        }
        String areaName = required(line, cell[5], "Area Name", errors);
        String areaType = required(line, cell[6], "Area Type", errors);
        String sex = required(line, cell[7], "Sex", errors);
        String age = required(line, cell[8], "Age", errors);
        String period = required(line, cell[11], "Time period", errors);
        String sortableText = cell[23];
        long sortable = 0;
        if (sortableText.isEmpty()) {
            errors.add(new RowError(
                    line,
                    "Time period Sortable",
                    "The sortable time period is empty: Fingertips writes it as 8 digits like 20220000"));
        } else if (!sortableText.chars().allMatch(Character::isDigit) || sortableText.length() > 12) {
            errors.add(new RowError(
                    line,
                    "Time period Sortable",
                    "'" + sortableText + "' is not a sortable time period: expected digits like 20220000"));
        } else {
            sortable = Long.parseLong(sortableText);
        }
        Double value = number(line, cell[12], "Value", errors);
        Double lower95 = number(line, cell[13], "Lower CI 95.0 limit", errors);
        Double upper95 = number(line, cell[14], "Upper CI 95.0 limit", errors);
        Double lower998 = number(line, cell[15], "Lower CI 99.8 limit", errors);
        Double upper998 = number(line, cell[16], "Upper CI 99.8 limit", errors);
        Double count = number(line, cell[17], "Count", errors);
        Double denominator = number(line, cell[18], "Denominator", errors);
        pair(line, lower95, upper95, "95.0", errors);
        pair(line, lower998, upper998, "99.8", errors);
        if (count != null && count < 0) {
            errors.add(new RowError(line, "Count", "The count cannot be negative"));
        }
        if (denominator != null && denominator < 0) {
            errors.add(new RowError(line, "Denominator", "The denominator cannot be negative"));
        }
        for (int i = 0; i < cell.length; i++) {
            if (cell[i].length() > LONGEST_TEXT && i != 1) { // a long indicator name is no error
                errors.add(
                        new RowError(line, COLUMNS.get(i), "The cell has more than " + LONGEST_TEXT + " characters"));
            }
        }
        if (errors.size() != before) {
            return null;
        }
        Observation o = new Observation(
                areaCode,
                areaName,
                areaType,
                cell[2],
                period,
                sortable,
                sex,
                age,
                cell[9],
                cell[10],
                value,
                lower95,
                upper95,
                lower998,
                upper998,
                count,
                denominator,
                cell[19],
                cell[20],
                cell[21],
                cell[22]);
        return new FingertipsRow(
                id, name, cell[3], cell[24], cell[25], o, Arrays.copyOfRange(cell, 12, 19)); // value to denominator
    }

    private static String required(int line, String text, String heading, RowErrors errors) {
        if (text.isEmpty()) {
            errors.add(new RowError(line, heading, "The " + heading + " is empty"));
        }
        return text;
    }

    private static Double number(int line, String text, String heading, RowErrors errors) {
        if (text.isEmpty()) {
            return null;
        }
        Double d = plainNumber(text);
        if (d != null && Double.isFinite(d)) {
            return d;
        }
        errors.add(
                new RowError(line, heading, "'" + text + "' is not a number (write e.g. 12.34, without commas or %)"));
        return null;
    }

    /**
     * The number, if the text is digits with at most a sign, a point and an exponent: what Fingertips writes (Java
     * would also take "NaN", "0x1p3"); else null.
     */
    static Double plainNumber(String text) {
        if (text.length() > 40) {
            return null;
        }
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return null;
            }
        }
        if (!digit) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void pair(int line, Double lower, Double upper, String level, RowErrors errors) {
        if ((lower == null) != (upper == null)) {
            errors.add(new RowError(
                    line,
                    (lower == null ? "Lower" : "Upper") + " CI " + level + " limit",
                    "The " + level + "% interval has only one limit: give both, or leave both blank"));
        } else if (lower != null && lower > upper) {
            errors.add(new RowError(
                    line,
                    "Lower CI " + level + " limit",
                    "The lower " + level + "% limit (" + lower + ") is above the upper (" + upper + ")"));
        }
    }
}
