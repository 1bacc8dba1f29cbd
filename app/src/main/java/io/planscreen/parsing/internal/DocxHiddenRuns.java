package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.HiddenKind;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;

/**
 * Word runs a reader does not see: vanish (hidden font), under 1 pt, or a colour near what is behind it (the
 * run's shading, else the paragraph's, else the page background).
 */
final class DocxHiddenRuns {

    private final String background;

    DocxHiddenRuns(XWPFDocument document) {
        this.background = documentBackground(document);
    }

    @Nullable
    HiddenKind kind(XWPFRun run, XWPFParagraph paragraph) {
        if (run.isVanish()) {
            return HiddenKind.INVISIBLE_RENDER_MODE;
        }
        Double size = run.getFontSizeAsDouble();
        if (size != null && size < FormattingSignals.MIN_READABLE_POINTS) {
            return HiddenKind.TINY_FONT;
        }
        String behind = shading(run);
        if (behind == null) {
            behind = paragraphShading(paragraph);
        }
        if (FormattingSignals.nearBackground(run.getColor(), behind == null ? background : behind)) {
            return HiddenKind.BACKGROUND_COLOUR;
        }
        return null;
    }

    private static @Nullable String shading(XWPFRun run) {
        if (run.getCTR().getRPr() == null || run.getCTR().getRPr().sizeOfShdArray() == 0) {
            return null;
        }
        return fill(run.getCTR().getRPr().getShdArray(0));
    }

    private static @Nullable String paragraphShading(XWPFParagraph paragraph) {
        CTPPr pPr = paragraph.getCTP().getPPr();
        return pPr == null || pPr.getShd() == null ? null : fill(pPr.getShd());
    }

    private static @Nullable String fill(CTShd shd) {
        Object fill = shd.getFill();
        return fill == null ? null : fill.toString();
    }

    private static String documentBackground(XWPFDocument document) {
        var ctDocument = document.getDocument();
        if (ctDocument.getBackground() != null && ctDocument.getBackground().getColor() != null) {
            return ctDocument.getBackground().getColor().toString();
        }
        return "FFFFFF";
    }
}
