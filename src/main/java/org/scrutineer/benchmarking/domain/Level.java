package org.scrutineer.benchmarking.domain;

import org.apache.commons.math3.distribution.NormalDistribution;

/** The two confidence levels public health uses: 95% and 99.8% (roughly two and three standard deviations). */
public enum Level {
    P95("95", 0.95),
    P998("99.8", 0.998);

    private final String code;
    private final double confidence;
    private final double z;

    Level(String code, double confidence) {
        this.code = code;
        this.confidence = confidence;
        this.z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(confidence + (1 - confidence) / 2);
    }

    public String code() {
        return code;
    }

    public double confidence() {
        return confidence;
    }

    /** The standard normal quantile for a two-sided interval at this level (1.959964 for 95%). */
    public double z() {
        return z;
    }

    /** 95 or 99.8, as the API writes it; 95.0 and 0.95 are read too. */
    public static Level fromNumber(double number) {
        if (number == 95 || number == 0.95) {
            return P95;
        }
        if (number == 99.8 || number == 0.998) {
            return P998;
        }
        throw new IllegalArgumentException("'" + number + "' is not a comparison level: expected 95 or 99.8");
    }
}
