package org.scrutineer.benchmarking.domain;

/**
 * One row of a Fingertips download as imported: what the file says, nothing worked out. Numbers the file leaves blank
 * are null; text it leaves blank is "".
 */
public record Observation(
        String areaCode,
        String areaName,
        String areaType,
        String parentCode,
        String period,
        long periodSortable,
        String sex,
        String age,
        String categoryType,
        String category,
        Double value,
        Double lower95,
        Double upper95,
        Double lower998,
        Double upper998,
        Double count,
        Double denominator,
        String valueNote,
        String recentTrendInFile,
        String comparedToEnglandInFile,
        String comparedToRegionInFile) {

    /** What makes two rows of one indicator the same figure, less the area: the series it belongs to and its period. */
    public record Slice(String period, String sex, String age, String categoryType, String category) {}

    public Slice slice() {
        return new Slice(period, sex, age, categoryType, category);
    }

    /** One area's time series within an indicator. */
    public record Series(String areaCode, String sex, String age, String categoryType, String category) {}

    public Series series() {
        return new Series(areaCode, sex, age, categoryType, category);
    }
}
