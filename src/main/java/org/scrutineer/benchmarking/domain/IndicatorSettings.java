package org.scrutineer.benchmarking.domain;

/** What an officer sets for an indicator; every derived figure follows from these and the imported rows. */
public record IndicatorSettings(
        Polarity polarity, ValueType valueType, double multiplier, CiMethod ciMethod, Level comparisonLevel) {
    public static final java.util.List<Double> MULTIPLIERS =
            java.util.List.of(1.0, 100.0, 1_000.0, 10_000.0, 100_000.0);

    public IndicatorSettings {
        if (!MULTIPLIERS.contains(multiplier)) {
            throw new IllegalArgumentException(
                    "'" + multiplier + "' is not a multiplier: expected 1, 100, 1000, 10000 or 100000");
        }
    }

    /** Until an officer says otherwise: no judgement, the value type guessed from the file, compared at 95%. */
    public static IndicatorSettings guessed(ValueType type, double multiplier) {
        return new IndicatorSettings(Polarity.NO_JUDGEMENT, type, multiplier, type.usualMethod(), Level.P95);
    }

    /**
     * A first guess at an indicator's value type and multiplier from one row that has a value, a count and a
     * denominator: a value that is the count over the denominator times 100 is a percentage; else a rate per the
     * power of ten that makes it so (1,000, 100,000...). Officers correct it on the settings form.
     */
    public static IndicatorSettings guess(Double value, Double count, Double denominator) {
        if (value == null || count == null || denominator == null || denominator <= 0 || count <= 0) {
            return guessed(ValueType.PROPORTION, 100);
        }
        double ratio = value / (count / denominator);
        for (double m : MULTIPLIERS) {
            if (Math.abs(ratio - m) <= m * 0.02) {
                return guessed(m == 100 && count <= denominator ? ValueType.PROPORTION : ValueType.CRUDE_RATE, m);
            }
        }
        // not a plain ratio of the two: most often a directly standardised rate per 100,000
        return guessed(ValueType.DIRECTLY_STANDARDISED_RATE, 100_000);
    }
}
