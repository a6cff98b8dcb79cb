package org.scrutineer.workforce.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The 19 ethnicities of the Census 2021 list the SC-WRES collects by, and "not known", each in its group. Scrutineer
 * keeps a return's counts by group: an import may give a category, whose count joins its group's.
 */
enum Ethnicity {
    WHITE_BRITISH("English, Welsh, Scottish, Northern Irish or British", EthnicGroup.WHITE),
    WHITE_IRISH("Irish", EthnicGroup.WHITE),
    WHITE_GYPSY_TRAVELLER("Gypsy or Irish Traveller", EthnicGroup.WHITE),
    WHITE_ROMA("Roma", EthnicGroup.WHITE),
    WHITE_OTHER("Any other White background", EthnicGroup.WHITE),
    MIXED_WHITE_BLACK_CARIBBEAN("White and Black Caribbean", EthnicGroup.MIXED),
    MIXED_WHITE_BLACK_AFRICAN("White and Black African", EthnicGroup.MIXED),
    MIXED_WHITE_ASIAN("White and Asian", EthnicGroup.MIXED),
    MIXED_OTHER("Any other Mixed or multiple ethnic background", EthnicGroup.MIXED),
    ASIAN_INDIAN("Indian", EthnicGroup.ASIAN),
    ASIAN_PAKISTANI("Pakistani", EthnicGroup.ASIAN),
    ASIAN_BANGLADESHI("Bangladeshi", EthnicGroup.ASIAN),
    ASIAN_CHINESE("Chinese", EthnicGroup.ASIAN),
    ASIAN_OTHER("Any other Asian background", EthnicGroup.ASIAN),
    BLACK_AFRICAN("African", EthnicGroup.BLACK),
    BLACK_CARIBBEAN("Caribbean", EthnicGroup.BLACK),
    BLACK_OTHER("Any other Black, Black British or Caribbean background", EthnicGroup.BLACK),
    OTHER_ARAB("Arab", EthnicGroup.OTHER),
    OTHER_ANY("Any other ethnic group", EthnicGroup.OTHER),
    NOT_KNOWN("Not known", EthnicGroup.NOT_KNOWN);

    private final String words;
    private final EthnicGroup group;

    Ethnicity(String words, EthnicGroup group) {
        this.words = words;
        this.group = group;
    }

    public String words() {
        return words;
    }

    public EthnicGroup group() {
        return group;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Ethnicity> fromCode(String code) {
        String c = code == null
                ? ""
                : code.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Ethnicity e : values()) {
            if (e.code().equals(c)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
