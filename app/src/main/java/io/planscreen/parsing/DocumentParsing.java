package io.planscreen.parsing;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.DocumentType;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Parsing's facade. */
public interface DocumentParsing {

    /**
     * Parses bytes within the configured limits (pages, time, memory). Hostile input ends as a
     * {@link io.planscreen.shared.PlanScreenException} with a document.* code, never anything else.
     */
    ParsedDocument parse(byte[] content, DocumentType type);

    /** The stored parse of an application's original, if the pipeline has parsed it. */
    Optional<ParsedDocument> parsed(ApplicationId application);

    /** Summaries of the stored parses of these applications in one read (the module overrides this fallback, which reads each one whole); unparsed ones are absent. */
    default Map<ApplicationId, ParseSummary> parseSummaries(Collection<ApplicationId> applications) {
        Map<ApplicationId, ParseSummary> out = new HashMap<>();
        applications.forEach(a -> parsed(a).ifPresent(p -> out.put(a, ParseSummary.of(p))));
        return out;
    }
}
