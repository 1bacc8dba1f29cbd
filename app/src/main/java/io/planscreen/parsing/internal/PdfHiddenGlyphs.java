package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.parsing.internal.PdfPaths.FilledRect;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

/** Why a glyph cannot be seen: render mode, size, position, then its colour against what is painted under it. */
final class PdfHiddenGlyphs {

    private static final float TINY_POINTS = 1f;

    private static final int NEAR_COLOUR = 24;

    private static final int WHITE = 0xFFFFFF;

    // toRGB per glyph is costly; the fill colour object only changes when a colour operator runs
    private @Nullable PDColor lastFill;

    private int lastFillRgb = -1;

    /** The reason, or null when the glyph is visible. */
    @Nullable
    HiddenKind kind(TextPosition text, RenderingMode mode, PDColor fill, List<FilledRect> painted) {
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return HiddenKind.INVISIBLE_RENDER_MODE;
        }
        if (text.getFontSizeInPt() < TINY_POINTS && !text.getUnicode().isBlank()) {
            return HiddenKind.TINY_FONT;
        }
        float x = text.getXDirAdj();
        float y = text.getYDirAdj();
        if (x + text.getWidthDirAdj() < 0
                || x > text.getPageWidth()
                || y < 0
                || y - text.getHeightDir() > text.getPageHeight()) {
            return HiddenKind.OUTSIDE_PAGE;
        }
        if (mode.isFill() && sameAsBackground(text, fill, painted)) {
            return HiddenKind.BACKGROUND_COLOUR;
        }
        return null;
    }

    private boolean sameAsBackground(TextPosition text, PDColor fill, List<FilledRect> painted) {
        if (fill != lastFill) {
            try {
                lastFillRgb = fill.toRGB();
            } catch (IOException | RuntimeException e) {
                lastFillRgb = -1;
            }
            lastFill = fill;
        }
        int colour = lastFillRgb;
        if (colour < 0) {
            return false;
        }
        if (painted.isEmpty()) {
            return near(colour, WHITE); // nothing painted yet: the page itself is the background
        }
        Matrix trm = text.getTextMatrix();
        float gx = trm.getTranslateX() + text.getWidthDirAdj() / 2;
        float gy = trm.getTranslateY() + text.getHeightDir() / 2;
        int background = WHITE;
        for (int i = painted.size() - 1; i >= 0; i--) {
            FilledRect r = painted.get(i);
            if (gx >= r.x0() && gx <= r.x1() && gy >= r.y0() && gy <= r.y1()) {
                background = r.rgb();
                break;
            }
        }
        return near(colour, background);
    }

    private static boolean near(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) <= NEAR_COLOUR
                && Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF)) <= NEAR_COLOUR
                && Math.abs((a & 0xFF) - (b & 0xFF)) <= NEAR_COLOUR;
    }
}
