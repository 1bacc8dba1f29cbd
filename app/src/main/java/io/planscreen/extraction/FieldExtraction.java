package io.planscreen.extraction;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import java.util.Optional;

/** Extraction's facade. */
public interface FieldExtraction {

    /** Offline rules always, the LLM when configured; stores nothing (self-assessment, evaluation, reproduction). */
    ExtractionResult extract(ParsedDocument document, ProgramId program);

    /** The offline extractor alone: deterministic, bit-identical for the same input and version. */
    ExtractionResult extractOffline(ParsedDocument document, ProgramId program);

    /** The stored result for an application, with the applicant's corrections beside the extracted values. */
    Optional<ExtractionResult> extracted(ApplicationId application);
}
