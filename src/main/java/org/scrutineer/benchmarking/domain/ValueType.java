package org.scrutineer.benchmarking.domain;

/** What kind of figure an indicator's value is: it decides which interval method suits it. */
public enum ValueType {
    PROPORTION("proportion", CiMethod.WILSON),
    CRUDE_RATE("crude-rate", CiMethod.BYAR),
    DIRECTLY_STANDARDISED_RATE("directly-standardised-rate", CiMethod.DOBSON),
    COUNT("count", CiMethod.BYAR),
    MEAN("mean", CiMethod.BYAR);

    private final String code;
    private final CiMethod usualMethod;

    ValueType(String code, CiMethod usualMethod) {
        this.code = code;
        this.usualMethod = usualMethod;
    }

    public String code() {
        return code;
    }

    /** The method the PHE/OHID Technical Guide uses for this kind of figure. */
    public CiMethod usualMethod() {
        return usualMethod;
    }

    public static ValueType fromCode(String code) {
        return Codes.find(values(), code, ValueType::code, "value type");
    }
}
