package io.planscreen.scoring;

import java.util.List;

/**
 * How likely a plan was written by a paid broker, why, and with which model. Routes an application to
 * closer human review; never rejects anything.
 *
 * @param probability calibrated, 0..1
 * @param flagged probability at or above the model's operating threshold
 */
public record BrokerAssessment(
        double probability,
        Band band,
        boolean flagged,
        double threshold,
        String modelVersion,
        String modelSha256,
        List<Reason> reasons) {

    public BrokerAssessment {
        reasons = List.copyOf(reasons);
    }

    public enum Band {
        LOW,
        MEDIUM,
        HIGH
    }

    /** @param contribution signed effect on the probability (positive = towards broker-written) */
    public record Reason(String feature, double contribution, String textKo, String textEn) {}
}
