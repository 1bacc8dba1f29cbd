package io.planscreen.evaluation;

import io.planscreen.ml.plan.PlanText;
import java.util.List;
import java.util.Map;

/**
 * A broker model the harness can run on plans that were never submitted (the service's {@code BrokerScoring}
 * scores stored applications only). Implementations register through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.planscreen.evaluation.PlanBrokerScorer}); the harness scores every plan of
 * the data set with each one it finds and reports it beside the reuse baseline.
 */
public interface PlanBrokerScorer {

    /**
     * @param fields extracted field values (key → normalised value), empty when extraction is unavailable
     * @param company the submitting company (reuse with its own other plans does not count); the id when unknown
     */
    record Input(String id, PlanText plan, Map<String, String> fields, String company) {

        public Input(String id, PlanText plan, Map<String, String> fields) {
            this(id, plan, fields, id);
        }
    }

    /** Stable across model versions, so a report compares a new version with the baseline's figures. */
    String name();

    /** What the report says about the scorer (e.g. which model version). */
    default String description() {
        return "registered PlanBrokerScorer " + getClass().getName();
    }

    /** The calibrated operating threshold (flagged = probability ≥ threshold). */
    double threshold();

    /** Probabilities in input order; the whole set is given at once so reuse between plans can be measured. */
    double[] probabilities(List<Input> plans);
}
