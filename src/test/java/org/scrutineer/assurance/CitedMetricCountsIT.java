package org.scrutineer.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scrutineer.assurance.domain.Assessment;
import org.scrutineer.assurance.domain.AssessmentFixtures;
import org.scrutineer.assurance.domain.Comparison.Polarity;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A cited metric with its count and denominator is compared with England by the benchmarking module's rule (Wilson
 * interval) and says so; one without keeps today's rule and says that.
 */
@ScrutineerTest
class CitedMetricCountsIT {
    @Autowired
    MockMvc mvc;

    @Autowired
    Assessments assessments;

    private static Assessment.CitedMetric metric(String name, Integer count, Integer denominator) {
        return new Assessment.CitedMetric(
                null,
                name,
                "Adult Social Care Survey",
                "2023-24",
                new BigDecimal("68.00"),
                new BigDecimal("70.28"),
                "percent",
                Polarity.HIGHER_IS_BETTER,
                null,
                null,
                "",
                "",
                null,
                "",
                count == null ? null : BigDecimal.valueOf(count),
                denominator == null ? null : BigDecimal.valueOf(denominator));
    }

    @Test
    void aMetricWithCountsIsComparedByTheBenchmarkingRule() throws Exception {
        long id = assessments.save(AssessmentFixtures.anAssessment()
                .ofCouncil("Counted Borough Council")
                .citing(metric("Counted measure", 68, 100))
                .citing(metric("Uncounted measure", null, null))
                .build());
        Assessment saved = assessments.byId(id).orElseThrow();
        assertThat(saved.metrics().get(0).count()).isEqualByComparingTo("68");
        assertThat(saved.metrics().get(0).denominator()).isEqualByComparingTo("100");
        assertThat(saved.metrics().get(1).count()).isNull();

        String page = mvc.perform(
                        get("/assurance/assessments/" + id).with(user("o").roles("OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String counted = page.substring(page.indexOf("Counted measure"), page.indexOf("Uncounted measure"));
        assertThat(counted)
                .contains("68 of 100")
                .contains(">similar<")
                .contains("Fingertips&#39; rule: 95% interval 58.3% to 76.3% from 68 of 100");
        String uncounted = page.substring(page.indexOf("Uncounted measure"));
        assertThat(uncounted)
                .contains("not known")
                .contains(">worse<")
                .contains("Within 2 percentage points (no count or interval known)");
    }
}
