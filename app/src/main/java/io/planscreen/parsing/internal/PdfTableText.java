package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * The words of a page that fall inside a ruled table, gathered per cell ({@link PdfCellText}) and written as
 * the table (a row per line, cells separated by tabs, as the DOCX and HWPX parsers write theirs) instead of
 * as the page's lines that run across cells. A table is written when the first word after it arrives (or at
 * the page's end); words that reach an already written table go to the page's lines.
 */
final class PdfTableText {

    /** A word's place: which grid of the page and which of its cells. */
    record Target(int grid, int cell) {}

    private final List<PdfGrid> grids;

    private final Map<Target, PdfCellText> cells = new HashMap<>();

    private final boolean[] written;

    private final List<Integer> open = new ArrayList<>();

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

    /** Adds a word (or the part of it in one cell) to its cell. */
    void add(Target target, List<TextPosition> glyphs, List<@Nullable HiddenKind> kinds, int lineNumber) {
        if (!open.contains(target.grid())) {
            open.add(target.grid());
        }
        cells.computeIfAbsent(target, t -> new PdfCellText()).add(glyphs, kinds, lineNumber);
    }

    /** Writes every table that got words and is not written yet, in the order they were reached. */
    void writeOpen(ParsedDocumentBuilder builder) {
        for (int g : open) {
            write(g, builder);
            written[g] = true;
        }
        open.clear();
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
                PdfCellText text = cells.get(new Target(g, index));
                row.add(cell.row0() == r && text != null ? text.write(cell.left(), cell.right(), builder) : "");
            }
            builder.lineBreak();
            rows.add(row);
        }
        int end = Math.max(start, builder.length() - 1);
        long filledRows = rows.stream()
                .filter(row -> row.stream().anyMatch(c -> !c.isEmpty()))
                .count();
        if (filledRows >= 2) { // boxes of a diagram with one line of text are drawn like a table, but are none
            builder.tableOver(start, end, rows);
        }
        builder.paragraphBreak();
    }
}
