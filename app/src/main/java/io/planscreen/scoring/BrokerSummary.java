package io.planscreen.scoring;

/** The broker model's probability and flag of a stored {@link BrokerAssessment}, without its reasons. */
public record BrokerSummary(double probability, boolean flagged) {

    public static BrokerSummary of(BrokerAssessment assessment) {
        return new BrokerSummary(assessment.probability(), assessment.flagged());
    }
}
