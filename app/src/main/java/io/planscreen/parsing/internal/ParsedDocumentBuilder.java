package io.planscreen.parsing.internal;

import io.planscreen.parsing.InvisibleCharacters;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.Box;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.parsing.ParsedDocument.HiddenText;
import io.planscreen.parsing.ParsedDocument.Page;
import io.planscreen.parsing.ParsedDocument.Table;
import io.planscreen.parsing.ParsedDocument.TextBlock;
import io.planscreen.parsing.StorableText;
import io.planscreen.shared.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What every format parser feeds: pages, runs of text (with a box where the format has layout), hidden
 * spans, tables and paragraph breaks. It keeps the offsets straight, finds invisible Unicode in everything
 * appended and detects the sections when the document is built. Paragraphs end up separated by a blank
 * line, lines inside a paragraph by a single line break ({@link io.planscreen.parsing.PlanTexts} relies on it).
 * Not thread-safe: one builder per parse.
 */
final class ParsedDocumentBuilder {

    private static final int EXCERPT = 200;

    private final StringBuilder text = new StringBuilder();

    private final List<Page> pages = new ArrayList<>();

    private final List<TextBlock> blocks = new ArrayList<>();

    private final List<Table> tables = new ArrayList<>();

    private final List<HiddenText> hidden = new ArrayList<>();

    private final List<String> warnings = new ArrayList<>();

    private final List<SectionDetector.Hint> headingHints = new ArrayList<>();

    private int page;

    /** Starts a page (1-based numbers, in order); sizes in points, 0 when the format has no pages. */
    ParsedDocumentBuilder page(int number, float width, float height) {
        return page(number, width, height, false, false);
    }

    ParsedDocumentBuilder page(int number, float width, float height, boolean ocr, boolean needsOcr) {
        if (!pages.isEmpty()) {
            paragraphBreak();
        }
        pages.add(new Page(number, width, height, ocr, needsOcr));
        page = number;
        return this;
    }

    /** Sets the current page's OCR flags once it is known whether it had a text layer. */
    ParsedDocumentBuilder pageFlags(boolean ocr, boolean needsOcr) {
        if (!pages.isEmpty()) {
            Page last = pages.remove(pages.size() - 1);
            pages.add(new Page(last.number(), last.width(), last.height(), ocr, needsOcr));
        }
        return this;
    }

    int currentPage() {
        return page;
    }

    int length() {
        return text.length();
    }

    /** Appends a run of visible text (invisible Unicode inside it is still flagged). */
    ParsedDocumentBuilder text(String run, @Nullable Box box) {
        return text(run, box, null);
    }

    /** Appends a run; when {@code hiddenKind} is set the whole run is recorded as hidden text. */
    ParsedDocumentBuilder text(String run, @Nullable Box box, @Nullable HiddenKind hiddenKind) {
        if (run.isEmpty()) {
            return this;
        }
        ensurePage();
        int start = text.length();
        text.append(StorableText.of(run));
        int end = text.length();
        blocks.add(new TextBlock(page, start, end, box));
        if (hiddenKind != null) {
            hidden.add(new HiddenText(hiddenKind, page, start, end, excerpt(start, end), box));
        }
        flagInvisibleUnicode(start, end, box);
        return this;
    }

    /** Records an already appended span as hidden (e.g. a PDF line whose glyphs were partly invisible). */
    ParsedDocumentBuilder hidden(HiddenKind kind, int start, int end, @Nullable Box box) {
        if (end > start) {
            hidden.add(new HiddenText(kind, page, start, end, excerpt(start, end), box));
        }
        return this;
    }

    ParsedDocumentBuilder space() {
        if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append(' ');
        }
        return this;
    }

    /** Ends the current line (a layout break inside a paragraph). */
    ParsedDocumentBuilder lineBreak() {
        trimTrailingSpaces();
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        return this;
    }

    /** Ends the current paragraph: a blank line follows, never more than one. */
    ParsedDocumentBuilder paragraphBreak() {
        lineBreak();
        if (text.length() > 0 && !endsWith("\n\n")) {
            text.append('\n');
        }
        return this;
    }

    /** Appends a paragraph that the format marks as a heading (a style, an outline level). */
    ParsedDocumentBuilder heading(String heading, int level, @Nullable Box box) {
        paragraphBreak();
        int start = text.length();
        text(heading.strip(), box);
        headingHints.add(new SectionDetector.Hint(start, Math.max(1, level)));
        return paragraphBreak();
    }

    /**
     * Appends a table as its own paragraph: one line per row, cells separated by tabs (a cell's line breaks
     * become spaces in the text and stay in {@link Table#rows()}).
     */
    ParsedDocumentBuilder table(List<List<String>> rows, @Nullable Box box) {
        if (rows.isEmpty()) {
            return this;
        }
        ensurePage();
        paragraphBreak();
        int start = text.length();
        List<List<String>> clean = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = row.stream().map(ParsedDocumentBuilder::cell).toList();
            clean.add(row.stream().map(ParsedDocumentBuilder::cellLines).toList());
            text(String.join("\t", cells), box);
            lineBreak();
        }
        int end = text.length() > start && text.charAt(text.length() - 1) == '\n' ? text.length() - 1 : text.length();
        tables.add(new Table(page, start, end, clean));
        return paragraphBreak();
    }

    /** Marks lines already appended as a table (layout formats detect tables after writing the text). */
    ParsedDocumentBuilder tableOver(int start, int end, List<List<String>> rows) {
        tables.add(new Table(page, start, end, storable(rows)));
        return this;
    }

    ParsedDocumentBuilder warning(String warning) {
        warnings.add(StorableText.of(warning));
        return this;
    }

    ParsedDocument build(DocumentType type, String parserVersion) {
        while (text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.setLength(text.length() - 1);
        }
        String all = text.toString();
        List<TextBlock> clampedBlocks = blocks.stream()
                .filter(b -> b.start() < all.length())
                .map(b -> new TextBlock(b.page(), b.start(), Math.min(b.end(), all.length()), b.box()))
                .toList();
        // a table of empty cells at the very end is whitespace the trim above removed (found by fuzzing HWPX)
        List<Table> clampedTables = tables.stream()
                .filter(t -> t.start() < all.length())
                .map(t -> new Table(t.page(), t.start(), Math.min(t.end(), all.length()), t.rows()))
                .toList();
        // and so can a hidden run of whitespace (found by fuzzing HWP)
        List<HiddenText> clampedHidden = hidden.stream()
                .filter(h -> h.start() < all.length())
                .map(h -> h.end() <= all.length()
                        ? h
                        : new HiddenText(h.kind(), h.page(), h.start(), all.length(), h.excerpt(), h.box()))
                .toList();
        return new ParsedDocument(
                type,
                parserVersion,
                all,
                pages,
                clampedBlocks,
                SectionDetector.detect(all, clampedBlocks, clampedTables, headingHints),
                clampedTables,
                clampedHidden,
                warnings);
    }

    private void ensurePage() {
        if (pages.isEmpty()) {
            pages.add(new Page(1, 0, 0, false, false));
            page = 1;
        }
    }

    private void flagInvisibleUnicode(int start, int end, @Nullable Box box) {
        int runStart = -1;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            boolean invisible = InvisibleCharacters.isInvisibleCodePoint(cp);
            if (invisible && runStart < 0) {
                runStart = i;
            } else if (!invisible && runStart >= 0) {
                hidden(HiddenKind.INVISIBLE_UNICODE, runStart, i, box);
                runStart = -1;
            }
            i += Character.charCount(cp);
        }
        if (runStart >= 0) {
            hidden(HiddenKind.INVISIBLE_UNICODE, runStart, end, box);
        }
    }

    /** The hidden run itself, or for invisible Unicode its code points (they print as nothing). */
    private String excerpt(int start, int end) {
        String raw = text.substring(start, Math.min(end, start + EXCERPT));
        boolean allInvisible = raw.codePoints().allMatch(InvisibleCharacters::isInvisibleCodePoint);
        if (!allInvisible) {
            return raw;
        }
        StringBuilder out = new StringBuilder();
        raw.codePoints().forEach(cp -> out.append(out.isEmpty() ? "" : " ").append("U+%04X".formatted(cp)));
        return out.toString();
    }

    /** A cell as the table keeps it: its line breaks kept, other breaks and tabs as spaces. */
    private static String cellLines(String value) {
        return StorableText.of(value.replace("\r\n", "\n").replaceAll("[\\t\\r]+", " "))
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
    }

    private static String cell(String value) {
        return StorableText.of(value.replaceAll("[\\t\\r\\n]+", " ")).strip();
    }

    private static List<List<String>> storable(List<List<String>> rows) {
        return rows.stream()
                .map(row -> row.stream().map(StorableText::of).toList())
                .toList();
    }

    private boolean endsWith(String suffix) {
        int n = text.length();
        return n >= suffix.length() && text.substring(n - suffix.length()).equals(suffix);
    }

    private void trimTrailingSpaces() {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }
}
