package org.scrutineer.workforce;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.scrutineer.platform.ScrutineerProperties;
import org.scrutineer.platform.audit.AuditTrail;
import org.scrutineer.platform.demo.DemoData;
import org.scrutineer.platform.demo.DemoFile;
import org.scrutineer.platform.progress.ProgressStatus;
import org.scrutineer.workforce.domain.Breakdown;
import org.scrutineer.workforce.domain.Indicator;
import org.scrutineer.workforce.domain.Measure;
import org.scrutineer.workforce.domain.NationalFigure;
import org.scrutineer.workforce.domain.Workforce;
import org.springframework.stereotype.Component;

/**
 * Halton's SC-WRES 2024/25 adult social care return, the 2024 national report's relative likelihoods, and Halton's
 * action plan (seed 001). Seed 001 prints Halton's likelihoods but not its counts (its charts were lost): the counts
 * here are made up so that every printed likelihood comes out (HaltonVectorsTest), with the 909 direct employees of
 * the action plan's cover sheet; the demo pages say so.
 */
@Component
class WorkforceDemoData implements DemoData {
    static final String DIR = "/demo/halton/workforce/";
    /** The Health and Social Care PPB of 23 September 2025 received the data report as item 4(C). */
    static final LocalDate REPORTED = LocalDate.of(2025, 9, 23);

    static final String NOTE =
            "Demo data: Halton's data report (seed 001) prints its relative likelihoods but not the counts behind them. "
                    + "These counts are made up so that every printed likelihood is reproduced, with the 909 direct employees of the action plan; "
                    + "the split by ethnic group and pay band is not Halton's.";
    private final WorkforceReturns returns;
    private final AuditTrail audit;
    private final String council;

    WorkforceDemoData(WorkforceReturns returns, AuditTrail audit, ScrutineerProperties properties) {
        this.returns = returns;
        this.audit = audit;
        this.council = properties.councilName();
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Map<Measure, Breakdown> counts;
        try (InputStream in = WorkforceDemoData.class.getResourceAsStream(DIR + "return-2024-25-adult.csv")) {
            counts = ReturnFile.read("return-2024-25-adult.csv", in);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = returns.create(council, "2024/25", Workforce.ADULT, NOTE);
        returns.replaceCounts(id, counts);
        returns.reportedAt(id, "hsc-2025-09-23", "4(C)");
        returns.publish(id, REPORTED);
        audit.created(
                WorkforceEquality.scope(id),
                "workforce_return",
                council + " 2024/25 adult",
                Map.of("source", "demo", "note", NOTE));
        for (CSVRecord r : DemoFile.records(DIR + "national.csv")) {
            returns.addNational(new NationalFigure(
                    r.get("year"),
                    Workforce.valueOf(r.get("workforce").toUpperCase(Locale.ROOT)),
                    Indicator.fromCode(r.get("indicator")).orElseThrow(),
                    new BigDecimal(r.get("value")),
                    r.get("source"),
                    r.get("note")));
        }
        for (CSVRecord r : DemoFile.records(DIR + "actions.csv")) {
            long action = returns.addAction(new WorkforceReturns.Action(
                    0,
                    council,
                    "2024/25",
                    Integer.parseInt(r.get("indicator")),
                    r.get("action"),
                    "",
                    r.get("timescale"),
                    null,
                    r.get("success"),
                    ProgressStatus.UNKNOWN,
                    "SC-WRES action plan, phase 2 2024/2025, signed off by Marie Lynch on 11 June 2025",
                    List.of()));
            audit.created(
                    "workforce-action:" + action,
                    "workforce_action",
                    String.valueOf(action),
                    Map.of("action", r.get("action")));
        }
        int position = 0;
        for (CSVRecord r : DemoFile.records(DIR + "timeline.csv")) {
            returns.addMilestone(
                    council,
                    "2025/26",
                    ++position,
                    new WorkforceReturns.Milestone(
                            r.get("what"), date(r.get("starts")), date(r.get("ends")), r.get("note")));
        }
    }

    private static LocalDate date(String v) {
        return v == null || v.isBlank() ? null : LocalDate.parse(v);
    }
}
