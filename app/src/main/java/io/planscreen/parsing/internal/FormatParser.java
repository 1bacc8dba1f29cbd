package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentType;

/**
 * Reads one document format into a {@link ParsedDocument}, one Spring bean per {@link DocumentType}.
 * Implementations feed a {@link ParsedDocumentBuilder} and must respect the limits; hostile input ends in
 * a {@link io.planscreen.shared.PlanScreenException} with a document.* code. Timeouts and crashes
 * (StackOverflowError, OutOfMemoryError) are handled by the caller, which runs parsers on their own thread.
 */
interface FormatParser {

    DocumentType type();

    ParsedDocument parse(byte[] content, ParseLimits limits);
}
