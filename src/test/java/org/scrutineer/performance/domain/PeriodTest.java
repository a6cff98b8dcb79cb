package org.scrutineer.performance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2023/24,      FINANCIAL_YEAR,      2023-04-01, 2024-03-31, 2023/24",
        "2023,         CALENDAR_YEAR,       2023-01-01, 2023-12-31, 2023",
        "2021-23,      POOLED_YEARS,        2021-01-01, 2023-12-31, 2021-23",
        "2020-22,      POOLED_YEARS,        2020-01-01, 2022-12-31, 2020-22",
        "Q1 2025/26,   QUARTER,             2025-04-01, 2025-06-30, Q1 2025/26",
        "Q4 2024/25,   QUARTER,             2025-01-01, 2025-03-31, Q4 2024/25",
        "Q1-3 2024/25, CUMULATIVE_QUARTERS, 2024-04-01, 2024-12-31, Q1-3 2024/25",
        "Q1-4 2024/25, CUMULATIVE_QUARTERS, 2024-04-01, 2025-03-31, Q1-4 2024/25",
        "1999/00,      FINANCIAL_YEAR,      1999-04-01, 2000-03-31, 1999/00",
        "2098-01,      POOLED_YEARS,        2098-01-01, 2101-12-31, 2098-01",
    })
    void parsesEveryPrintedForm(String text, PeriodKind kind, LocalDate start, LocalDate end, String printed) {
        Period p = Period.parse(text);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.label()).isEqualTo(printed);
        assertThat(Period.parse(p.label())).isEqualTo(p);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-25, Q3 2026/27",
        "2026-04-01, Q1 2026/27",
        "2026-03-31, Q4 2025/26",
        "2025-06-30, Q1 2025/26",
        "2025-07-01, Q2 2025/26",
        "2026-01-01, Q4 2025/26",
    })
    void aDayFallsInOneQuarterOfTheFinancialYear(LocalDate day, String quarter) {
        Period q = Period.quarterContaining(day);
        assertThat(q.label()).isEqualTo(quarter);
        assertThat(q.kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(day).isBetween(q.start(), q.end());
    }

    @Test
    void standingTargetHasNoDates() {
        Period p = Period.parse("standing target");
        assertThat(p.isStanding()).isTrue();
        assertThat(p.start()).isNull();
        assertThat(p.label()).isEqualTo("standing target");
        assertThat(Period.parse("  Standing   Target ")).isEqualTo(Period.STANDING);
    }

    @Test
    void toleratesCaseAndSpacing() {
        assertThat(Period.parse(" q1  2025/26 ").label()).isEqualTo("Q1 2025/26");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "2023/25",
                "2023-2024",
                "Q5 2025/26",
                "Q3-1 2024/25",
                "Q1 2025",
                "FY2023",
                "2023/4",
                "23/24",
                "2023-23",
                "Q1-3 2024/26",
                "next year",
                "2023/24 provisional"
            })
    void rejectsAnythingElseWithAClearMessage(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(PeriodFormatException.class)
                .hasMessageContaining("is not a period");
    }

    @Test
    void messageSaysWhatIsExpected() {
        assertThatThrownBy(() -> Period.parse("summer"))
                .hasMessage(
                        "'summer' is not a period: expected one of 2023/24, 2023, 2021-23, Q1 2025/26, Q1-3 2024/25 or 'standing target'");
        assertThatThrownBy(() -> Period.parse("2023/25")).hasMessageContaining("2023 must be followed by /24");
    }

    @Test
    void ordersByEndDateWithStandingFirst() {
        List<Period> periods = new ArrayList<>(List.of(
                        "Q1 2025/26",
                        "2021-23",
                        "2024/25",
                        "standing target",
                        "Q1-3 2024/25",
                        "2023",
                        "2020-22",
                        "Q1-4 2024/25",
                        "2023/24")
                .stream()
                .map(Period::parse)
                .toList());
        Collections.shuffle(periods, new java.util.Random(7));
        Collections.sort(periods);
        assertThat(periods)
                .extracting(Period::label)
                .containsExactly(
                        "standing target",
                        "2020-22",
                        "2021-23",
                        "2023",
                        "2023/24",
                        "Q1-3 2024/25",
                        "2024/25",
                        "Q1-4 2024/25",
                        "Q1 2025/26");
    }

    @Test
    void wholeYearOrInYear() {
        assertThat(Period.parse("2023/24").coversWholeYear()).isTrue();
        assertThat(Period.parse("2023").coversWholeYear()).isTrue();
        assertThat(Period.parse("2021-23").coversWholeYear()).isTrue();
        assertThat(Period.parse("Q1-4 2024/25").coversWholeYear()).isTrue();
        assertThat(Period.parse("Q1-3 2024/25").coversWholeYear()).isFalse();
        assertThat(Period.parse("Q2 2025/26").coversWholeYear()).isFalse();
        assertThat(Period.STANDING.coversWholeYear()).isFalse();
    }

    @Test
    void quarterNumbersAndFinancialYears() {
        assertThat(Period.parse("Q1 2025/26").quarterNumber()).isEqualTo(1);
        assertThat(Period.parse("Q3 2025/26").quarterNumber()).isEqualTo(3);
        assertThat(Period.parse("Q4 2025/26").quarterNumber()).isEqualTo(4);
        assertThat(Period.parse("Q4 2025/26").financialYearStart()).isEqualTo(2025);
        assertThat(Period.parse("Q1-3 2024/25").financialYearStart()).isEqualTo(2024);
    }
}
