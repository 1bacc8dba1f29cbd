package io.planscreen.shared;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Every model or human decision, published by the module that made it; the audit module appends each
 * one to the hash-chained log. Published synchronously inside the deciding transaction, so the decision
 * and its audit record commit together or not at all.
 *
 * <p>Named by who decided, then what they decided: {@code AuditableDecision.human(username).decided(...)},
 * likewise {@link #model}, {@link #rule} and {@link #system}; then, where they apply, {@link #withModel} (the
 * model version a decision came from or is about), {@link #withWeights}, {@link #withPrompt} and {@link #at}.
 *
 * @param step e.g. "intake.accepted", "parsing.parsed", "extraction.fields", "similarity.reuse",
 *     "scoring.broker", "review.decision", "selfassessment.checked", "admin.model-activated"
 * @param actor "user:<username>", "model:<name>", "rule:<name>" or "system:<module>"
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
        Instant at) {

    /** A person (an applicant, an evaluator, an admin), recorded as "user:<username>". */
    public static Decider human(String username) {
        return new Decider("user:" + username, null);
    }

    /** A model at a version, recorded as "model:<name>". */
    public static Decider model(String name, String version) {
        return new Decider("model:" + name, version);
    }

    /** A versioned rule (no trained weights, no prompt), recorded as "rule:<name>". */
    public static Decider rule(String name, String version) {
        return new Decider("rule:" + name, version);
    }

    /** A module acting on its own (a status change, a parse, a registration), recorded as "system:<module>". */
    public static Decider system(String module) {
        return new Decider("system:" + module, null);
    }

    /** Who decided: the actor the log records and, for a model or rule, its version. */
    public record Decider(String actor, @Nullable String version) {

        /** The decision, made now. */
        public AuditableDecision decided(
                @Nullable ApplicationId application,
                String step,
                String inputSha256,
                String outputJson,
                @Nullable String explanation) {
            return new AuditableDecision(
                    application,
                    step,
                    actor,
                    version,
                    null,
                    null,
                    null,
                    inputSha256,
                    outputJson,
                    explanation,
                    Instant.now());
        }
    }

    /** The model (or parser) version and weights' SHA-256 this decision came from or is about. */
    public AuditableDecision withModel(@Nullable String version, @Nullable String sha256) {
        return copy(version, sha256, promptPath, promptSha256, at);
    }

    /** The SHA-256 of the weights of the model that decided. */
    public AuditableDecision withWeights(@Nullable String sha256) {
        return copy(modelVersion, sha256, promptPath, promptSha256, at);
    }

    /** The prompt a language model was given, when one was. */
    public AuditableDecision withPrompt(@Nullable String path, @Nullable String sha256) {
        return copy(modelVersion, modelSha256, path, sha256, at);
    }

    /** When the decision was made, if not now (e.g. the moment an upload was received). */
    public AuditableDecision at(Instant instant) {
        return copy(modelVersion, modelSha256, promptPath, promptSha256, instant);
    }

    private AuditableDecision copy(
            @Nullable String version,
            @Nullable String sha256,
            @Nullable String path,
            @Nullable String pathSha256,
            Instant instant) {
        return new AuditableDecision(
                application,
                step,
                actor,
                version,
                sha256,
                path,
                pathSha256,
                inputSha256,
                outputJson,
                explanation,
                instant);
    }
}
