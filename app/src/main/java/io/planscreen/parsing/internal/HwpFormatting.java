package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.util.List;
import java.util.Objects;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.charshape.CharPositionShapeIdPair;
import kr.dogfoot.hwplib.object.docinfo.CharShape;
import kr.dogfoot.hwplib.object.docinfo.DocInfo;
import kr.dogfoot.hwplib.object.docinfo.Style;
import org.jspecify.annotations.Nullable;

/**
 * What an HWP document's DocInfo says about its text: heading levels from the 개요 N / Outline N styles, and
 * hidden text from character shapes (a colour near the white paper, a size under 1 pt).
 */
final class HwpFormatting {

    /** HWP base sizes are in 1/100 pt. */
    private static final int MIN_SIZE = (int) (FormattingSignals.MIN_READABLE_POINTS * 100);

    private static final String PAPER = "FFFFFF";

    private final DocInfo docInfo;

    HwpFormatting(DocInfo docInfo) {
        this.docInfo = docInfo;
    }

    int headingLevel(Paragraph paragraph) {
        int id = paragraph.getHeader().getStyleId();
        List<Style> styles = docInfo.getStyleList();
        if (id < 0 || id >= styles.size()) {
            return 0;
        }
        Style style = styles.get(id);
        int level = FormattingSignals.headingLevel(style.getHangulName());
        return level > 0 ? level : FormattingSignals.headingLevel(style.getEnglishName());
    }

    List<HiddenKind> hiddenKinds(Paragraph paragraph) {
        return shapes(paragraph).stream()
                .map(p -> hiddenKind(p.getShapeId()))
                .filter(Objects::nonNull)
                .toList();
    }

    @Nullable
    HiddenKind hiddenKind(long shapeId) {
        List<CharShape> shapes = docInfo.getCharShapeList();
        if (shapeId < 0 || shapeId >= shapes.size()) {
            return null;
        }
        CharShape shape = shapes.get((int) shapeId);
        if (shape.getBaseSize() < MIN_SIZE) {
            return HiddenKind.TINY_FONT;
        }
        var colour = shape.getCharColor();
        String rgb = "%02X%02X%02X".formatted(colour.getR(), colour.getG(), colour.getB());
        return FormattingSignals.nearBackground(rgb, PAPER) ? HiddenKind.BACKGROUND_COLOUR : null;
    }

    static List<CharPositionShapeIdPair> shapes(Paragraph paragraph) {
        return paragraph.getCharShape() == null
                ? List.of()
                : paragraph.getCharShape().getPositonShapeIdPairList();
    }

    /** The character shape in force at a character position (pairs are sorted by position). */
    static long shapeAt(List<CharPositionShapeIdPair> shapes, int position) {
        long id = shapes.isEmpty() ? -1 : shapes.get(0).getShapeId();
        for (CharPositionShapeIdPair pair : shapes) {
            if (pair.getPosition() > position) {
                break;
            }
            id = pair.getShapeId();
        }
        return id;
    }
}
