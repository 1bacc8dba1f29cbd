package io.planscreen.parsing;

/**
 * What a list of applications needs of a stored parse, read without the document itself.
 *
 * @param hiddenSpans how many text spans a reader cannot see ({@link ParsedDocument#hiddenText()})
 * @param needsOcr some page has no text layer and no OCR: a human must look
 */
public record ParseSummary(int hiddenSpans, boolean needsOcr) {

    public static ParseSummary of(ParsedDocument document) {
        return new ParseSummary(document.hiddenText().size(), document.needsOcr());
    }
}
