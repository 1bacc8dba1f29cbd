package io.planscreen.parsing;

import org.jspecify.annotations.Nullable;

/**
 * What a list of applications needs of a stored parse, read without the document itself.
 *
 * @param hiddenSpans how many text spans a reader cannot see ({@link ParsedDocument#hiddenText()})
 * @param needsOcr some page has no text layer and no OCR: a human must look
 * @param notRead {@link ParsedDocument.NotRead#code()} when no text at all was read, else null
 */
public record ParseSummary(
        int hiddenSpans, boolean needsOcr, @Nullable String notRead) {

    public static ParseSummary of(ParsedDocument document) {
        ParsedDocument.NotRead notRead = document.notRead();
        return new ParseSummary(
                document.hiddenText().size(), document.needsOcr(), notRead == null ? null : notRead.code());
    }
}
