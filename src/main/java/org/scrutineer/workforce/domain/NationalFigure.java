package org.scrutineer.workforce.domain;

import java.math.BigDecimal;

/**
 * A relative likelihood from a national SC-WRES report, as printed, for one year and workforce. Where the report
 * prints two values for one figure, the one its executive summary gives is kept and the other is named in the note.
 */
public record NationalFigure(
        String year, Workforce workforce, Indicator indicator, BigDecimal value, String source, String note) {
    public boolean withinBand() {
        return value.compareTo(Likelihood.LOWER) >= 0 && value.compareTo(Likelihood.UPPER) <= 0;
    }
}
