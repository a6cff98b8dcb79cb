package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.performance.domain.Figure;
import org.scrutineer.performance.domain.Period;
import org.scrutineer.performance.domain.Target;
import org.scrutineer.performance.domain.ValueStatus;
import org.scrutineer.platform.boards.Board;
import org.scrutineer.platform.boards.Boards;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishing freezes a report: later edits change the draft and make a new version, never the published copy. */
@ScrutineerTest
class PublishFreezesIT {
    @Autowired
    PriorityReports reports;

    @Autowired
    Figures figures;

    @Autowired
    PerformanceRepository repository;

    @Autowired
    Boards boards;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void laterEditsNeverChangeWhatWasPublished() {
        data.serviceArea("TEST-FRZ", "FRZ");
        data.indicator("FRZ", "FRZ-1", "HIGHER_IS_BETTER");
        var indicator = repository.indicator("FRZ-1").orElseThrow();
        figures.saveFigure(indicator, new Figure(Period.parse("2023/24"), new BigDecimal("40"), ValueStatus.FINAL));
        figures.saveFigure(indicator, new Figure(Period.parse("2024/25"), new BigDecimal("50"), ValueStatus.FINAL));
        figures.saveTarget(indicator, new Target(Period.parse("2024/25"), new BigDecimal("45")));
        Board board = boards.byCode("TEST-FRZ").orElseThrow();
        Period q1 = Period.parse("Q1 2025/26");

        var v1 = reports.publish(board, q1);
        assertThat(v1.version()).isEqualTo(1);
        byte[] pdf1 = reports.publishedPdf(board, q1, 1).orElseThrow();
        PriorityBasedReport published1 = reports.publishedReport(board, q1, 1).orElseThrow();
        assertThat(published1.allKpis()).singleElement().satisfies(k -> {
            assertThat(k.current()).isEqualTo("50% (2024/25)");
            assertThat(k.progress().label()).isEqualTo("Green");
            assertThat(k.direction().label()).isEqualTo("Green");
        });

        // a correction after publishing
        figures.saveFigure(indicator, new Figure(Period.parse("2024/25"), new BigDecimal("30"), ValueStatus.FINAL));

        assertThat(reports.build(board, q1).allKpis()).singleElement().satisfies(k -> {
            assertThat(k.current()).isEqualTo("30% (2024/25)");
            assertThat(k.progress().label()).isEqualTo("Red");
            assertThat(k.direction().label()).isEqualTo("Red");
        });
        assertThat(reports.publishedReport(board, q1, 1).orElseThrow()).isEqualTo(published1);
        assertThat(reports.publishedPdf(board, q1, 1).orElseThrow()).isEqualTo(pdf1);

        var v2 = reports.publish(board, q1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(reports.publishedReport(board, q1, null)
                        .orElseThrow()
                        .allKpis()
                        .get(0)
                        .current())
                .isEqualTo("30% (2024/25)");
        assertThat(reports.publishedReport(board, q1, 1)
                        .orElseThrow()
                        .allKpis()
                        .get(0)
                        .current())
                .isEqualTo("50% (2024/25)");
        assertThat(reports.published())
                .filteredOn(r -> r.boardCode().equals("TEST-FRZ"))
                .extracting(PriorityReports.PublishedReport::version)
                .containsExactly(2, 1);
    }

    @Autowired
    org.scrutineer.finance.Statements statements;

    @Test
    void aReportWhoseFiguresDoNotAddUpIsPublishedOnlyWithAReason() {
        long boardId = data.board("TEST-CHK");
        statements.save(
                boardId,
                new org.scrutineer.finance.domain.RevenueStatement(
                        "Checked Department",
                        java.time.LocalDate.of(2025, 5, 31),
                        List.of(
                                new org.scrutineer.finance.domain.StatementRow(
                                        1,
                                        org.scrutineer.finance.domain.Section.EXPENDITURE,
                                        "Care",
                                        org.scrutineer.finance.domain.RowKind.LINE,
                                        org.scrutineer.finance.domain.Amounts.of(100, 10, 12, -2, -5)),
                                new org.scrutineer.finance.domain.StatementRow(
                                        2,
                                        org.scrutineer.finance.domain.Section.EXPENDITURE,
                                        "Total Expenditure",
                                        org.scrutineer.finance.domain.RowKind.TOTAL,
                                        org.scrutineer.finance.domain.Amounts.of(100, 10, 13, -2, -5)))));
        Board board = boards.byCode("TEST-CHK").orElseThrow();
        Period q1 = Period.parse("Q1 2025/26");
        assertThatThrownBy(() -> reports.publish(board, q1, "  "))
                .isInstanceOf(PriorityReports.ChecksUnresolved.class)
                .hasMessage(
                        "The financial appendix has 1 figure that does not follow from the others: record why the report is published as it is");
        assertThat(reports.publishedReport(board, q1, null)).isEmpty();
        reports.publish(board, q1, "The service will correct the total at the next meeting.");
        PriorityBasedReport published = reports.publishedReport(board, q1, null).orElseThrow();
        assertThat(published.publication().checksReason())
                .isEqualTo("The service will correct the total at the next meeting.");
        assertThat(published.financeFindings()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedReport() {
        data.serviceArea("TEST-FRZ2", "FRZ2");
        Board board = boards.byCode("TEST-FRZ2").orElseThrow();
        reports.publish(board, Period.parse("Q2 2025/26"));
        assertThatThrownBy(() -> jdbc.sql("update published_report set pdf = '\\x00' where board_id = :b")
                        .param("b", board.id())
                        .update())
                .hasMessageContaining("a published report is frozen");
        assertThatThrownBy(() -> jdbc.sql("delete from published_report where board_id = :b")
                        .param("b", board.id())
                        .update())
                .hasMessageContaining("a published report is frozen");
        List<Integer> versions = jdbc.sql("select version from published_report where board_id = :b")
                .param("b", board.id())
                .query(Integer.class)
                .list();
        assertThat(versions).containsExactly(1);
    }
}
