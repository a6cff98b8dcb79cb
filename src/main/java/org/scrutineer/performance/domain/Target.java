package org.scrutineer.performance.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A target value for an indicator, for a period or standing (no period). */
public record Target(Period period, BigDecimal value) {
    public Target {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
    }

    public static Target of(String period, String value) {
        return new Target(Period.parse(period), new BigDecimal(value));
    }
}
