package io.planscreen.ml.render;

import java.util.List;

/**
 * @param scanned render pages as images only (no text layer), as a scanner would
 * @param hidden text to smuggle in, each the way a real attack would (white text, 0.5 pt, ...)
 * @param properties the file's metadata and house look (author, last saved by, company, fonts, style names)
 */
public record RenderOptions(
        Format format, boolean scanned, List<HiddenInjection> hidden, DocumentProperties properties) {

    public RenderOptions {
        hidden = List.copyOf(hidden);
    }

    public RenderOptions(Format format, boolean scanned, List<HiddenInjection> hidden) {
        this(format, scanned, hidden, DocumentProperties.DEFAULT);
    }

    public RenderOptions withProperties(DocumentProperties other) {
        return new RenderOptions(format, scanned, hidden, other);
    }

    public static RenderOptions plain(Format format) {
        return new RenderOptions(format, false, List.of());
    }

    public enum Format {
        PDF,
        DOCX,
        HWPX,
        HWP
    }

    /** @param afterParagraph index into PlanText.paragraphs() after which the text goes */
    public record HiddenInjection(Kind kind, String text, int afterParagraph) {

        public enum Kind {
            WHITE_TEXT,
            TINY_FONT,
            INVISIBLE_RENDER_MODE,
            OUTSIDE_PAGE,
            ZERO_WIDTH_CHARACTERS
        }
    }
}
