package org.scrutineer.workforce.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SC-WRES comparisons: indicator 1 (pay bands) is shown as shares, the others as a relative likelihood of an
 * outcome (counted in {@link #outcome()}) out of a base ({@link #base()}). Indicator 7 has two: from colleagues and
 * from managers, as the national report gives them.
 */
public enum Indicator {
    PAY_BANDS(1, "Pay bands", null, null, "in each pay band"),
    APPOINTED(
            2, "Appointed from shortlist", Measure.APPOINTED, Measure.SHORTLISTED, "being appointed from shortlisting"),
    DISCIPLINARY(
            3,
            "Formal disciplinary process",
            Measure.DISCIPLINARY,
            Measure.STAFF,
            "entering the formal disciplinary process"),
    FITNESS_TO_PRACTISE(
            4,
            "Fitness to practise",
            Measure.FITNESS_TO_PRACTISE,
            Measure.REGULATED,
            "entering the fitness-to-practise process (regulated profession staff)"),
    CPD(
            5,
            "Funded non-mandatory CPD",
            Measure.CPD,
            Measure.STAFF,
            "accessing funded non-mandatory continuous professional development"),
    HARASSMENT_PUBLIC(
            6,
            "Harassment, bullying or abuse from people who use services, relatives or the public",
            Measure.HARASSMENT_PUBLIC,
            Measure.SURVEY_RESPONDENTS,
            "experiencing harassment, bullying or abuse from people who use services, relatives or the public"),
    HARASSMENT_COLLEAGUES(
            7,
            "Harassment, bullying or abuse from colleagues",
            Measure.HARASSMENT_COLLEAGUES,
            Measure.SURVEY_RESPONDENTS,
            "experiencing harassment, bullying or abuse from colleagues"),
    HARASSMENT_MANAGERS(
            7,
            "Harassment, bullying or abuse from managers",
            Measure.HARASSMENT_MANAGERS,
            Measure.SURVEY_RESPONDENTS,
            "experiencing harassment, bullying or abuse from managers"),
    TURNOVER(8, "Turnover", Measure.LEAVERS, Measure.STAFF, "leaving the organisation in the last 12 months"),
    SENIOR_MANAGERS(
            9, "Senior manager membership", Measure.SENIOR_MANAGERS, Measure.STAFF, "being in a senior manager role");

    private final int number;
    private final String words;
    private final Measure outcome;
    private final Measure base;
    private final String outcomeWords;

    Indicator(int number, String words, Measure outcome, Measure base, String outcomeWords) {
        this.number = number;
        this.words = words;
        this.outcome = outcome;
        this.base = base;
        this.outcomeWords = outcomeWords;
    }

    public int number() {
        return number;
    }

    public String words() {
        return words;
    }

    public Measure outcome() {
        return outcome;
    }

    public Measure base() {
        return base;
    }

    /** What the likelihood is of, as the reports word it: "being appointed from shortlisting". */
    public String outcomeWords() {
        return outcomeWords;
    }

    public boolean hasLikelihood() {
        return outcome != null;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public List<Measure> measures() {
        return hasLikelihood() ? List.of(outcome, base) : Measure.payBands();
    }

    public boolean provided(WorkforceReturn r) {
        return hasLikelihood()
                ? r.provides(outcome) && r.provides(base)
                : Measure.payBands().stream().anyMatch(r::provides);
    }

    public static Optional<Indicator> fromCode(String code) {
        String c = code == null ? "" : code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return java.util.Arrays.stream(values()).filter(i -> i.code().equals(c)).findFirst();
    }
}
