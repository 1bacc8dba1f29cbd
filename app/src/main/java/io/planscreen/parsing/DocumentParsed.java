package io.planscreen.parsing;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.DocumentType;

/**
 * An application's original was parsed and the result stored ({@link DocumentParsing#parsed}).
 *
 * @param needsOcr some page had no text layer and could not be OCR'd: a human must read it
 * @param hiddenSpans hidden-text signals found (shown to evaluators, never sent to an LLM)
 */
public record DocumentParsed(
        ApplicationId application,
        DocumentType type,
        String parserVersion,
        String inputSha256,
        int pages,
        boolean needsOcr,
        int hiddenSpans) {}
