package org.scrutineer.performance.domain;

/** A progress or direction-of-travel symbol, always printed with its name so colour is never the only signal. */
public enum Symbol {
    GREEN("Green"),
    AMBER("Amber"),
    RED("Red"),
    NOT_APPLICABLE("N/A");

    private final String label;

    Symbol(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return "symbol--" + name().toLowerCase().replace('_', '-');
    }

    public static Symbol fromCode(String code) {
        if (code != null && code.trim().equalsIgnoreCase("n/a")) {
            return NOT_APPLICABLE;
        }
        return Codes.parse(Symbol.class, code, "symbol");
    }
}
