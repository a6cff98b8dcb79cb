package org.scrutineer.performance.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The unit an indicator is measured in, and how its figures are printed. */
public enum Unit {
    PERCENT("percentage"),
    RATE_PER_100000("rate per 100,000"),
    YEARS("years"),
    COUNT("count"),
    RATIO("ratio");

    private final String words;

    Unit(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Prints a figure as the seed does: the precision it was given, thousands separated, % for percentages. */
    public String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        int scale = Math.max(0, value.scale());
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        String number = f.format(value);
        return this == PERCENT ? number + "%" : number;
    }

    public static Unit fromCode(String code) {
        return Codes.parse(Unit.class, code, "unit");
    }
}
