package io.planscreen.parsing.internal;

import kr.dogfoot.hwpxlib.object.common.HWPXObject;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;

/**
 * The text of an HWPX part the walk does not read itself (drawing objects' text boxes, captions, headers and
 * footers, notes), taken from hwpxlib's extractor and written as paragraphs in place. A part the extractor
 * fails on costs its text and a warning, not the document.
 */
final class HwpxPartText {

    private final ParsedDocumentBuilder builder;

    HwpxPartText(ParsedDocumentBuilder builder) {
        this.builder = builder;
    }

    void append(HWPXObject part) {
        String text;
        try {
            text = TextExtractor.extractFrom(
                    part, TextExtractMethod.InsertControlTextBetweenParagraphText, new TextMarks());
        } catch (Exception | StackOverflowError e) {
            builder.warning("a part's text could not be read: " + e.getClass().getSimpleName());
            return;
        }
        if (text == null || text.isBlank()) {
            return;
        }
        text = HancomPrivateUse.toUnicode(text);
        builder.paragraphBreak();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                builder.paragraphBreak();
            } else {
                builder.text(line.strip(), null).lineBreak();
            }
        }
        builder.paragraphBreak();
    }
}
