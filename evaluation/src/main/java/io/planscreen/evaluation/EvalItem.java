package io.planscreen.evaluation;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.Region;
import io.planscreen.shared.DocumentType;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One document to evaluate: a corpus plan (its PlanText, and a rendered file when there is one) or a
 * user's own file, with whatever gold and labels are known.
 *
 * @param label 1 broker-written, 0 own-voice, null unknown
 * @param gold field key → normalised value as a string
 * @param company the company that submitted it (reuse excludes its own plans); null when unknown
 */
public record EvalItem(
        String id,
        @Nullable Integer label,
        @Nullable String agency,
        String program,
        @Nullable String language,
        @Nullable Region region,
        @Nullable String size,
        @Nullable String industry,
        Map<String, String> gold,
        @Nullable PlanText plan,
        @Nullable Path file,
        @Nullable DocumentType type,
        @Nullable String company) {}
