package org.scrutineer.workforce;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scrutineer.platform.web.FormErrors;
import org.scrutineer.workforce.WorkforceReturns.StoredReturn;
import org.scrutineer.workforce.domain.Breakdown;
import org.scrutineer.workforce.domain.EthnicGroup;
import org.scrutineer.workforce.domain.Measure;
import org.scrutineer.workforce.domain.Workforce;

/**
 * The forms of a return and of the action plan, read field by field: a count per measure and ethnic group is the field
 * {@code c-<measure>-<group>}, its stated total {@code c-<measure>-total}. Reading collects what is wrong, in page
 * order; {@link WorkforceEquality} refuses the form if anything is.
 */
final class ReturnForms {
    private ReturnForms() {}

    static final String YEAR = "[0-9]{4}/[0-9]{2}";

    static String field(Measure m, String column) {
        return "c-" + m.code() + "-" + column;
    }

    /** The form of a new return: blank, or filled from an earlier return to start from. */
    static Map<String, String> startingFrom(StoredReturn from) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", "");
        form.put("workforce", "ADULT");
        if (from != null) {
            form.put("year", from.data().year());
            form.put("workforce", from.data().workforce().name());
            from.data().measures().forEach((m, b) -> {
                b.counts().forEach((grp, n) -> form.put(field(m, grp.code()), String.valueOf(n)));
                if (b.statedTotal() != null) {
                    form.put(field(m, "total"), String.valueOf(b.statedTotal()));
                }
            });
        }
        return form;
    }

    /** The year, YYYY/YY, or an error. */
    static String year(FormErrors errors, String text) {
        String year = text.trim();
        if (!year.matches(YEAR)) {
            errors.add("year", "Enter the year of the return as YYYY/YY, for example 2024/25");
        }
        return year;
    }

    /** Adult or children's social care (not the total of both), or an error. */
    static Workforce workforce(FormErrors errors, String text, boolean totalAllowed) {
        try {
            Workforce workforce = Workforce.valueOf(text);
            if (workforce == Workforce.TOTAL && !totalAllowed) {
                throw new IllegalArgumentException();
            }
            return workforce;
        } catch (IllegalArgumentException e) {
            errors.add("workforce", "Choose adult or children's social care");
            return null;
        }
    }

    /** Every measure's counts by ethnic group and stated total; a blank count is not provided. */
    static Map<Measure, Breakdown> counts(FormErrors errors, Map<String, String> params) {
        Map<Measure, Breakdown> counts = new EnumMap<>(Measure.class);
        for (Measure m : Measure.values()) {
            Map<EthnicGroup, Integer> groups = new EnumMap<>(EthnicGroup.class);
            for (EthnicGroup g : EthnicGroup.values()) {
                Integer n = count(errors, params, m, g.code(), g.words());
                if (n != null) {
                    groups.put(g, n);
                }
            }
            Integer total = count(errors, params, m, "total", "total");
            counts.put(m, new Breakdown(groups, total));
        }
        return counts;
    }

    private static Integer count(
            FormErrors errors, Map<String, String> params, Measure m, String column, String words) {
        String name = field(m, column);
        String text = params.getOrDefault(name, "").replace(",", "").trim();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("[0-9]{1,7}")) {
            errors.add(
                    name,
                    m.words() + ", " + words
                            + ": enter a whole number of 0 or more, or leave it blank if not provided");
            return null;
        }
        return Integer.valueOf(text);
    }

    /** A due date, YYYY-MM-DD, or none when blank. */
    static LocalDate date(FormErrors errors, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "Enter the due date as YYYY-MM-DD, for example 2026-03-31");
            return null;
        }
    }
}
