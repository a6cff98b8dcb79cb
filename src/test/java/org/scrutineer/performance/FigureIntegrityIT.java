package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Figures and targets always refer to an existing indicator, checked by the database per statement. */
@ScrutineerTest
class FigureIntegrityIT {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Test
    void aFigureForNoIndicatorIsRefused() {
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into indicator_value (indicator_id, period, period_start, period_end, value, status)
                        values (-1, '2023/24', '2023-04-01', '2024-03-31', 1, 'FINAL')""").update())
                .hasMessageContaining("indicator_value refers to an indicator that does not exist");
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into indicator_target (indicator_id, period, value) values (-1, 'standing target', 1)")
                        .update())
                .hasMessageContaining("indicator_target refers to an indicator that does not exist");
        long id = data.indicator(areaFor(), "INT-1", "NONE");
        jdbc.sql("""
                insert into indicator_value (indicator_id, period, period_start, period_end, value, status)
                values (:i, '2023/24', '2023-04-01', '2024-03-31', 1, 'FINAL')""").param("i", id).update();
        assertThatThrownBy(() -> jdbc.sql("update indicator_value set indicator_id = -5 where indicator_id = :i")
                        .param("i", id)
                        .update())
                .hasMessageContaining("refers to an indicator that does not exist");
    }

    @Test
    void anIndicatorWithFiguresCannotBeDeleted() {
        long id = data.indicator(areaFor(), "INT-2", "NONE");
        jdbc.sql("insert into indicator_target (indicator_id, period, value) values (:i, 'standing target', 3)")
                .param("i", id)
                .update();
        assertThatThrownBy(() -> jdbc.sql("delete from indicator where id = :i")
                        .param("i", id)
                        .update())
                .hasMessageContaining("indicator INT-2 has figures or targets and cannot be deleted");
        long empty = data.indicator(areaFor(), "INT-3", "NONE");
        assertThat(jdbc.sql("delete from indicator where id = :i")
                        .param("i", empty)
                        .update())
                .isEqualTo(1);
    }

    private String areaFor() {
        data.serviceArea("TEST-INT", "INT");
        return "INT";
    }
}
