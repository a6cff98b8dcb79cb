package org.scrutineer.performance.domain;

/**
 * How an in-year or provisional figure is projected to the year end when judging progress.
 * NONE: too early to say (Amber). YEAR_TO_DATE: the year-to-date figure is taken as the projected outturn.
 */
public enum Projection {
    NONE,
    YEAR_TO_DATE;

    public static Projection fromCode(String code) {
        return Codes.parse(Projection.class, code, "projection");
    }
}
