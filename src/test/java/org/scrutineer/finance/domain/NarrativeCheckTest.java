package org.scrutineer.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NarrativeCheckTest {

    private static Map<String, String> paragraphs(String... numberAndText) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < numberAndText.length; i += 2) {
            map.put(numberAndText[i], numberAndText[i + 1]);
        }
        return map;
    }

    @Test
    void aReferenceForAnAmountMustPointToTheParagraphThatStatesIt() {
        var text = paragraphs(
                "2.1", "Spending on transport rose by £0.114m last year.",
                "2.2", "The service started the year with a £1.967m funding gap.",
                "3.1", "The gap of £1.967m identified in para 2.1 is serious.");
        assertThat(NarrativeCheck.check(text, List.of()))
                .containsExactly(new NarrativeCheck.Finding(
                        "3.1",
                        "para 2.1",
                        "para 2.2",
                        "the £1.967m it is cited for is stated in para 2.2, not in para 2.1"));
        text.put("3.1", "The gap of £1.967m identified in paragraph 2.2 is serious.");
        assertThat(NarrativeCheck.check(text, List.of())).isEmpty();
    }

    @Test
    void aReferenceToAParagraphTheReportDoesNotHaveIsFound() {
        var text = paragraphs("1.1", "The £2m gap in para 9.9 remains.");
        assertThat(NarrativeCheck.check(text, List.of()))
                .singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("the report has no paragraph 9.9"));
    }

    @Test
    void aReferenceWithoutAnAmountIsNotChecked() {
        assertThat(NarrativeCheck.check(paragraphs("6.4", "As outlined in paragraph 6.1."), List.of()))
                .isEmpty();
    }

    @Test
    void percentagesMustFollowAtTheirPrintedPrecision() {
        var text = paragraphs(
                "5.2",
                "The budget is £53.38m (£27.97m net). The gap of £1.967m is 3.7% of the gross budget (7% of net budget).");
        assertThat(NarrativeCheck.check(text, List.of())).isEmpty();
        text.put("5.2", "The budget is £53.38m (£27.97m net). The gap of £1.967m is 3.9% of the gross budget.");
        assertThat(NarrativeCheck.check(text, List.of())).singleElement().satisfies(f -> {
            assertThat(f.quoted()).isEqualTo("3.9%");
            assertThat(f.expected()).isEqualTo("3.7%");
            assertThat(f.rule()).contains("£1.967m ÷ £53.38m = 3.7%");
        });
    }

    @Test
    void aPercentageMayBeOfAFigureInTheReportsTables() {
        var text = paragraphs("5.2", "The gap of £1.967m accounts for 75% of the current overspend.");
        assertThat(NarrativeCheck.check(text, List.of(new BigDecimal("-2627")))).isEmpty();
        assertThat(NarrativeCheck.check(text, List.of()))
                .isEmpty(); // no second figure anywhere: nothing to check against
    }

    @Test
    void aChangeBetweenTwoQuotedCountsIsRoundedNotTruncated() {
        var text = paragraphs("3.4", "There are 17 compared to 13 last year, an increase of 31%.");
        assertThat(NarrativeCheck.check(text, List.of())).isEmpty();
        text.put("3.4", "There are 17 compared to 13 last year, an increase of 30%.");
        assertThat(NarrativeCheck.check(text, List.of())).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("31%");
            assertThat(f.rule()).contains("(17 − 13) ÷ 13 = 30.8%");
        });
    }

    @Test
    void aPercentageWithNoFigureBesideItIsNotChecked() {
        assertThat(NarrativeCheck.check(paragraphs("5.1", "Reduce medication visits by 15% this year."), List.of()))
                .isEmpty();
    }

    @Test
    void moneyIsReadInThousands() {
        assertThat(NarrativeCheck.money("£1.967m, £605k, £837,882 and £1bn"))
                .containsExactly(
                        new BigDecimal("1967"),
                        new BigDecimal("605"),
                        new BigDecimal("837.882"),
                        new BigDecimal("1000000"));
        assertThat(NarrativeCheck.operands("In 2024/25 and 2025 there were 17 of 13, see para 3.9, up 30%"))
                .containsExactly(new BigDecimal("17"), new BigDecimal("13"));
    }

    @Test
    void aSumAddedToATotalIsAShareOfWhatTheTotalWas() {
        var text = paragraphs(
                "3.8", "Budget growth of £33.555m (22%) was added to bring the approved net budget to £183.052m.");
        assertThat(NarrativeCheck.check(text, List.of())).isEmpty();
        text.put("3.8", "Budget growth of £33.555m (25%) was added to bring the approved net budget to £183.052m.");
        assertThat(NarrativeCheck.check(text, List.of()))
                .singleElement()
                .satisfies(f -> assertThat(f.rule()).contains("£33.555m ÷ (£183.052m − £33.555m) = 22.4%"));
    }

    @Test
    void aRateIsNotWorkedOutFromTheReportsFigures() {
        var text = paragraphs(
                "3.10",
                "Inflation of 2% was provided. The additional cost of the 3.2% pay offer will add approximately £1m.");
        assertThat(NarrativeCheck.check(text, List.of(new BigDecimal("34351")))).isEmpty();
    }

    @Test
    void datesAreNotOperandsAndASentenceMayStartWithAnAmount() {
        var text = paragraphs(
                "3.18",
                "As at 31 May 2025 the General Reserve is £5.149m, which represents 2.81% of the net budget. "
                        + "£0.344m has been collected.");
        assertThat(NarrativeCheck.check(text, List.of(new BigDecimal("183052"))))
                .isEmpty();
    }

    @Test
    void aChangeMayBeFromAFigureOfTheSentenceBefore() {
        var text = paragraphs(
                "3.15", "There are 545 residents. Compared to the average of 520 this is an increase of 4.8%.");
        assertThat(NarrativeCheck.check(text, List.of())).isEmpty();
        text.put("3.15", "There are 545 residents. Compared to the average of 520 this is an increase of 5.8%.");
        assertThat(NarrativeCheck.check(text, List.of()))
                .singleElement()
                .satisfies(f -> assertThat(f.expected()).isEqualTo("4.8%"));
    }

    @Test
    void amountsInPoundsAreNamedAsPrinted() {
        var text =
                paragraphs("3.15", "The average cost is £940.85 compared to £850.24 last year, an increase of 10.6%.");
        assertThat(NarrativeCheck.check(text, List.of())).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualTo("10.7%");
            assertThat(f.rule()).contains("(£940.85 − £850.24) ÷ £850.24 = 10.7%");
        });
    }
}
