package org.scrutineer.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossPaperCheckTest {
    static final LocalDate MAY = LocalDate.of(2025, 5, 31);
    static final LocalDate JULY = LocalDate.of(2025, 7, 31);

    static CrossPaperCheck.Stated stated(String subject, Column measure, LocalDate at, long value, String paper) {
        return new CrossPaperCheck.Stated(subject, measure, at, BigDecimal.valueOf(value), paper, "table");
    }

    @Test
    void anAnnualBudgetMustAgreeWhateverDateThePapersTakeTheirFiguresAt() {
        var result = CrossPaperCheck.check(List.of(
                stated("Community Care", Column.ANNUAL_BUDGET, null, 27_968, "ASC report"),
                stated("Community Care", Column.ANNUAL_BUDGET, MAY, 27_061, "Council report"),
                stated("Care Homes", Column.ANNUAL_BUDGET, JULY, 7_932, "ASC report"),
                stated("care homes", Column.ANNUAL_BUDGET, MAY, 7_932, "Council report")));
        assertThat(result.compared()).isEqualTo(2);
        assertThat(result.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.subject()).isEqualTo("Community Care");
            assertThat(d.values()).containsOnlyKeys(BigDecimal.valueOf(27_968), BigDecimal.valueOf(27_061));
        });
    }

    @Test
    void figuresToDateAreComparedOnlyAtTheSameDate() {
        var result = CrossPaperCheck.check(List.of(
                stated("Community Care", Column.VARIANCE, null, -876, "ASC report"),
                stated("Community Care", Column.VARIANCE, MAY, -502, "Council report"),
                stated("Community Care", Column.VARIANCE, JULY, -876, "Another report"),
                stated("Community Care", Column.FORECAST_OUTTURN, MAY, -2_627, "Council report"),
                stated("Community Care", Column.FORECAST_OUTTURN, MAY, -2_600, "Board report")));
        assertThat(result.disagreements())
                .extracting(CrossPaperCheck.Disagreement::measure)
                .containsExactly(Column.FORECAST_OUTTURN);
        assertThat(result.compared()).isEqualTo(1);
    }

    @Test
    void aFigureStatedOnceIsNotCompared() {
        assertThat(CrossPaperCheck.check(List.of(stated("Finance", Column.ANNUAL_BUDGET, MAY, 5_430, "Council report")))
                        .compared())
                .isZero();
    }

    @Test
    void columnHeadingsNameTheirMeasure() {
        assertThat(CrossPaperCheck.measureOf("2025/26 Annual Budget £'000")).isEqualTo(Column.ANNUAL_BUDGET);
        assertThat(CrossPaperCheck.measureOf("Variance To Date")).isEqualTo(Column.VARIANCE);
        assertThat(CrossPaperCheck.measureOf("Variance (Overspend) £'000")).isEqualTo(Column.VARIANCE);
        assertThat(CrossPaperCheck.measureOf("Year-End Forecast Variance")).isEqualTo(Column.FORECAST_OUTTURN);
        assertThat(CrossPaperCheck.measureOf("2024/25 Outturn (overspend) £'000"))
                .isNull();
        assertThat(CrossPaperCheck.measureOf("Net Budget £'000")).isNull();
    }
}
