package org.scrutineer.workforce.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A relative likelihood: the proportion of Black, Asian and minority ethnic staff with an outcome divided by the
 * proportion of white staff with it (the numerator is the minoritised group, as the national and Halton reports state
 * it), to two decimals. 1.00 is equality. When no minoritised staff had the outcome it is 0.00; when no white staff had
 * it, or a group has no staff at all, it cannot be computed (a division by zero), and says why.
 */
public record Likelihood(Status status, BigDecimal value, String reason) {
    public enum Status {
        COMPUTED,
        NOT_PROVIDED,
        CANNOT_BE_COMPUTED
    }

    /** Outside 0.80 to 1.25 the methodology suggests monitoring and priority for policy action. */
    public static final BigDecimal LOWER = new BigDecimal("0.80");

    public static final BigDecimal UPPER = new BigDecimal("1.25");

    public static Likelihood notProvided() {
        return new Likelihood(Status.NOT_PROVIDED, null, "not provided");
    }

    public static Likelihood of(int minoritisedOutcome, int minoritisedBase, int whiteOutcome, int whiteBase) {
        if (minoritisedBase == 0) {
            return new Likelihood(
                    Status.CANNOT_BE_COMPUTED,
                    null,
                    "cannot be computed: there are no Black, Asian or minority ethnic staff in the base");
        }
        if (whiteBase == 0) {
            return new Likelihood(
                    Status.CANNOT_BE_COMPUTED, null, "cannot be computed: there are no white staff in the base");
        }
        if (whiteOutcome == 0) {
            return new Likelihood(
                    Status.CANNOT_BE_COMPUTED,
                    null,
                    "cannot be computed: no white staff had this outcome (a division by zero)");
        }
        if (minoritisedOutcome == 0) {
            return new Likelihood(
                    Status.COMPUTED,
                    new BigDecimal("0.00"),
                    "no Black, Asian or minority ethnic staff had this outcome");
        }
        // (a / A) / (w / W) = a W / (A w), exact until the one rounding to two decimals
        BigDecimal top = BigDecimal.valueOf((long) minoritisedOutcome * whiteBase);
        BigDecimal bottom = BigDecimal.valueOf((long) minoritisedBase * whiteOutcome);
        return new Likelihood(Status.COMPUTED, top.divide(bottom, 2, RoundingMode.HALF_UP), "");
    }

    /** A likelihood as another report printed it, such as the national figure. */
    public static Likelihood printedAs(BigDecimal value) {
        return new Likelihood(Status.COMPUTED, value.setScale(2, RoundingMode.HALF_UP), "");
    }

    public boolean computed() {
        return status == Status.COMPUTED;
    }

    /**
     * Inside the band 0.80 to 1.25, both edges included ("less than 0.80 or more than 1.25" is outside). The band is
     * read from the printed two decimals, so the words always agree with the figure shown.
     */
    public boolean withinBand() {
        return computed() && value.compareTo(LOWER) >= 0 && value.compareTo(UPPER) <= 0;
    }

    /** The interpretation the methodology gives; empty when there is no figure. */
    public String interpretation() {
        if (!computed()) {
            return "";
        }
        return withinBand()
                ? "No notable difference (within 0.80 to 1.25)"
                : "Consider monitoring and priority for policy action (outside 0.80 to 1.25)";
    }

    /** "1.20" reads "20% more likely", "0.80" "20% less likely", "1.00" "equally likely". */
    public String comparison() {
        if (!computed()) {
            return reason;
        }
        int percent = value.subtract(BigDecimal.ONE)
                .movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP)
                .intValue();
        if (percent == 0) {
            return "equally likely";
        }
        return Math.abs(percent) + "% " + (percent > 0 ? "more" : "less") + " likely";
    }

    /** The figure as printed: "0.44", or the reason there is none. */
    public String printed() {
        return computed() ? value.toPlainString() : reason;
    }
}
