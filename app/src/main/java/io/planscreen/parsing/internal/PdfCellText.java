package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.Box;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * The words of one table cell, in PDFBox's reading order and on PDFBox's lines (its line grouping copes with
 * words of one line on slightly different baselines, which Hancom's PDFs have). A line the writer
 * wrapped is joined to the previous one with a space; a line that starts anew (the previous one ended short,
 * or it starts with ※ or a bullet) keeps its break in the table's rows.
 */
final class PdfCellText {

    /** A run of a word with one hidden kind (null: visible) and its box. */
    private record Piece(String text, @Nullable HiddenKind kind, Box box) {}

    private record Word(float x0, float x1, List<Piece> pieces) {}

    private static final class Line {
        final int number;
        final float size;
        final List<Word> words = new ArrayList<>();

        Line(int number, float size) {
            this.number = number;
            this.size = size;
        }

        float x0() {
            return words.stream().map(Word::x0).min(Float::compare).orElse(0f);
        }

        float x1() {
            return words.stream().map(Word::x1).max(Float::compare).orElse(0f);
        }

        float firstWordWidth() {
            return words.stream()
                    .min(Comparator.comparingDouble(Word::x0))
                    .map(w -> w.x1() - w.x0())
                    .orElse(0f);
        }

        String start() {
            return words.isEmpty() || words.get(0).pieces().isEmpty()
                    ? ""
                    : words.get(0).pieces().get(0).text();
        }
    }

    private final List<Line> lines = new ArrayList<>();

    /** Adds a word that PDFBox put on the page's line {@code lineNumber}. */
    void add(List<TextPosition> glyphs, List<@Nullable HiddenKind> kinds, int lineNumber) {
        TextPosition first = glyphs.get(0);
        TextPosition end = glyphs.get(glyphs.size() - 1);
        Line line = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (line == null || line.number != lineNumber) {
            line = new Line(lineNumber, Math.max(first.getFontSizeInPt(), 1f));
            lines.add(line);
        }
        List<Piece> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || kinds.get(i) != kinds.get(from)) {
                StringBuilder text = new StringBuilder();
                for (int k = from; k < i; k++) {
                    text.append(glyphs.get(k).getUnicode());
                }
                pieces.add(new Piece(text.toString(), kinds.get(from), box(glyphs.get(from), glyphs.get(i - 1))));
                from = i;
            }
        }
        line.words.add(new Word(first.getXDirAdj(), end.getXDirAdj() + end.getWidthDirAdj(), pieces));
    }

    /**
     * Writes the cell's words to the text (breaks as spaces) and returns the cell's text as the table keeps
     * it: what a reader sees (hidden runs stay flagged in the text only).
     */
    String write(float left, float right, ParsedDocumentBuilder builder) {
        StringBuilder kept = new StringBuilder();
        Runs runs = new Runs(builder);
        float padding = Float.MAX_VALUE;
        for (Line line : lines) {
            padding = Math.min(padding, Math.max(0, line.x0() - left));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i > 0) {
                kept.append(wrapped(lines.get(i - 1), line, right - padding) ? ' ' : '\n');
                runs.space();
            }
            for (int w = 0; w < line.words.size(); w++) {
                if (w > 0) { // as the builder does: no second space where a word already ends with one
                    if (!kept.isEmpty() && !Character.isWhitespace(kept.charAt(kept.length() - 1))) {
                        kept.append(' ');
                    }
                    runs.space();
                }
                for (Piece piece : line.words.get(w).pieces()) {
                    if (piece.kind() == null) {
                        kept.append(piece.text());
                    }
                    runs.add(piece);
                }
            }
        }
        runs.flush();
        return kept.toString().strip();
    }

    /** Words of one hidden kind (or visible) written as one run: one hidden sentence is one signal, not one per word. */
    private static final class Runs {
        private final ParsedDocumentBuilder builder;
        private final StringBuilder text = new StringBuilder();
        private @Nullable HiddenKind kind;
        private float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
        private boolean pendingSpace;

        Runs(ParsedDocumentBuilder builder) {
            this.builder = builder;
        }

        void space() {
            pendingSpace = true;
        }

        void add(Piece piece) {
            if (!text.isEmpty() && piece.kind() != kind) {
                flush();
            }
            if (pendingSpace) {
                if (text.isEmpty()) {
                    builder.space();
                } else if (!Character.isWhitespace(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
                pendingSpace = false;
            }
            text.append(piece.text());
            kind = piece.kind();
            Box b = piece.box();
            x0 = Math.min(x0, b.x());
            y0 = Math.min(y0, b.y());
            x1 = Math.max(x1, b.x() + b.width());
            y1 = Math.max(y1, b.y() + b.height());
        }

        void flush() {
            if (!text.isEmpty()) {
                builder.text(text.toString(), new Box(x0, y0, x1 - x0, y1 - y0), kind);
                text.setLength(0);
                x0 = y0 = Float.MAX_VALUE;
                x1 = y1 = -Float.MAX_VALUE;
            }
        }
    }

    /** The writer moved the next line's first word down because it did not fit after the previous line. */
    private static boolean wrapped(Line previous, Line next, float right) {
        String start = next.start();
        if (start.startsWith("※")
                || start.startsWith("•")
                || start.startsWith("◦")
                || start.startsWith("-")
                || start.startsWith("▪")) {
            return false;
        }
        return previous.x1() + previous.size * 0.3f + next.firstWordWidth() > right - 0.5f;
    }

    private static Box box(TextPosition a, TextPosition b) {
        float x0 = Math.min(a.getXDirAdj(), b.getXDirAdj());
        float y0 = Math.min(a.getYDirAdj() - a.getHeightDir(), b.getYDirAdj() - b.getHeightDir());
        float x1 = Math.max(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj());
        float y1 = Math.max(a.getYDirAdj(), b.getYDirAdj());
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
