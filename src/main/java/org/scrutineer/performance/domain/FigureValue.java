package org.scrutineer.performance.domain;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What a figure's or target's value may be, the one rule for the form, the import and the API: a plain decimal number
 * (digits, a point and decimals, a minus sign; no commas, %, or exponent) of at most {@value #WHOLE_DIGITS} digits before
 * the point and {@value #DECIMALS} after. That holds every count, percentage and rate an indicator reports (the demo's
 * have three decimals at most) and the budget figures' twelve digits; the API took {@code 1e400} (401 digits) and
 * thirty-digit numbers that the form and the import refuse.
 */
public final class FigureValue {
    public static final int WHOLE_DIGITS = 12;
    public static final int DECIMALS = 6;
    /** The bound, in words to show the person. */
    public static final String DIGITS =
            "at most " + WHOLE_DIGITS + " digits before the decimal point and " + DECIMALS + " after";

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FigureValue() {}

    /** Whether text is written as a figure is: 2206, 62.2, -0.5; not 2,206, 62%, 1e3. */
    public static boolean isPlainNumber(String text) {
        return text != null && PLAIN.matcher(text).matches();
    }

    /** Whether a number has no more digits than a figure may. */
    public static boolean fits(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        int decimals = Math.max(0, v.scale());
        int whole = v.precision() - v.scale();
        return decimals <= DECIMALS && whole <= WHOLE_DIGITS;
    }
}
