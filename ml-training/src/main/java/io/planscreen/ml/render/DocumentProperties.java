package io.planscreen.ml.render;

import java.util.List;

/**
 * What a rendered file says about where it was made: the document properties an office suite writes
 * (author, last saved by, company, template, the application) and the house look (a named body style and
 * heading style, the fonts). Empty strings mean "not written", as a writer who scrubs metadata leaves them.
 *
 * @param styleNames the names of the body and heading styles, in that order
 */
public record DocumentProperties(
        String author,
        String lastSavedBy,
        String company,
        String title,
        String template,
        String creatorTool,
        List<String> fonts,
        List<String> styleNames) {

    public DocumentProperties {
        fonts = List.copyOf(fonts);
        styleNames = List.copyOf(styleNames);
    }

    /** What the renderers wrote before metadata was a parameter. */
    public static final DocumentProperties DEFAULT =
            new DocumentProperties("planscreen", "", "", "", "", "", List.of(), List.of());

    /** The fonts for body text: the first named one, or the renderer's own. */
    public String bodyFont(String fallback) {
        return fonts.isEmpty() ? fallback : fonts.get(0);
    }
}
