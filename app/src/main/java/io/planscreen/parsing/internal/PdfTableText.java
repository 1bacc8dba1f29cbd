package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.Box;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * The words of a page that fall inside a ruled table, gathered per cell and written as the table (a row per
 * line, cells separated by tabs, as the DOCX and HWPX parsers write theirs) instead of as the page's lines
 * that run across cells. A cell's lines that the writer wrapped are joined with a space; lines that start
 * anew (a shorter line before, a ※ or bullet line) keep their break in {@code Table.rows()}.
 */
final class PdfTableText {

    /** A word's place: which grid of the page and which of its cells. */
    record Target(int grid, int cell) {}

    /** A run of a word with one hidden kind (null: visible) and its box. */
    private record Piece(String text, @Nullable HiddenKind kind, Box box) {}

    private static final class CellLine {
        final float baseline;
        final float size;
        final float x0;
        float x1;
        float firstWordWidth = -1;
        boolean pendingSpace;
        final List<Piece> pieces = new ArrayList<>();

        CellLine(float baseline, float size, float x0) {
            this.baseline = baseline;
            this.size = size;
            this.x0 = x0;
        }
    }

    private final List<PdfGrid> grids;

    private final Map<Target, List<CellLine>> lines = new HashMap<>();

    private final boolean[] written;

    private final List<Integer> open = new ArrayList<>();

    private @Nullable CellLine last;

    PdfTableText(List<PdfGrid> grids) {
        this.grids = grids;
        this.written = new boolean[grids.size()];
    }

    /** Where a glyph goes: a cell of a table not yet written, or null (the page's own lines). */
    @Nullable
    Target target(TextPosition glyph) {
        float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
        float y = glyph.getYDirAdj() - glyph.getHeightDir() / 2;
        for (int g = 0; g < grids.size(); g++) {
            int cell = grids.get(g).cellHolding(x, y);
            if (cell >= 0) {
                return written[g] ? null : new Target(g, cell);
            }
        }
        return null;
    }

    boolean hasOpen() {
        return !open.isEmpty();
    }

    /** Adds a word (or the part of it in one cell) to its cell, on the cell's current line or a new one. */
    void add(Target target, List<TextPosition> glyphs, List<@Nullable HiddenKind> kinds) {
        if (!open.contains(target.grid())) {
            open.add(target.grid());
        }
        TextPosition first = glyphs.get(0);
        TextPosition end = glyphs.get(glyphs.size() - 1);
        float baseline = first.getYDirAdj();
        float size = Math.max(first.getFontSizeInPt(), 1f);
        List<CellLine> cell = lines.computeIfAbsent(target, t -> new ArrayList<>());
        CellLine line = cell.isEmpty() ? null : cell.get(cell.size() - 1);
        if (line == null || Math.abs(line.baseline - baseline) > Math.max(1f, line.size * 0.5f)) {
            line = new CellLine(baseline, size, first.getXDirAdj());
            cell.add(line);
        }
        float x1 = end.getXDirAdj() + end.getWidthDirAdj();
        if (line.firstWordWidth < 0) {
            line.firstWordWidth = x1 - first.getXDirAdj();
        } else if (line.pendingSpace) {
            line.pieces.add(new Piece(" ", null, box(first, first)));
        }
        line.pendingSpace = false;
        line.x1 = Math.max(line.x1, x1);
        int from = 0;
        for (int i = 1; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || kinds.get(i) != kinds.get(from)) {
                StringBuilder text = new StringBuilder();
                for (int k = from; k < i; k++) {
                    text.append(glyphs.get(k).getUnicode());
                }
                line.pieces.add(new Piece(text.toString(), kinds.get(from), box(glyphs.get(from), glyphs.get(i - 1))));
                from = i;
            }
        }
        last = line;
    }

    /** PDFBox saw a word gap after the last word: it counts only if the next word lands on the same line. */
    void wordSeparator() {
        if (last != null) {
            last.pendingSpace = true;
        }
    }

    /** Writes every table that got words and is not written yet, in the order they were reached. */
    void writeOpen(ParsedDocumentBuilder builder) {
        for (int g : open) {
            write(g, builder);
            written[g] = true;
        }
        open.clear();
        last = null;
    }

    private void write(int g, ParsedDocumentBuilder builder) {
        PdfGrid grid = grids.get(g);
        builder.paragraphBreak();
        int start = builder.length();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                int index = grid.cellAt(r, c);
                PdfGrid.Cell cell = grid.cells().get(index);
                if (cell.col0() != c) {
                    continue; // a merged cell is one cell of its first row and column, as in Word
                }
                if (!row.isEmpty()) {
                    builder.text("\t", null);
                }
                row.add(cell.row0() == r ? writeCell(cell, lines.get(new Target(g, index)), builder) : "");
            }
            builder.lineBreak();
            rows.add(row);
        }
        int end = Math.max(start, builder.length() - 1);
        builder.tableOver(start, end, rows);
        builder.paragraphBreak();
    }

    /** Writes the cell's words to the text (breaks as spaces) and returns its text as the table keeps it. */
    private static String writeCell(
            PdfGrid.Cell cell, @Nullable List<CellLine> cellLines, ParsedDocumentBuilder builder) {
        if (cellLines == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        float padding = Float.MAX_VALUE;
        for (CellLine line : cellLines) {
            padding = Math.min(padding, Math.max(0, line.x0 - cell.left()));
        }
        for (int i = 0; i < cellLines.size(); i++) {
            CellLine line = cellLines.get(i);
            if (i > 0) {
                kept.append(wrapped(cellLines.get(i - 1), line, cell.right() - padding) ? ' ' : '\n');
                builder.space();
            }
            for (Piece piece : line.pieces) {
                if (piece.kind() == null || piece.kind() == HiddenKind.INVISIBLE_UNICODE) {
                    kept.append(
                            piece.text()); // the table keeps what a reader sees; hidden runs stay flagged in the text
                }
                builder.text(piece.text(), piece.box(), piece.kind());
            }
        }
        return kept.toString().strip();
    }

    /** The writer moved the next line's first word down because it did not fit after the previous line. */
    private static boolean wrapped(CellLine previous, CellLine next, float right) {
        String start = next.pieces.isEmpty() ? "" : next.pieces.get(0).text();
        if (start.startsWith("※")
                || start.startsWith("•")
                || start.startsWith("◦")
                || start.startsWith("-")
                || start.startsWith("▪")) {
            return false;
        }
        return previous.x1 + previous.size * 0.3f + next.firstWordWidth > right - 0.5f;
    }

    private static Box box(TextPosition a, TextPosition b) {
        float x0 = Math.min(a.getXDirAdj(), b.getXDirAdj());
        float y0 = Math.min(a.getYDirAdj() - a.getHeightDir(), b.getYDirAdj() - b.getHeightDir());
        float x1 = Math.max(a.getXDirAdj() + a.getWidthDirAdj(), b.getXDirAdj() + b.getWidthDirAdj());
        float y1 = Math.max(a.getYDirAdj(), b.getYDirAdj());
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
