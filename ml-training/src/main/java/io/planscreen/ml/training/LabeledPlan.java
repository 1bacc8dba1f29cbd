package io.planscreen.ml.training;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.Region;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A training/evaluation example: the plan, its fields, who wrote it, and the attributes the fairness
 * breakdown needs (region, size, industry). Reuse signals are computed from the corpus, not given.
 *
 * @param broker the broker agency, or null when the company wrote the plan itself
 * @param split "train", "validation" or "test"
 */
public record LabeledPlan(
        String id,
        String company,
        @Nullable String broker,
        String split,
        PlanText plan,
        Map<String, String> fields,
        Region region,
        String size,
        String industry) {

    public LabeledPlan {
        fields = Map.copyOf(fields);
    }

    /** The same plan in another split. */
    public LabeledPlan withSplit(String other) {
        return new LabeledPlan(id, company, broker, other, plan, fields, region, size, industry);
    }

    public boolean brokerWritten() {
        return broker != null;
    }
}
