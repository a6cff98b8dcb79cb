package org.scrutineer.workforce.domain;

/** The five ethnic groups the SC-WRES reports by, and "not known", which every comparison leaves out. */
public enum EthnicGroup {
    WHITE("White"),
    MIXED("Mixed or multiple ethnic groups"),
    ASIAN("Asian or Asian British"),
    BLACK("Black, African, Caribbean or Black British"),
    OTHER("Other ethnic group"),
    NOT_KNOWN("Not known");

    private final String words;

    EthnicGroup(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Black, Asian and minority ethnic: the numerator group of every relative likelihood. */
    public boolean minoritised() {
        return this != WHITE && this != NOT_KNOWN;
    }

    public static java.util.Optional<EthnicGroup> fromCode(String code) {
        String c = code == null
                ? ""
                : code.trim()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-')
                        .replace(' ', '-');
        for (EthnicGroup g : values()) {
            if (g.code().equals(c)) {
                return java.util.Optional.of(g);
            }
        }
        return Ethnicity.fromCode(c).map(Ethnicity::group);
    }
}
