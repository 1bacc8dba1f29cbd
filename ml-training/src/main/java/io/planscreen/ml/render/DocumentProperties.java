package io.planscreen.ml.render;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a rendered file says about where it was made: the document properties an office suite writes
 * (author, last saved by, company, template, the application) and the house look (a named body style and
 * heading style, the fonts). Empty strings mean "not written", as a writer who scrubs metadata leaves them.
 *
 * @param styleNames the names of the body and heading styles, in that order
 * @param history when the file was made and saved, how often and how long it was edited
 */
public record DocumentProperties(
        String author,
        String lastSavedBy,
        String company,
        String title,
        String template,
        String creatorTool,
        List<String> fonts,
        List<String> styleNames,
        History history) {

    public DocumentProperties {
        fonts = List.copyOf(fonts);
        styleNames = List.copyOf(styleNames);
    }

    public DocumentProperties(
            String author,
            String lastSavedBy,
            String company,
            String title,
            String template,
            String creatorTool,
            List<String> fonts,
            List<String> styleNames) {
        this(author, lastSavedBy, company, title, template, creatorTool, fonts, styleNames, History.NONE);
    }

    public DocumentProperties withHistory(History other) {
        return new DocumentProperties(
                author, lastSavedBy, company, title, template, creatorTool, fonts, styleNames, other);
    }

    /**
     * A file's editing history as office suites record it. A file saved from another client's copy keeps that
     * copy's created date and counts on its revisions.
     *
     * @param created ISO-8601 instant, or null for the renderers' fixed date
     * @param modified ISO-8601 instant, or null for the renderers' fixed date
     * @param revision 0 when not written
     * @param editingMinutes total editing time, 0 when not written
     */
    public record History(
            @Nullable String created, @Nullable String modified, int revision, int editingMinutes) {

        public static final History NONE = new History(null, null, 0, 0);
    }

    /** What the renderers wrote before metadata was a parameter. */
    public static final DocumentProperties DEFAULT =
            new DocumentProperties("planscreen", "", "", "", "", "", List.of(), List.of());

    /** The fonts for body text: the first named one, or the renderer's own. */
    public String bodyFont(String fallback) {
        return fonts.isEmpty() ? fallback : fonts.get(0);
    }
}
