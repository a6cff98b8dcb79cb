package org.scrutineer.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scrutineer.support.AtOnce;
import org.scrutineer.support.ScrutineerTest;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several officers save one figure at the same moment (real requests to the API). The audit trail stays a chain: the
 * first entry creates the figure, and each later one's old value is the one before's new value. Before, concurrent saves
 * recorded a wrong old value and two "created" entries for one figure.
 */
@ScrutineerTest
class ConcurrentFigureEditsTest {
    static final int ROUNDS = 20;
    static final int WRITERS = 4;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void concurrentSavesOfOneFigureKeepTheAuditTrailAChain() throws Exception {
        data.serviceArea("TEST-CFE", "CFE");
        data.indicator("CFE", "CFE-1", "HIGHER_IS_BETTER");
        List<String> broken = new ArrayList<>();
        int entries = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            String period = (2000 + round) + "/" + String.format("%02d", (round + 1) % 100);
            List<AtOnce.Answer> answers = AtOnce.send(WRITERS, i -> AtOnce.postJson(port, "/api/indicators/CFE-1/figures",
                    "{\"period\": \"" + period + "\", \"value\": " + (10 + i) + ", \"status\": \"final\"}"));
            assertThat(answers).extracting(AtOnce.Answer::status).allMatch(s -> s == 201 || s == 409);
            List<Map<String, Object>> chain = jdbc.sql("""
                            select action, old_value->>'value' as old, new_value->>'value' as new from audit_event
                            where scope = 'indicator:CFE-1' and entity_key = :k order by id""")
                    .param("k", "CFE-1 " + period).query().listOfRows();
            entries += chain.size();
            String problem = problem(chain);
            if (problem != null) {
                broken.add("round " + round + ": " + problem + " in " + chain);
            }
        }
        System.out.println("ConcurrentFigureEditsTest: " + WRITERS + " saves of one figure at once, rounds with a broken audit chain "
                + broken.size() + " of " + ROUNDS + " (" + entries + " entries)");
        assertThat(broken).isEmpty();
    }

    /** What is wrong with the chain of one figure's audit entries, or null. */
    static String problem(List<Map<String, Object>> chain) {
        if (chain.isEmpty() || !"create".equals(chain.get(0).get("action"))) {
            return "the first entry is not a create";
        }
        for (int i = 1; i < chain.size(); i++) {
            if (!"update".equals(chain.get(i).get("action"))) {
                return "entry " + (i + 1) + " is a " + chain.get(i).get("action");
            }
            if (!String.valueOf(chain.get(i).get("old")).equals(String.valueOf(chain.get(i - 1).get("new")))) {
                return "entry " + (i + 1) + " has old value " + chain.get(i).get("old") + " after " + chain.get(i - 1).get("new");
            }
        }
        return null;
    }
}
