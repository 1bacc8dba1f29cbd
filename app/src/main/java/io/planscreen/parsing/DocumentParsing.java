package io.planscreen.parsing;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.DocumentType;
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
}
