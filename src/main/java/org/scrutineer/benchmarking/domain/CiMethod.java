package org.scrutineer.benchmarking.domain;

/** How an interval is worked out from a count and a denominator (see {@link ConfidenceIntervals}). */
public enum CiMethod {
    WILSON("wilson"),
    BYAR("byar"),
    EXACT_POISSON("exact-poisson"),
    DOBSON("dobson");

    private final String code;

    CiMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static CiMethod fromCode(String code) {
        return Codes.find(values(), code, CiMethod::code, "confidence interval method");
    }
}
