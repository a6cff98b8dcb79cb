package org.scrutineer.performance.domain;

/** Progress of an objective's milestone in a quarter. It is an officer's judgement, so Green, Amber or Red only. */
public record MilestoneProgress(Symbol progress, String commentary) {
    public MilestoneProgress {
        if (progress == Symbol.NOT_APPLICABLE) {
            throw new IllegalArgumentException("milestone progress is Green, Amber or Red");
        }
    }
}
