package io.planscreen.selfassessment;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a company learns about its plan before applying. Deliberately without the broker model's score:
 * originality is advice on passages, never a number that could be gamed.
 *
 * @param rubricSource "offline" (structure and specificity rules) or the LLM that contributed, as provider:model
 * @param rubricPrompt the prompt version the LLM was asked with (e.g. "prompts/rubric/v1"), when it contributed
 * @param notes things the company should know about this report itself (e.g. rubric is offline only)
 */
public record SelfAssessmentReport(
        ProgramId program,
        DocumentType type,
        String documentSha256,
        int pages,
        Completeness completeness,
        List<ExtractionResult.ExtractedField> fields,
        List<ExtractionResult.Finding> findings,
        ExtractionResult.PaperworkReport paperwork,
        List<RubricFeedback> rubric,
        String rubricSource,
        @Nullable String rubricPrompt,
        Originality originality,
        List<Note> notes) {

    public record Completeness(
            List<String> missingFields, List<String> presentSections, List<String> missingSections) {}

    public enum Level {
        MISSING,
        THIN,
        GENERIC,
        SPECIFIC
    }

    /** @param criterion the template section ({@code SectionKind} name) the feedback is about */
    public record RubricFeedback(String criterion, String title, Level level, List<String> advice) {}

    /** @param code stable, e.g. "offline_rubric", "llm_unavailable"; {@code text} is in the reader's language */
    public record Note(String code, String text) {}

    public record Originality(String guidance, List<Passage> genericPassages) {}

    /** One of the company's own paragraphs that reads like template text shared with other plans. */
    public record Passage(int paragraph, String text) {}
}
