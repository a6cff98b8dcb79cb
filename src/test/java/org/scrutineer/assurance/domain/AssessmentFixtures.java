package org.scrutineer.assurance.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assessments with full defaults: an unpublished regulator's assessment against the 2023 framework, every one of its
 * nine quality statements scored 3, no findings and no cited figures.
 * {@code anAssessment().ofCouncil("Draft Borough Council").build()}.
 */
public final class AssessmentFixtures {
    private AssessmentFixtures() {}

    public static Builder anAssessment() {
        return new Builder();
    }

    public static final class Builder {
        private Assessment.Kind kind = Assessment.Kind.REGULATOR;
        private String council = "Test Council";
        private LocalDate publishedOn;
        private String source = "draft";
        private boolean published;
        private final List<Assessment.CitedMetric> metrics = new java.util.ArrayList<>();
        private final Map<Integer, Integer> scores =
                new HashMap<>(Map.of(1, 3, 2, 3, 3, 3, 4, 3, 5, 3, 6, 3, 7, 3, 8, 3, 9, 3));

        public Builder ofCouncil(String council) {
            this.council = council;
            return this;
        }

        public Builder ofKind(Assessment.Kind kind) {
            this.kind = kind;
            return this;
        }

        public Builder publishedOn(LocalDate day) {
            this.publishedOn = day;
            this.published = true;
            return this;
        }

        public Builder fromSource(String source) {
            this.source = source;
            return this;
        }

        public Builder scoring(int statement, Integer score) {
            scores.put(statement, score);
            return this;
        }

        public Builder citing(Assessment.CitedMetric metric) {
            metrics.add(metric);
            return this;
        }

        public Assessment build() {
            return new Assessment(
                    0,
                    kind,
                    council,
                    "2023",
                    publishedOn,
                    null,
                    null,
                    source,
                    "",
                    null,
                    published,
                    Map.copyOf(scores),
                    Map.of(),
                    List.copyOf(metrics));
        }
    }
}
