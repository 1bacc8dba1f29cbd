package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.PlanText;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One generated plan: what the JSONL line holds.
 *
 * @param label "own" or "broker"
 * @param brokerSections the {@code SectionKind}s the agency wrote (all of them unless the company used the
 *     broker for some sections only); empty for own-voice plans
 * @param gold the fields the plan states, keyed by {@code FieldKeys}, normalised as documented there
 * @param surface how the plan writes each gold field
 */
public record CorpusPlan(
        String id,
        String split,
        String label,
        @Nullable String agency,
        @Nullable String agencyName,
        List<String> brokerSections,
        boolean hardNegative,
        String language,
        String template,
        int templateYear,
        String program,
        Company company,
        Map<String, Object> gold,
        Map<String, String> surface,
        PlanText plan) {

    public boolean broker() {
        return label.equals("broker");
    }
}
