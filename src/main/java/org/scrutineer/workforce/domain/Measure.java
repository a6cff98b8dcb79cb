package org.scrutineer.workforce.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One count of a return, by ethnic group: a headcount or the number of those staff with an outcome. Each outcome
 * counts people out of a base (its {@link #base()}), which it cannot exceed in any group.
 */
public enum Measure {
    STAFF(0, "Directly employed staff", null),
    PAY_BAND_01(1, "Under £25,000", STAFF),
    PAY_BAND_02(1, "£25,000 to £29,999", STAFF),
    PAY_BAND_03(1, "£30,000 to £34,999", STAFF),
    PAY_BAND_04(1, "£35,000 to £39,999", STAFF),
    PAY_BAND_05(1, "£40,000 to £44,999", STAFF),
    PAY_BAND_06(1, "£45,000 to £49,999", STAFF),
    PAY_BAND_07(1, "£50,000 to £59,999", STAFF),
    PAY_BAND_08(1, "£60,000 to £69,999", STAFF),
    PAY_BAND_09(1, "£70,000 to £79,999", STAFF),
    PAY_BAND_10(1, "£80,000 to £89,999", STAFF),
    PAY_BAND_11(1, "£90,000 to £99,999", STAFF),
    PAY_BAND_12(1, "£100,000 and over", STAFF),
    SHORTLISTED(2, "Shortlisted in the last 12 months", null),
    APPOINTED(2, "Appointed from shortlist", SHORTLISTED),
    DISCIPLINARY(3, "Entered the formal disciplinary process", STAFF),
    REGULATED(4, "Regulated profession staff", STAFF),
    FITNESS_TO_PRACTISE(4, "Regulated staff who entered the fitness-to-practise process", REGULATED),
    CPD(5, "Accessed funded non-mandatory CPD", STAFF),
    SURVEY_RESPONDENTS(6, "Staff survey respondents", STAFF),
    HARASSMENT_PUBLIC(
            6,
            "Respondents experiencing harassment, bullying or abuse from people who use services, relatives or the public",
            SURVEY_RESPONDENTS),
    HARASSMENT_COLLEAGUES(
            7, "Respondents experiencing harassment, bullying or abuse from colleagues", SURVEY_RESPONDENTS),
    HARASSMENT_MANAGERS(7, "Respondents experiencing harassment, bullying or abuse from managers", SURVEY_RESPONDENTS),
    LEAVERS(8, "Leavers in the last 12 months", STAFF),
    SENIOR_MANAGERS(9, "Senior managers", STAFF);

    private final int indicator;
    private final String words;
    private final Measure base;

    Measure(int indicator, String words, Measure base) {
        this.indicator = indicator;
        this.words = words;
        this.base = base;
    }

    /** The indicator the count belongs to; 0 for the staff overview. */
    public int indicator() {
        return indicator;
    }

    public String words() {
        return words;
    }

    /** The count this one is a part of, group by group; null for a base of its own. */
    public Measure base() {
        return base;
    }

    public boolean payBand() {
        return name().startsWith("PAY_BAND_");
    }

    /** 1 to 12 for a pay band. */
    public int bandNumber() {
        return payBand() ? Integer.parseInt(name().substring(9)) : 0;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Measure> fromCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(m -> m.code().equals(c)).findFirst();
    }

    public static List<Measure> payBands() {
        return Arrays.stream(values()).filter(Measure::payBand).toList();
    }
}
