package org.scrutineer.performance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.platform.web.NotFound;

/** A quarter in a web address: "Q1 2025/26" is written q1-2025-26, since a slash cannot sit inside a path segment. */
final class QuarterSlug {
    private static final Pattern SLUG = Pattern.compile("q([1-4])-(\\d{4})-(\\d{2})");

    private QuarterSlug() {}

    public static String of(String quarterLabel) {
        return quarterLabel.toLowerCase().replace(' ', '-').replace('/', '-');
    }

    /** A quarter typed or passed as a label (Q1 2025/26); anything else is not found. */
    public static Period fromLabel(String label) {
        try {
            Period p = Period.parse(label);
            if (p.kind() == org.scrutineer.performance.domain.PeriodKind.QUARTER) {
                return p;
            }
        } catch (IllegalArgumentException e) {
            throw new NotFound(e.getMessage());
        }
        throw new NotFound("'" + label + "' is not a quarter, such as Q1 2025/26");
    }

    public static Period parse(String slug) {
        Matcher m = SLUG.matcher(slug.toLowerCase());
        if (!m.matches()) {
            throw new NotFound("No quarter '" + slug + "': write it like q1-2025-26");
        }
        try {
            return Period.parse("Q" + m.group(1) + " " + m.group(2) + "/" + m.group(3));
        } catch (IllegalArgumentException e) {
            throw new NotFound(e.getMessage());
        }
    }
}
