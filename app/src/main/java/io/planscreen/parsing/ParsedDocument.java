package io.planscreen.parsing;

import io.planscreen.ml.plan.SectionKind;
import io.planscreen.shared.DocumentType;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A document read into text the rest of the pipeline can cite. All offsets are character offsets into
 * {@link #text()}, which holds everything extracted in reading order, hidden text included; hidden spans
 * are listed in {@link #hiddenText()} and left out of {@link #visibleText()} (the only text an LLM may
 * see). A contract between modules: fields may be added, never renamed or removed.
 *
 * @param parserVersion which parser build produced this (recorded with every decision that used it)
 */
public record ParsedDocument(
        DocumentType type,
        String parserVersion,
        String text,
        List<Page> pages,
        List<TextBlock> blocks,
        List<Section> sections,
        List<Table> tables,
        List<HiddenText> hiddenText,
        List<String> warnings) {

    public ParsedDocument {
        pages = List.copyOf(pages);
        blocks = List.copyOf(blocks);
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        hiddenText = List.copyOf(hiddenText);
        warnings = List.copyOf(warnings);
    }

    /** @param needsOcr no text layer and no OCR available: a human must look (never a failure) */
    public record Page(int number, float width, float height, boolean ocr, boolean needsOcr) {}

    /**
     * A run of text in reading order; {@code box} in points with the origin at the page's top-left (y grows
     * downwards), when the format has layout.
     */
    public record TextBlock(
            int page, int start, int end, @Nullable Box box) {}

    public record Box(float x, float y, float width, float height) {}

    /**
     * A heading and the text under it up to the next heading of the same or a higher level.
     *
     * @param number the heading's own numbering ("1.", "1-1", "□", "가."), null when un-numbered
     * @param kind the canonical template section, {@link SectionKind#OTHER} when not recognised
     */
    public record Section(
            String heading,
            @Nullable String number,
            int level,
            SectionKind kind,
            int page,
            int headingStart,
            int start,
            int end) {}

    /** A table as rows of cell texts; {@code start}/{@code end} span its text in {@link #text()}. */
    public record Table(int page, int start, int end, List<List<String>> rows) {

        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public enum HiddenKind {
        INVISIBLE_RENDER_MODE,
        BACKGROUND_COLOUR,
        TINY_FONT,
        OUTSIDE_PAGE,
        INVISIBLE_UNICODE
    }

    public record HiddenText(
            HiddenKind kind,
            int page,
            int start,
            int end,
            String excerpt,
            @Nullable Box box) {}

    /** The warning a page gets when it has no text layer and OCR is off or not installed. */
    public static final String OCR_UNAVAILABLE = "OCR unavailable";

    /** Why a document yielded no readable text; an evaluator must know the plan was never read. */
    public enum NotRead {
        /** image-only pages that OCR could not read (failed, or over the OCR page limit) */
        NEEDS_OCR,
        /** image-only pages while OCR is off or not installed */
        OCR_UNAVAILABLE,
        /** no text and no images to read */
        EMPTY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Null when the document has any text (hidden text is flagged on its own); otherwise why it has none. */
    public @Nullable NotRead notRead() {
        boolean anyText = text.codePoints()
                .anyMatch(cp -> !Character.isWhitespace(cp) && !InvisibleCharacters.isInvisibleCodePoint(cp));
        if (anyText) {
            return null;
        }
        if (warnings.stream().anyMatch(w -> w.contains(OCR_UNAVAILABLE))) {
            return NotRead.OCR_UNAVAILABLE;
        }
        return needsOcr() ? NotRead.NEEDS_OCR : NotRead.EMPTY;
    }

    public boolean needsOcr() {
        return pages.stream().anyMatch(Page::needsOcr);
    }

    /** {@link #text()} with every hidden span removed and invisible Unicode stripped. */
    public String visibleText() {
        boolean[] hidden = new boolean[text.length()];
        for (HiddenText span : hiddenText) {
            for (int i = Math.max(0, span.start()); i < Math.min(text.length(), span.end()); i++) {
                hidden[i] = true;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!hidden[i] && !InvisibleCharacters.isInvisibleCodePoint(cp)) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out.toString();
    }

    public String slice(int start, int end) {
        return text.substring(Math.max(0, start), Math.min(text.length(), end));
    }
}
