package io.planscreen.scoring;

import io.planscreen.shared.ApplicationId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Scoring's facade. Evaluators and auditors only: applicants never see the score. */
public interface BrokerScoring {

    /**
     * The broker-detector version a fresh deployment scores with (setting {@code planscreen.scoring.active-version};
     * the model registry's active version wins once an admin has chosen one). The evaluation harness scores with
     * it too unless told otherwise.
     */
    String DEFAULT_MODEL_VERSION = "v10";

    Optional<BrokerAssessment> assessment(ApplicationId application);

    /** Probability and flag of the stored assessments of these applications in one read (the module overrides this fallback, which reads each one whole); unscored ones are absent. */
    default Map<ApplicationId, BrokerSummary> brokerSummaries(Collection<ApplicationId> applications) {
        Map<ApplicationId, BrokerSummary> out = new HashMap<>();
        applications.forEach(a -> assessment(a).ifPresent(b -> out.put(a, BrokerSummary.of(b))));
        return out;
    }

    /** Scores the application again from its stored inputs with the given model version (reproduction). */
    BrokerAssessment rescore(ApplicationId application, String modelVersion);
}
