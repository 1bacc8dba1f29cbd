package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.util.HashMap;
import java.util.Map;
import kr.dogfoot.hwpxlib.object.content.header_xml.HeaderXMLFile;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.Style;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import org.jspecify.annotations.Nullable;

/**
 * What an HWPX header.xml says about the text: heading levels from the 개요 N / Outline N styles, and hidden text
 * from character shapes (a colour near the white paper, a height under 1 pt), looked up by their ids.
 */
final class HwpxFormatting {

    /** HWPX character heights are in 1/100 pt. */
    private static final int MIN_HEIGHT = (int) (FormattingSignals.MIN_READABLE_POINTS * 100);

    private static final String PAPER = "FFFFFF";

    private final Map<String, CharPr> charShapes = new HashMap<>();

    private final Map<String, Style> styles = new HashMap<>();

    HwpxFormatting(@Nullable HeaderXMLFile header) {
        if (header != null && header.refList() != null) {
            var refs = header.refList();
            if (refs.charProperties() != null) {
                refs.charProperties().items().forEach(c -> charShapes.put(c.id(), c));
            }
            if (refs.styles() != null) {
                refs.styles().items().forEach(s -> styles.put(s.id(), s));
            }
        }
    }

    @Nullable
    HiddenKind hiddenKind(@Nullable String charPrId) {
        CharPr shape = charPrId == null ? null : charShapes.get(charPrId);
        if (shape == null) {
            return null;
        }
        if (shape.height() != null && shape.height() < MIN_HEIGHT) {
            return HiddenKind.TINY_FONT;
        }
        if (FormattingSignals.nearBackground(shape.textColor(), PAPER)) {
            return HiddenKind.BACKGROUND_COLOUR;
        }
        return null;
    }

    boolean hasHiddenRun(Para para) {
        for (Run run : para.runs()) {
            if (hiddenKind(run.charPrIDRef()) != null) {
                return true;
            }
        }
        return false;
    }

    int headingLevel(Para para) {
        Style style = para.styleIDRef() == null ? null : styles.get(para.styleIDRef());
        if (style == null) {
            return 0;
        }
        int level = FormattingSignals.headingLevel(style.name());
        return level > 0 ? level : FormattingSignals.headingLevel(style.engName());
    }
}
