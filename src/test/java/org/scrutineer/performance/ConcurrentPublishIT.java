package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.AtOnce;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two officers publish the same Priority Based Report at the same moment: the second waits for the first and publishes
 * the next version. Before, one of each pair was answered 500 (a duplicate version number) in 20 rounds of 20.
 */
@ScrutineerTest
class ConcurrentPublishIT {
    static final int ROUNDS = 20;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void twoPublishesAtOnceMakeTwoVersionsAndNoError() throws Exception {
        long board = data.board("TEST-CPUB");
        data.serviceArea("TEST-CPUB", "CPUB");
        data.indicator("CPUB", "CPUB-1", "HIGHER_IS_BETTER");
        List<String> failed = new ArrayList<>();
        List<AtOnce.Session> officers = List.of(AtOnce.Session.officer(port), AtOnce.Session.officer(port));
        for (int round = 1; round <= ROUNDS; round++) {
            List<AtOnce.Answer> answers =
                    AtOnce.send(officers, i -> officers.get(i).form("/drafts/TEST-CPUB/q1-2025-26/publish", ""));
            if (answers.stream().anyMatch(a -> a.status() != 302)) {
                failed.add("round " + round + ": "
                        + answers.stream().map(AtOnce.Answer::status).toList());
            }
        }
        System.out.println(
                "ConcurrentPublishIT: report publishes at once, rounds failed " + failed.size() + " of " + ROUNDS);
        assertThat(failed).isEmpty();
        List<Integer> versions = jdbc.sql("select version from published_report where board_id = :b order by version")
                .param("b", board)
                .query(Integer.class)
                .list();
        assertThat(versions).hasSize(2 * ROUNDS);
        assertThat(versions).doesNotHaveDuplicates();
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where scope = 'report:TEST-CPUB:Q1 2025/26' and action = 'publish'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2 * ROUNDS);
    }
}
