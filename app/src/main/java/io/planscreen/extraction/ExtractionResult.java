package io.planscreen.extraction;

import io.planscreen.shared.ProgramId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the plan says for the program's fields, where it says it, and what checks found. A contract
 * between modules: fields may be added, never renamed or removed.
 *
 * @param extractorVersion offline extractor version; {@code llmModel}/{@code promptPath}/{@code promptSha256}
 *     are set when an LLM contributed
 * @param flags e.g. "llm_unavailable", "prompt_injection_suspected"
 */
public record ExtractionResult(
        ProgramId program,
        List<ExtractedField> fields,
        List<Finding> findings,
        PaperworkReport paperwork,
        String extractorVersion,
        @Nullable String llmModel,
        @Nullable String promptPath,
        @Nullable String promptSha256,
        int llmTokensSent,
        List<String> flags) {

    public ExtractionResult {
        fields = List.copyOf(fields);
        findings = List.copyOf(findings);
        flags = List.copyOf(flags);
    }

    public Optional<ExtractedField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * @param value as written in the plan; {@code normalized} in the canonical format of
     *     {@link io.planscreen.ml.plan.FieldKeys}
     * @param extractor "offline", "llm" or "registry"
     * @param correctedValue the applicant's correction, kept beside (never over) the extracted value
     */
    public record ExtractedField(
            String key,
            String value,
            String normalized,
            int page,
            String quote,
            int start,
            int end,
            double confidence,
            String extractor,
            @Nullable String correctedValue) {}

    /** A validation finding a person reads; {@code message} already in the caller's language where possible. */
    public record Finding(String code, Severity severity, String message, List<String> fieldKeys, String evidence) {

        public Finding {
            fieldKeys = List.copyOf(fieldKeys);
        }
    }

    public enum Severity {
        INFO,
        WARNING,
        ERROR
    }

    /** Required fields and documents, before (all typed by the company) and after (what the plan or a registry covers). */
    public record PaperworkReport(
            int requiredItems, int satisfiedWithoutTyping, double reductionRatio, List<Item> items) {

        public PaperworkReport {
            items = List.copyOf(items);
        }

        /** @param source "plan", "registry", or "company" (still to be typed or attached) */
        public record Item(String key, String kind, String labelKo, String labelEn, String source) {}
    }
}
