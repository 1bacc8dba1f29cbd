package io.planscreen.scoring;

import io.planscreen.shared.ApplicationId;
import java.util.Optional;

/** Scoring's facade. Evaluators and auditors only: applicants never see the score. */
public interface BrokerScoring {

    Optional<BrokerAssessment> assessment(ApplicationId application);

    /** Scores the application again from its stored inputs with the given model version (reproduction). */
    BrokerAssessment rescore(ApplicationId application, String modelVersion);
}
