package io.planscreen.parsing.internal;

import java.util.ArrayList;
import java.util.List;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.control.table.Cell;
import kr.dogfoot.hwplib.object.bodytext.control.table.Row;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.ParagraphList;
import org.jspecify.annotations.Nullable;

/**
 * An HWP table as rows of cell texts, walked row by row (hwplib's extractor drops the cell boundaries): a cell's
 * paragraphs become its lines, and the tables inside a cell are handed back to be written as tables of their
 * own instead of being flattened into the cell.
 */
final class HwpTableRows {

    private final HwpPlainText plain;

    HwpTableRows(HwpPlainText plain) {
        this.plain = plain;
    }

    List<List<String>> rows(ControlTable table, List<ControlTable> nested) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : table.getRowList()) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row.getCellList()) {
                cells.add(cellText(cell.getParagraphList(), nested).strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A cell's paragraphs joined by line breaks; tables inside it are collected, not flattened. */
    private String cellText(@Nullable ParagraphList paragraphs, List<ControlTable> nested) {
        if (paragraphs == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (Paragraph paragraph : paragraphs.getParagraphs()) {
            if (paragraph.getControlList() != null) {
                paragraph.getControlList().stream()
                        .filter(ControlTable.class::isInstance)
                        .map(ControlTable.class::cast)
                        .forEach(nested::add);
            }
            lines.add(plain.text(paragraph, 1).strip());
        }
        return String.join("\n", lines);
    }
}
