package org.scrutineer.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.scrutineer.platform.demo.DemoFile;
import org.scrutineer.workforce.domain.Breakdown;
import org.scrutineer.workforce.domain.EqualityReport;
import org.scrutineer.workforce.domain.Finding;
import org.scrutineer.workforce.domain.Indicator;
import org.scrutineer.workforce.domain.Measure;
import org.scrutineer.workforce.domain.Workforce;
import org.scrutineer.workforce.domain.WorkforceReturn;

/**
 * The demo's Halton counts (made up to fit: seed 001 prints Halton's likelihoods, not its counts) reproduce every
 * likelihood Halton's 2024/25 data report prints, to two decimals, read from the spec's vectors (workforce-vectors.csv).
 */
class HaltonVectorsTest {
    static final Map<String, Indicator> BY_METRIC = Map.of(
            "2",
            Indicator.APPOINTED,
            "3",
            Indicator.DISCIPLINARY,
            "4",
            Indicator.FITNESS_TO_PRACTISE,
            "5",
            Indicator.CPD,
            "8",
            Indicator.TURNOVER,
            "9",
            Indicator.SENIOR_MANAGERS);

    static EqualityReport halton() throws Exception {
        try (InputStream in =
                HaltonVectorsTest.class.getResourceAsStream(WorkforceDemoData.DIR + "return-2024-25-adult.csv")) {
            Map<Measure, Breakdown> counts = ReturnFile.read("return-2024-25-adult.csv", in);
            return EqualityReport.of(new WorkforceReturn("Halton Borough Council", "2024/25", Workforce.ADULT, counts));
        }
    }

    @Test
    void theDemoCountsReproduceEveryPrintedHaltonLikelihood() throws Exception {
        EqualityReport report = halton();
        List<CSVRecord> rows = DemoFile.records("/workforce/vectors.csv").stream()
                .filter(r -> r.get("source").equals("halton_2024_25")
                        && r.get("measure").equals("RL")
                        && !r.get("period").contains("erroneous"))
                .toList();
        int compared = 0;
        for (CSVRecord row : rows) {
            Indicator i = BY_METRIC.get(row.get("metric_number"));
            if (i == null) {
                continue;
            }
            String printed =
                    !row.get("printed_value").isEmpty() ? row.get("printed_value") : row.get("recomputed_value");
            if (printed.isEmpty()) {
                continue;
            }
            String expected = new java.math.BigDecimal(printed)
                    .setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString();
            assertThat(report.result(i).likelihood().printed())
                    .as("indicator %s (%s)", i.number(), i.words())
                    .isEqualTo(expected);
            compared++;
        }
        // appointed 0.44, disciplinary 0.00, fitness to practise 0.00, CPD 1.00, turnover 0.35, senior managers 0.00
        assertThat(compared).isEqualTo(6);
        assertThat(report.result(Indicator.APPOINTED).likelihood().withinBand()).isFalse();
        assertThat(report.result(Indicator.CPD).likelihood().withinBand()).isTrue();
    }

    @Test
    void theDemoReturnPassesItsChecksAndLeavesIndicatorsSixAndSevenNotProvided() throws Exception {
        EqualityReport report = halton();
        assertThat(report.errors()).isEmpty();
        assertThat(report.notProvided()).extracting(Finding::indicator).containsExactly(6, 7, 7);
        assertThat(report.workforceReturn().get(Measure.STAFF).sum())
                .isEqualTo(909); // the action plan's "Number of (direct) employees"
        assertThat(report.result(Indicator.HARASSMENT_PUBLIC).likelihood().printed())
                .isEqualTo("not provided");
    }
}
