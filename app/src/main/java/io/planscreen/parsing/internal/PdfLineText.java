package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.Box;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * A page's text outside ruled tables, one text block per line with its box (points, origin at the page's
 * top-left) and its hidden runs; words far apart on a line are cells, and consecutive lines with the same
 * number (≥ 2) of cells are a table (tables drawn without rulings).
 */
final class PdfLineText {

    private record HiddenRun(HiddenKind kind, int start, int end, Box box) {}

    private final ParsedDocumentBuilder builder;

    private final StringBuilder line = new StringBuilder();

    private final List<HiddenRun> lineHidden = new ArrayList<>();

    private final List<String> cells = new ArrayList<>();

    private final StringBuilder cell = new StringBuilder();

    private float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;

    private float lastX1 = Float.NaN;

    // the table being detected: consecutive lines with the same number (>= 2) of column cells
    private final List<List<String>> tableRows = new ArrayList<>();

    private int tableStart = -1;

    private int tableEnd = -1;

    PdfLineText(ParsedDocumentBuilder builder) {
        this.builder = builder;
    }

    boolean isEmpty() {
        return line.length() == 0;
    }

    /** Appends a word; {@code hidden} maps the glyphs that cannot be seen to why. */
    void word(String text, List<TextPosition> positions, Map<TextPosition, HiddenKind> hidden) {
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        float x0 = first.getXDirAdj();
        float x1 = last.getXDirAdj() + last.getWidthDirAdj();
        float size = Math.max(first.getFontSizeInPt(), 1f);
        if (!Float.isNaN(lastX1) && x0 - lastX1 > Math.max(size * 1.5f, 6f)) {
            endCell();
        } else if (cell.length() > 0) {
            cell.append(' ');
        }
        lastX1 = x1;
        if (!anyHidden(positions, hidden)) {
            line.append(text);
            cell.append(text);
            positions.forEach(this::extend);
            return;
        }
        // Split the word into runs of equal hidden kind so each hidden run keeps its own box.
        int runStart = line.length();
        HiddenKind runKind = hidden.get(first);
        float[] runBox = emptyBox();
        for (TextPosition position : positions) {
            HiddenKind kind = hidden.get(position);
            if (kind != runKind) {
                closeRun(runKind, runStart, runBox);
                runStart = line.length();
                runKind = kind;
                runBox = emptyBox();
            }
            line.append(position.getUnicode());
            cell.append(position.getUnicode());
            extend(position);
            union(runBox, position);
        }
        closeRun(runKind, runStart, runBox);
    }

    void wordSeparator() {
        line.append(' ');
    }

    /** Writes the line being assembled (if any) and feeds the column-aligned table detection. */
    void flush() {
        endCell();
        String text = line.length() == 0 ? "" : line.toString();
        if (text.isBlank()) {
            reset();
            return;
        }
        int start = builder.length();
        builder.text(text, new Box(minX, minY, maxX - minX, maxY - minY));
        for (HiddenRun run : lineHidden) {
            builder.hidden(run.kind(), start + run.start(), start + run.end(), run.box());
        }
        int end = builder.length();
        if (cells.size() < 2 || (!tableRows.isEmpty() && tableRows.get(0).size() != cells.size())) {
            closeTable();
        }
        if (cells.size() >= 2) {
            if (tableRows.isEmpty()) {
                tableStart = start;
            }
            tableRows.add(List.copyOf(cells));
            tableEnd = end;
        }
        reset();
    }

    void closeTable() {
        if (tableRows.size() >= 2) {
            builder.tableOver(tableStart, tableEnd, List.copyOf(tableRows));
        }
        tableRows.clear();
        tableStart = -1;
        tableEnd = -1;
    }

    private void closeRun(@Nullable HiddenKind kind, int start, float[] box) {
        if (kind == null || line.length() <= start) {
            return;
        }
        if (!lineHidden.isEmpty()) {
            HiddenRun previous = lineHidden.get(lineHidden.size() - 1);
            if (previous.kind() == kind && line.substring(previous.end(), start).isBlank()) {
                // one hidden sentence, not one signal per word
                Box b = previous.box();
                float x0 = Math.min(b.x(), box[0]);
                float y0 = Math.min(b.y(), box[1]);
                float x1 = Math.max(b.x() + b.width(), box[2]);
                float y1 = Math.max(b.y() + b.height(), box[3]);
                lineHidden.set(
                        lineHidden.size() - 1,
                        new HiddenRun(kind, previous.start(), line.length(), new Box(x0, y0, x1 - x0, y1 - y0)));
                return;
            }
        }
        lineHidden.add(
                new HiddenRun(kind, start, line.length(), new Box(box[0], box[1], box[2] - box[0], box[3] - box[1])));
    }

    private void endCell() {
        if (cell.length() > 0) {
            cells.add(cell.toString().strip());
            cell.setLength(0);
        }
    }

    private void reset() {
        line.setLength(0);
        lineHidden.clear();
        cells.clear();
        cell.setLength(0);
        lastX1 = Float.NaN;
        minX = minY = Float.MAX_VALUE;
        maxX = maxY = -Float.MAX_VALUE;
    }

    private void extend(TextPosition p) {
        float x = p.getXDirAdj();
        float y = p.getYDirAdj();
        minX = Math.min(minX, x);
        minY = Math.min(minY, y - p.getHeightDir());
        maxX = Math.max(maxX, x + p.getWidthDirAdj());
        maxY = Math.max(maxY, y);
    }

    private static boolean anyHidden(List<TextPosition> positions, Map<TextPosition, HiddenKind> hidden) {
        if (hidden.isEmpty()) {
            return false;
        }
        for (int i = 0, n = positions.size(); i < n; i++) {
            if (hidden.containsKey(positions.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static float[] emptyBox() {
        return new float[] {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    }

    private static void union(float[] box, TextPosition p) {
        float x = p.getXDirAdj();
        float y = p.getYDirAdj();
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y - p.getHeightDir());
        box[2] = Math.max(box[2], x + p.getWidthDirAdj());
        box[3] = Math.max(box[3], y);
    }
}
