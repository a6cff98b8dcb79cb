package org.scrutineer.benchmarking;

import java.util.List;
import java.util.Locale;
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
        Observation observation) {

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
        String idText = cells.get("indicator id");
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
        String name = required(line, cells, "indicator name", "Indicator Name", errors);
        String areaCode = required(line, cells, "area code", "Area Code", errors);
        if (!areaCode.isEmpty()
                && (areaCode.length() > 20
                        || areaCode.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '-' && c != '_'))) {
            errors.add(new RowError(
                    line, "Area Code", "'" + areaCode + "' is not an area code: expected an ONS code like E06000006"));
        }
        String areaName = required(line, cells, "area name", "Area Name", errors);
        String areaType = required(line, cells, "area type", "Area Type", errors);
        String sex = required(line, cells, "sex", "Sex", errors);
        String age = required(line, cells, "age", "Age", errors);
        String period = required(line, cells, "time period", "Time period", errors);
        String sortableText = cells.get("time period sortable");
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
        Double value = number(line, cells, "value", "Value", errors);
        Double lower95 = number(line, cells, "lower ci 95.0 limit", "Lower CI 95.0 limit", errors);
        Double upper95 = number(line, cells, "upper ci 95.0 limit", "Upper CI 95.0 limit", errors);
        Double lower998 = number(line, cells, "lower ci 99.8 limit", "Lower CI 99.8 limit", errors);
        Double upper998 = number(line, cells, "upper ci 99.8 limit", "Upper CI 99.8 limit", errors);
        Double count = number(line, cells, "count", "Count", errors);
        Double denominator = number(line, cells, "denominator", "Denominator", errors);
        pair(line, lower95, upper95, "95.0", errors);
        pair(line, lower998, upper998, "99.8", errors);
        if (count != null && count < 0) {
            errors.add(new RowError(line, "Count", "The count cannot be negative"));
        }
        if (denominator != null && denominator < 0) {
            errors.add(new RowError(line, "Denominator", "The denominator cannot be negative"));
        }
        for (String column : COLUMNS) {
            if (cells.get(column).length() > LONGEST_TEXT && !column.equals("indicator name")) {
                errors.add(new RowError(line, column, "The cell has more than " + LONGEST_TEXT + " characters"));
            }
        }
        if (errors.size() != before) {
            return null;
        }
        Observation o = new Observation(
                areaCode,
                areaName,
                areaType,
                cells.get("parent code"),
                period,
                sortable,
                sex,
                age,
                cells.get("category type"),
                cells.get("category"),
                value,
                lower95,
                upper95,
                lower998,
                upper998,
                count,
                denominator,
                cells.get("value note"),
                cells.get("recent trend"),
                cells.get("compared to england value or percentiles"),
                cells.get("compared to region value or percentiles"));
        return new FingertipsRow(
                id, name, cells.get("parent name"), cells.get("new data"), cells.get("compared to goal"), o);
    }

    private static String required(int line, TabularFile.Cells cells, String column, String heading, RowErrors errors) {
        String text = cells.get(column);
        if (text.isEmpty()) {
            errors.add(new RowError(line, heading, "The " + heading + " is empty"));
        }
        return text;
    }

    private static Double number(int line, TabularFile.Cells cells, String column, String heading, RowErrors errors) {
        String text = cells.get(column);
        if (text.isEmpty()) {
            return null;
        }
        if (plainNumber(text)) {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d)) {
                return d;
            }
        }
        errors.add(
                new RowError(line, heading, "'" + text + "' is not a number (write e.g. 12.34, without commas or %)"));
        return null;
    }

    /** Digits with at most a sign, a point and an exponent: what Fingertips writes (Java would also take "NaN", "0x1p3"). */
    static boolean plainNumber(String text) {
        if (text.length() > 40) {
            return false;
        }
        String t = text.toLowerCase(Locale.ROOT);
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e') {
                return false;
            }
        }
        if (!digit) {
            return false;
        }
        try {
            Double.parseDouble(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
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
