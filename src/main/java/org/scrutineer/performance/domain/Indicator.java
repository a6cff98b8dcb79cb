package org.scrutineer.performance.domain;

/** A key performance indicator as the council defines it. */
public record Indicator(
        long id,
        String ref,
        String serviceAreaCode,
        String measure,
        String definition,
        Unit unit,
        Polarity polarity,
        String frequency,
        String dataSource,
        Projection projection) {}
