package org.scrutineer.performance.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One recorded figure of an indicator: its period, value (absent when not yet available) and status. */
public record Figure(Period period, BigDecimal value, ValueStatus status) {
    public Figure {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        if (status == ValueStatus.NOT_AVAILABLE && value != null) {
            throw new IllegalArgumentException("a figure that is not yet available has no value");
        }
        if (status != ValueStatus.NOT_AVAILABLE && value == null) {
            throw new IllegalArgumentException("a " + status.words() + " figure needs a value");
        }
    }

    public static Figure of(String period, String value) {
        return new Figure(Period.parse(period), new BigDecimal(value), ValueStatus.FINAL);
    }

    public boolean available() {
        return status != ValueStatus.NOT_AVAILABLE;
    }
}
