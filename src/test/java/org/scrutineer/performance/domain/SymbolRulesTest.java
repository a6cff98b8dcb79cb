package org.scrutineer.performance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 17 Public Health vectors of spec/performance.md, and the edge cases around them. */
class SymbolRulesTest {

    private static final LocalDate Q1_2025_26_END = LocalDate.of(2025, 6, 30);

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // ref | polarity | prior value | prior period | target | target period | current | current period |
                // projection | progress | direction
                "PH01a | HIGHER_IS_BETTER | 58.6  | 2020-22      | 58.8  | 2019-21         | 56.8  | 2021-23      | NONE         | RED   | RED",
                "PH01b | HIGHER_IS_BETTER | 58.6  | 2020-22      | 58.8  | 2019-21         | 56.6  | 2021-23      | NONE         | RED   | RED",
                "PH02  | HIGHER_IS_BETTER | 62.2  | 2022/23      | 62.5  | 2023/24         | 61.2  | 2023/24      | NONE         | RED   | RED",
                "PH03  | HIGHER_IS_BETTER | 83.9  | 2023/24      | 90    | standing target | 90.1  | Q1-3 2024/25 | YEAR_TO_DATE | GREEN | GREEN",
                "PH04  | LOWER_IS_BETTER  | 72.7  | 2022/23      | 72.0  | 2023/24         | 73.6  | 2023/24      | NONE         | RED   | RED",
                "PH05  | HIGHER_IS_BETTER | 62.8  | 2022/23      | 62.8  | 2023/24         | 63.2  | 2023/24      | NONE         | GREEN | GREEN",
                "PH06  | HIGHER_IS_BETTER | 44    | 2023/24      | 60    | 2024/25         | 60    | Q1-4 2024/25 | NONE         | GREEN | GREEN",
                "PH07  | LOWER_IS_BETTER  | 13.3  | 2022         | 13.0  | 2023            | 14.6  | 2023         | NONE         | RED   | RED",
                "PH08  | LOWER_IS_BETTER  | 9.3   | 2020-22      | 9.9   | 2021-23         | 13.2  | 2021-23      | NONE         | RED   | RED",
                "PH09  | LOWER_IS_BETTER  | 261.6 | 2022/23      | 259.2 | 2023/24         | 224.4 | 2023/24      | NONE         | GREEN | GREEN",
                "PH10  | LOWER_IS_BETTER  | 2206  | 2022/23      | 2195  | 2023/24         | 2144  | 2023/24      | NONE         | GREEN | GREEN",
                "PH11  | HIGHER_IS_BETTER | 32.7  | 2021/22      | 40    | 2022/23         | 36.2  | 2022/23      | NONE         | RED   | GREEN",
                "PH12  | LOWER_IS_BETTER  | 12.4  | 2021         | 12.0  | 2023            | 10.7  | 2023         | NONE         | GREEN | GREEN",
                "PH13  | LOWER_IS_BETTER  | 405   | 2023         | 399   | 2024            | 365   | 2024         | NONE         | GREEN | GREEN",
                "PH14  | HIGHER_IS_BETTER | 49.2  | 2023/24      | 50    | 2024/25         | 50.9  | 2024/25      | NONE         | GREEN | GREEN",
                "PH15  | LOWER_IS_BETTER  | 857   | 2022/23      | 848   | 2023/24         | 922   | 2023/24      | NONE         | RED   | RED",
                "PH16  | HIGHER_IS_BETTER | 19.1  | 2023/24      | 19.5  | 2024/25         | 26.9  | 2024/25      | NONE         | GREEN | GREEN",
            })
    void publicHealthQ1Vectors(
            String ref,
            Polarity polarity,
            String prior,
            String priorPeriod,
            String target,
            String targetPeriod,
            String current,
            String currentPeriod,
            Projection projection,
            Symbol progress,
            Symbol direction) {
        KpiFigures kpi = KpiFigures.select(
                List.of(Figure.of(currentPeriod, current), Figure.of(priorPeriod, prior)),
                List.of(Target.of(targetPeriod, target)),
                Q1_2025_26_END);

        assertThat(kpi.current().value()).isEqualByComparingTo(current);
        assertThat(kpi.previous().value()).isEqualByComparingTo(prior);
        assertThat(kpi.target().value()).isEqualByComparingTo(target);
        assertThat(kpi.progress(polarity, projection).symbol())
                .as(ref + " progress")
                .isEqualTo(progress);
        assertThat(kpi.direction(polarity).symbol()).as(ref + " direction").isEqualTo(direction);
    }

    @Test
    void equalValuesMeetTheTargetAndTravelSideways() {
        Figure now = Figure.of("2024/25", "60");
        assertThat(ProgressRule.assess(Polarity.HIGHER_IS_BETTER, now, Target.of("2024/25", "60.0"), Projection.NONE)
                        .symbol())
                .isEqualTo(Symbol.GREEN);
        assertThat(ProgressRule.assess(Polarity.LOWER_IS_BETTER, now, Target.of("2024/25", "60.0"), Projection.NONE)
                        .symbol())
                .isEqualTo(Symbol.GREEN);
        Judgement same = DirectionRule.assess(Polarity.LOWER_IS_BETTER, now, Figure.of("2023/24", "60.00"));
        assertThat(same.symbol()).isEqualTo(Symbol.AMBER);
        assertThat(same.reason()).startsWith("The same");
    }

    @Test
    void missingPriorCannotBeCompared() {
        KpiFigures kpi = KpiFigures.select(
                List.of(Figure.of("2023/24", "10")), List.of(Target.of("2023/24", "12")), Q1_2025_26_END);
        assertThat(kpi.previous()).isNull();
        assertThat(kpi.direction(Polarity.HIGHER_IS_BETTER).symbol()).isEqualTo(Symbol.NOT_APPLICABLE);
        assertThat(kpi.progress(Polarity.HIGHER_IS_BETTER, Projection.NONE).symbol())
                .isEqualTo(Symbol.RED);
    }

    @Test
    void missingTargetCannotBeJudged() {
        Judgement j = ProgressRule.assess(Polarity.HIGHER_IS_BETTER, Figure.of("2023/24", "10"), null, Projection.NONE);
        assertThat(j.symbol()).isEqualTo(Symbol.NOT_APPLICABLE);
        assertThat(j.reason()).isEqualTo("No target is set.");
    }

    @Test
    void noFigureYetIsTooEarlyToSay() {
        Figure notYet = new Figure(Period.parse("2024/25"), null, ValueStatus.NOT_AVAILABLE);
        assertThat(ProgressRule.assess(Polarity.HIGHER_IS_BETTER, notYet, Target.of("2024/25", "5"), Projection.NONE)
                        .symbol())
                .isEqualTo(Symbol.AMBER);
        assertThat(ProgressRule.assess(Polarity.HIGHER_IS_BETTER, null, Target.of("2024/25", "5"), Projection.NONE)
                        .symbol())
                .isEqualTo(Symbol.AMBER);
        assertThat(DirectionRule.assess(Polarity.HIGHER_IS_BETTER, notYet, Figure.of("2023/24", "4"))
                        .symbol())
                .isEqualTo(Symbol.NOT_APPLICABLE);
    }

    @Test
    void provisionalDataIsTooEarlyUnlessProjected() {
        Figure provisional = new Figure(Period.parse("2024/25"), new BigDecimal("70"), ValueStatus.PROVISIONAL);
        Target target = Target.of("2024/25", "60");
        Judgement amber = ProgressRule.assess(Polarity.HIGHER_IS_BETTER, provisional, target, Projection.NONE);
        assertThat(amber.symbol()).isEqualTo(Symbol.AMBER);
        assertThat(amber.reason()).contains("provisional");
        assertThat(ProgressRule.assess(Polarity.HIGHER_IS_BETTER, provisional, target, Projection.YEAR_TO_DATE)
                        .symbol())
                .isEqualTo(Symbol.GREEN);
        assertThat(ProgressRule.assess(Polarity.LOWER_IS_BETTER, provisional, target, Projection.YEAR_TO_DATE)
                        .symbol())
                .isEqualTo(Symbol.RED);
        // direction is still a fact about the two figures, provisional or not
        assertThat(DirectionRule.assess(Polarity.HIGHER_IS_BETTER, provisional, Figure.of("2023/24", "65"))
                        .symbol())
                .isEqualTo(Symbol.GREEN);
    }

    @Test
    void inYearFigureWithoutProjectionIsAmber() {
        Judgement j = ProgressRule.assess(
                Polarity.HIGHER_IS_BETTER,
                Figure.of("Q1-3 2024/25", "95"),
                Target.of("standing target", "90"),
                Projection.NONE);
        assertThat(j.symbol()).isEqualTo(Symbol.AMBER);
        assertThat(j.reason()).contains("in-year (Q1-3 2024/25)");
    }

    @Test
    void noPolarityHasNoProgressOrDirection() {
        Figure now = Figure.of("2024/25", "3");
        assertThat(ProgressRule.assess(Polarity.NONE, now, Target.of("2024/25", "2"), Projection.NONE)
                        .symbol())
                .isEqualTo(Symbol.NOT_APPLICABLE);
        assertThat(DirectionRule.assess(Polarity.NONE, now, Figure.of("2023/24", "2"))
                        .symbol())
                .isEqualTo(Symbol.NOT_APPLICABLE);
    }

    @Test
    void figuresAfterTheQuarterAreNotYetReported() {
        KpiFigures kpi = KpiFigures.select(
                List.of(Figure.of("2023/24", "1"), Figure.of("2024/25", "2"), Figure.of("Q2 2025/26", "3")),
                List.of(Target.of("2023/24", "1"), Target.of("2024/25", "5"), Target.of("standing target", "9")),
                Q1_2025_26_END);
        assertThat(kpi.current().period().label()).isEqualTo("2024/25");
        assertThat(kpi.previous().period().label()).isEqualTo("2023/24");
        assertThat(kpi.target().value()).isEqualByComparingTo("5");
    }

    @Test
    void standingTargetWhenNoDatedTargetApplies() {
        KpiFigures kpi = KpiFigures.select(
                List.of(Figure.of("2022/23", "1")),
                List.of(Target.of("2024/25", "5"), Target.of("standing target", "9")),
                Q1_2025_26_END);
        assertThat(kpi.target().period().isStanding()).isTrue();
    }

    @Test
    void overrideKeepsTheComputedSymbolAndNeedsAReason() {
        Judgement computed = new Judgement(Symbol.AMBER, "too early");
        Assessment a = new Assessment(
                computed,
                new SymbolOverride(Symbol.GREEN, "Q2 data already shows the target met", "officer", Instant.EPOCH));
        assertThat(a.symbol()).isEqualTo(Symbol.GREEN);
        assertThat(a.computed().symbol()).isEqualTo(Symbol.AMBER);
        assertThat(new Assessment(computed, null).symbol()).isEqualTo(Symbol.AMBER);
        assertThatThrownBy(() -> new SymbolOverride(Symbol.GREEN, "  ", "officer", Instant.EPOCH))
                .hasMessage("An override needs a reason");
    }

    @Test
    void symbolsHaveNamesForPrint() {
        assertThat(Symbol.NOT_APPLICABLE.label()).isEqualTo("N/A");
        assertThat(Symbol.fromCode("n/a")).isEqualTo(Symbol.NOT_APPLICABLE);
        assertThat(Symbol.fromCode("green")).isEqualTo(Symbol.GREEN);
    }

    @Test
    void unitsPrintAsTheSeed() {
        assertThat(Unit.PERCENT.format(new BigDecimal("62.2"))).isEqualTo("62.2%");
        assertThat(Unit.RATE_PER_100000.format(new BigDecimal("2206"))).isEqualTo("2,206");
        assertThat(Unit.PERCENT.format(new BigDecimal("72.0"))).isEqualTo("72.0%");
        assertThat(Unit.YEARS.format(new BigDecimal("58.6"))).isEqualTo("58.6");
    }
}
