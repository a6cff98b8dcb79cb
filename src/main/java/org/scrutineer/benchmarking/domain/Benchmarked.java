package org.scrutineer.benchmarking.domain;

/**
 * A row with everything derived from it: the intervals used (the file's, or computed where it has none), each
 * comparison, the recent trend to this point, the quintile, and whether the file's own comparison with England
 * disagrees with Scrutineer's (a data-quality finding).
 */
public record Benchmarked(
        Observation row,
        Interval ci95,
        Interval ci998,
        boolean intervalsComputed,
        Comparison comparedToEngland,
        Comparison comparedToRegion,
        Comparison comparedToPeers,
        Comparison comparedToEnglandInFile,
        Trend recentTrend,
        Integer quintile) {

    /** The file compared this row with England in other words than Scrutineer's rule gives. */
    public boolean disagrees() {
        return comparedToEnglandInFile != null
                && comparedToEnglandInFile != Comparison.NOT_COMPARED
                && comparedToEngland != Comparison.NOT_COMPARED
                && comparedToEnglandInFile != comparedToEngland;
    }

    public Interval at(Level level) {
        return level == Level.P95 ? ci95 : ci998;
    }
}
