package io.planscreen.extraction;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Extraction's facade. */
public interface FieldExtraction {

    /** Offline rules always, the LLM when configured; stores nothing (self-assessment, evaluation, reproduction). */
    ExtractionResult extract(ParsedDocument document, ProgramId program);

    /** The offline extractor alone: deterministic, bit-identical for the same input and version. */
    ExtractionResult extractOffline(ParsedDocument document, ProgramId program);

    /** The stored result for an application, with the applicant's corrections beside the extracted values. */
    Optional<ExtractionResult> extracted(ApplicationId application);

    /**
     * The stored result with its findings again in {@code locale} (the reader's), over the values as corrected
     * (the module overrides this fallback, which keeps the findings as stored).
     */
    default Optional<ExtractionResult> extracted(ApplicationId application, Locale locale) {
        return extracted(application);
    }

    /** Finding counts of the stored results of these applications in one read (the module overrides this fallback, which reads each one whole); unextracted ones are absent. */
    default Map<ApplicationId, FindingCounts> findingCounts(Collection<ApplicationId> applications) {
        Map<ApplicationId, FindingCounts> out = new HashMap<>();
        applications.forEach(a -> extracted(a).ifPresent(r -> out.put(a, FindingCounts.of(r))));
        return out;
    }
}
