package org.scrutineer.meetings.domain;

import java.util.List;

/**
 * The council's standard report template: the header block, the ten numbered sections, and the six council priorities
 * under 6.1–6.6, against each of which an author says what the report means for it.
 */
public final class ReportTemplate {
    private ReportTemplate() {}

    public record Section(String number, String heading, String field) {}

    public static final List<String> HEADER =
            List.of("REPORT TO", "DATE", "REPORTING OFFICER", "PORTFOLIO", "SUBJECT", "WARD(S)");

    public static final List<Section> SECTIONS = List.of(
            new Section("1.0", "Purpose of the report", "purpose"),
            new Section("2.0", "Recommendation", "recommendation"),
            new Section("3.0", "Supporting information", "supporting"),
            new Section("4.0", "Policy implications", "policy"),
            new Section("5.0", "Financial implications", "financial"),
            new Section("6.0", "Implications for the council's priorities", "priorities"),
            new Section("7.0", "Risk analysis", "risk"),
            new Section("8.0", "Equality and diversity issues", "equality"),
            new Section("9.0", "Climate change implications", "climate"),
            new Section(
                    "10.0",
                    "List of background papers under Section 100D of the Local Government Act 1972",
                    "background"));

    public static final List<Section> PRIORITIES = List.of(
            new Section(
                    "6.1", "Improving Health, Promoting Wellbeing and Supporting Greater Independence", "priority1"),
            new Section("6.2", "Building a Strong, Sustainable Local Economy", "priority2"),
            new Section("6.3", "Supporting Children, Young People and Families", "priority3"),
            new Section("6.4", "Tackling Inequality and Helping Those Who Are Most In Need", "priority4"),
            new Section("6.5", "Working Towards a Greener Future", "priority5"),
            new Section("6.6", "Valuing and Appreciating Halton and Our Community", "priority6"));

    /** Sections an author must write; the others default to the council's usual "None identified." */
    public static final List<String> REQUIRED = List.of("purpose", "recommendation", "supporting");
    /**
     * The longest a section may be: some seven pages. Every section at its longest makes a paper of about 150 pages,
     * which renders in seconds and is well within the pages a paper may have.
     */
    public static final int MAX_SECTION = 20_000;
    /** The longest a header line (reporting officer, portfolio, wards) may be. */
    public static final int MAX_HEADER = 300;

    public static final String NONE = "None identified.";
}
