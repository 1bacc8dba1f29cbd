package io.planscreen.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Every model or human decision, published by the module that made it; the audit module appends each
 * one to the hash-chained log. Published synchronously inside the deciding transaction, so the decision
 * and its audit record commit together or not at all.
 *
 * @param step e.g. "intake.accepted", "parsing.parsed", "extraction.fields", "similarity.reuse",
 *     "scoring.broker", "review.decision", "selfassessment.checked", "admin.model-activated"
 * @param actor "user:<username>" or "model:<name>" or "system:<module>"
 * @param modelVersion model or parser/extractor version that produced the output, when a model did
 * @param promptPath e.g. "prompts/extraction/v1", when a prompt was used
 * @param inputSha256 SHA-256 of what the step read (the original document's bytes, or a canonical JSON)
 * @param outputJson the decision itself, as JSON (canonical: stable key order)
 * @param explanation why, in words a person reads (reasons, the evaluator's stated reason)
 */
public record AuditableDecision(
        @Nullable ApplicationId application,
        String step,
        String actor,
        @Nullable String modelVersion,
        @Nullable String modelSha256,
        @Nullable String promptPath,
        @Nullable String promptSha256,
        String inputSha256,
        String outputJson,
        @Nullable String explanation,
        Instant at) {}
