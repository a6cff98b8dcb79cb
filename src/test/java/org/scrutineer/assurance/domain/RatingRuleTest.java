package org.scrutineer.assurance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingRuleTest {
    private static final RatingRule RULE = RatingRule.CQC_LOCAL_AUTHORITY;

    private static List<RatingRule.Score> scores(Integer... values) {
        List<RatingRule.Score> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(
                    values[i] == null
                            ? RatingRule.Score.notAssessed("QS" + (i + 1))
                            : RatingRule.Score.of("QS" + (i + 1), values[i]));
        }
        return list;
    }

    /** Nine scores adding up to a total: as many 4s as fit, the rest 1s and one in between. */
    private static List<RatingRule.Score> totalling(int total) {
        int[] s = new int[9];
        java.util.Arrays.fill(s, 1);
        int left = total - 9;
        for (int i = 0; i < 9 && left > 0; i++) {
            int add = Math.min(3, left);
            s[i] += add;
            left -= add;
        }
        return scores(IntStream.of(s).boxed().toArray(Integer[]::new));
    }

    @Test
    void haltonScores64PercentGoodTwoPointsAboveRequiresImprovement() {
        var r = RULE.rate(scores(2, 3, 3, 2, 2, 3, 3, 2, 3), 9);
        assertThat(r.total()).isEqualTo(23);
        assertThat(r.maximum()).isEqualTo(36);
        assertThat(r.percentage()).isEqualTo(64);
        assertThat(r.fraction()).isEqualTo("23/36 = 63.9%");
        assertThat(r.rating()).isEqualTo(Rating.GOOD);
        assertThat(r.distances()).isEqualTo("2 points above Requires improvement; 24 points below Outstanding");
    }

    @ParameterizedTest(name = "{0}/36 → {1}% {2}")
    @CsvSource({
        "9, 25, INADEQUATE",
        "13, 37, INADEQUATE",
        "14, 39, REQUIRES_IMPROVEMENT", // 36.1 → 37, 38.9 → 39
        "22, 62, REQUIRES_IMPROVEMENT",
        "23, 64, GOOD",
        "31, 87, GOOD",
        "32, 89, OUTSTANDING",
        "36, 100, OUTSTANDING"
    })
    void everyBandBoundaryWithNineStatements(int total, int percentage, Rating rating) {
        var r = RULE.rate(totalling(total), 9);
        assertThat(r.total()).isEqualTo(total);
        assertThat(r.percentage()).isEqualTo(percentage);
        assertThat(r.rating()).isEqualTo(rating);
    }

    @ParameterizedTest(name = "{0}: {1}/36 = {2} is published as {3}%")
    @CsvSource(
            delimiter = '|',
            value = {
                // the regulator's own published assessments: its percentage is the ceiling of the exact figure
                "Hartlepool     | 3,3,2,2,3,3,3,3,3 | 69.4 | 70 | GOOD",
                "North Somerset | 2,2,2,2,2,3,2,3,3 | 58.3 | 59 | REQUIRES_IMPROVEMENT",
                "Halton         | 2,3,3,2,2,3,3,2,3 | 63.9 | 64 | GOOD"
            })
    void thePercentageIsRoundedUpAsTheRegulatorPublishesIt(
            String council, String scores, String exact, int published, Rating rating) {
        var r = RULE.rate(
                scores(java.util.Arrays.stream(scores.split(","))
                        .map(Integer::valueOf)
                        .toArray(Integer[]::new)),
                9);
        assertThat(r.exact()).hasToString(exact);
        assertThat(r.percentage()).isEqualTo(published);
        assertThat(r.rating()).isEqualTo(rating);
    }

    @Test
    void aWholeFigureIsNotRoundedUpFurther() {
        var r = RULE.rate(scores(3, 3, 3, 3, 3, 3, 3, 3, 3), 9);
        assertThat(r.fraction()).isEqualTo("27/36 = 75.0%");
        assertThat(r.percentage()).isEqualTo(75);
    }

    @Test
    void bandsMeetExactlyAtTheirPrintedEdges() {
        // with eight statements scored the percentages step by 3.125: 20/32 = 62.5 rounds up to 63, Good
        var r = RULE.rate(scores(3, 3, 3, 3, 2, 2, 2, 2, null), 9);
        assertThat(r.fraction()).isEqualTo("20/32 = 62.5%");
        assertThat(r.percentage()).isEqualTo(63);
        assertThat(r.rating()).isEqualTo(Rating.GOOD);
        assertThat(r.distances()).isEqualTo("1 point above Requires improvement; 25 points below Outstanding");
        // 28/32 = 87.5 → 88, the first Outstanding figure; 12/32 = 37.5 → 38, the last Inadequate one
        assertThat(RULE.rate(scores(4, 4, 4, 4, 3, 3, 3, 3, null), 9).rating()).isEqualTo(Rating.OUTSTANDING);
        var low = RULE.rate(scores(2, 2, 2, 2, 1, 1, 1, 1, null), 9);
        assertThat(low.percentage()).isEqualTo(38);
        assertThat(low.rating()).isEqualTo(Rating.INADEQUATE);
        assertThat(low.distances()).isEqualTo("1 point below Requires improvement");
        assertThat(RULE.rate(scores(4, 4, 4, 4, 4, 4, 4, 4, 4), 9).distances()).isEqualTo("13 points above Good");
    }

    @Test
    void aMissingScoreIsRefusedByName() {
        List<RatingRule.Score> s = new ArrayList<>(scores(2, 3, 3, 2, 2, 3, 3, 2, 3));
        s.set(4, new RatingRule.Score("Partnerships and communities", null, false));
        assertThatThrownBy(() -> RULE.rate(s, 9))
                .isInstanceOf(RatingRule.InvalidScores.class)
                .hasMessage("Enter a score for Partnerships and communities, or mark it not assessed");
    }

    @Test
    void aScoreOfFiveOrZeroIsRefused() {
        assertThatThrownBy(() -> RULE.rate(scores(5, 3, 3, 2, 2, 3, 3, 2, 0), 9))
                .isInstanceOfSatisfying(
                        RatingRule.InvalidScores.class,
                        e -> assertThat(e.problems())
                                .extracting(RatingRule.Problem::message)
                                .containsExactly(
                                        "The score for QS1 must be from 1 to 4, not 5",
                                        "The score for QS9 must be from 1 to 4, not 0"));
    }

    @Test
    void fewerScoresThanStatementsIsRefused() {
        assertThatThrownBy(() -> RULE.rate(scores(2, 3, 3, 2, 2, 3, 3, 2), 9))
                .hasMessage("Expected 9 scores, one for each quality statement, but got 8");
        assertThatThrownBy(() -> RULE.rate(scores(null, null, null), 3))
                .hasMessage("At least one quality statement must be scored");
    }

    @Test
    void bandsMustRise() {
        assertThatThrownBy(() -> new RatingRule(
                        "x",
                        List.of(new RatingRule.Band(Rating.GOOD, 50), new RatingRule.Band(Rating.OUTSTANDING, 40))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
