package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word table as rows of cells (nested tables flattened into their cell, as deep as allowed), with the hidden
 * runs inside its cells found again in the table's text once the builder has written it.
 */
final class DocxTables {

    private final ParsedDocumentBuilder builder;

    private final DocxHiddenRuns hiddenRuns;

    private final ParseLimits limits;

    DocxTables(ParsedDocumentBuilder builder, DocxHiddenRuns hiddenRuns, ParseLimits limits) {
        this.builder = builder;
        this.hiddenRuns = hiddenRuns;
        this.limits = limits;
    }

    /** A hidden run inside a table cell, found again in the table's text once it is written. */
    private record CellHidden(int row, int column, String text, HiddenKind kind) {}

    void append(XWPFTable table) {
        List<List<String>> rows = rows(table, 1);
        List<CellHidden> hidden = new ArrayList<>();
        for (int r = 0; r < table.getRows().size(); r++) {
            List<XWPFTableCell> cells = table.getRows().get(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                for (XWPFParagraph paragraph : cells.get(c).getParagraphs()) {
                    for (XWPFRun run : paragraph.getRuns()) {
                        HiddenKind kind = hiddenRuns.kind(run, paragraph);
                        String text = clean(run.text());
                        if (kind != null && !text.isEmpty()) {
                            hidden.add(new CellHidden(r, c, text, kind));
                        }
                    }
                }
            }
        }
        builder.paragraphBreak();
        int start = builder.length();
        builder.table(rows, null);
        markHiddenCells(rows, hidden, start);
    }

    /** Mirrors the builder's table text (cells cleaned, joined by tabs, one line per row). */
    private void markHiddenCells(List<List<String>> rows, List<CellHidden> hidden, int start) {
        if (hidden.isEmpty()
                || rows.stream().anyMatch(r -> String.join("\t", clean(r)).isEmpty())) {
            return;
        }
        int[] rowStarts = new int[rows.size()];
        int offset = start;
        for (int r = 0; r < rows.size(); r++) {
            rowStarts[r] = offset;
            offset += String.join("\t", clean(rows.get(r))).length() + 1;
        }
        for (CellHidden h : hidden) {
            List<String> cells = clean(rows.get(h.row()));
            if (h.column() >= cells.size()) {
                continue;
            }
            int cellStart = rowStarts[h.row()];
            for (int c = 0; c < h.column(); c++) {
                cellStart += cells.get(c).length() + 1;
            }
            int at = cells.get(h.column()).indexOf(h.text());
            if (at >= 0) {
                builder.hidden(
                        h.kind(), cellStart + at, cellStart + at + h.text().length(), null);
            }
        }
    }

    private static List<String> clean(List<String> cells) {
        return cells.stream().map(DocxTables::clean).toList();
    }

    /** The builder's own cell cleaning. */
    private static String clean(String cell) {
        return cell.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private List<List<String>> rows(XWPFTable table, int depth) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cellText(cell, depth));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A cell's paragraphs joined by spaces; nested tables flattened into it, as deep as allowed. */
    private String cellText(XWPFTableCell cell, int depth) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(paragraph.getText());
            } else if (element instanceof XWPFTable nested && depth < limits.maxNestingDepth()) {
                rows(nested, depth + 1).forEach(r -> parts.add(String.join(" ", r)));
            }
        }
        return String.join(" ", parts).strip();
    }
}
