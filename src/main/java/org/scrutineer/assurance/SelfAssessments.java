package org.scrutineer.assurance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scrutineer.assurance.domain.Assessment;
import org.scrutineer.assurance.domain.Framework;
import org.scrutineer.platform.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The council's own scores beside the regulator's, saved with their audit row in one transaction. */
@Service
class SelfAssessments {
    private final Assessments assessments;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    private final AssurancePages pages;
    private final Frameworks frameworks;
    private final Clock clock;

    SelfAssessments(
            Assessments assessments,
            AuditTrail audit,
            JdbcClient jdbc,
            AssurancePages pages,
            Frameworks frameworks,
            Clock clock) {
        this.assessments = assessments;
        this.audit = audit;
        this.jdbc = jdbc;
        this.pages = pages;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /**
     * Saves the self-assessment form's scores against the regulator's framework; the form's outcome, with nothing saved
     * when it has errors.
     */
    @Transactional
    ScoreForm.Outcome save(Map<String, String> params) {
        AssurancePages.Rated regulator = pages.regulator();
        Framework f = regulator.framework();
        ScoreForm.Outcome outcome = ScoreForm.rate(f, frameworks.ruleOf(f.version()), params);
        if (outcome.errors().any()) {
            return outcome;
        }
        Map<Integer, Integer> scores = new LinkedHashMap<>();
        for (Framework.QualityStatement s : f.statements()) {
            String v = outcome.values().get(ScoreForm.field(s));
            scores.put(s.number(), v.equalsIgnoreCase(ScoreForm.NOT_ASSESSED) ? null : Integer.valueOf(v));
        }
        save(regulator.assessment().council(), f.version(), LocalDate.now(clock), scores);
        return outcome;
    }

    /** Saves the self-assessment's scores, making it the first time; the old scores are read under a lock, so two saves at once make one. */
    @Transactional
    public void save(String council, String frameworkVersion, LocalDate today, Map<Integer, Integer> scores) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('scrutineer:self-assessment'))")
                .query((rs, n) -> 0)
                .list();
        var existing = assessments.all().stream()
                .filter(a -> a.kind() == Assessment.Kind.SELF)
                .findFirst();
        if (existing.isPresent()) {
            long id = existing.get().id();
            assessments.saveScores(id, scores);
            audit.updated(
                    "assessment:" + id,
                    "assessment_score",
                    "self-assessment",
                    existing.get().scores(),
                    scores);
        } else {
            long id = assessments.save(new Assessment(
                    0,
                    Assessment.Kind.SELF,
                    council,
                    frameworkVersion,
                    today,
                    null,
                    null,
                    "Council's annual self-assessment",
                    "",
                    null,
                    false,
                    scores,
                    Map.of(),
                    List.of()));
            audit.created("assessment:" + id, "assessment_score", "self-assessment", scores);
        }
    }
}
