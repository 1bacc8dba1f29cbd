package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.springframework.stereotype.Component;

/**
 * Word documents through Apache POI: body paragraphs and tables in order; headings by style (heading N,
 * outline level) with Word's automatic numbers put back in front ("1. 문제 인식"), so numbered and
 * styled headings both reach the section detector; hidden runs (vanish, background colour, under 1 pt).
 */
@Component
class DocxParser implements FormatParser {

    static final String VERSION = "docx-poi-5.4.1/1";

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    @Override
    public DocumentType type() {
        return DocumentType.DOCX;
    }

    @Override
    public ParsedDocument parse(byte[] content, ParseLimits limits) {
        if (startsWith(content, OLE2)) {
            // a password-protected .docx is an OLE2 container holding the encrypted package
            throw new PlanScreenException(ProblemCode.DOCUMENT_ENCRYPTED);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return new Walk(document, limits).run();
        } catch (PlanScreenException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE, e);
        }
    }

    /** One parse: the builder, the page count and Word's list counters. */
    private static final class Walk {

        private final XWPFDocument document;

        private final ParseLimits limits;

        private final ParsedDocumentBuilder builder = new ParsedDocumentBuilder();

        private final Map<String, int[]> counters = new HashMap<>();

        private final String background;

        private int page = 1;

        Walk(XWPFDocument document, ParseLimits limits) {
            this.document = document;
            this.limits = limits;
            this.background = documentBackground(document);
        }

        ParsedDocument run() {
            builder.page(1, 0, 0);
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    table(table);
                }
            }
            return builder.build(DocumentType.DOCX, VERSION);
        }

        private void paragraph(XWPFParagraph paragraph) {
            if (paragraph.isPageBreak()) {
                nextPage();
            }
            String number = listNumber(paragraph);
            int level = headingLevel(paragraph);
            List<XWPFRun> runs = paragraph.getRuns();
            boolean anyHidden = runs.stream().anyMatch(r -> hiddenKind(r, paragraph) != null);
            if (level > 0 && !anyHidden) {
                String text = paragraph.getText().strip();
                if (!text.isEmpty()) {
                    builder.heading(number == null ? text : number + " " + text, level, null);
                }
            } else {
                if (number != null && !paragraph.getText().isBlank()) {
                    builder.text(number + " ", null);
                }
                for (XWPFRun run : runs) {
                    builder.text(run.text(), null, hiddenKind(run, paragraph));
                }
                builder.paragraphBreak();
            }
            if (runs.stream().anyMatch(Walk::breaksPage)) {
                nextPage();
            }
        }

        private @Nullable HiddenKind hiddenKind(XWPFRun run, XWPFParagraph paragraph) {
            if (run.isVanish()) {
                return HiddenKind.INVISIBLE_RENDER_MODE;
            }
            Double size = run.getFontSizeAsDouble();
            if (size != null && size < FormattingSignals.MIN_READABLE_POINTS) {
                return HiddenKind.TINY_FONT;
            }
            String behind = shading(run);
            if (behind == null) {
                behind = paragraphShading(paragraph);
            }
            if (FormattingSignals.nearBackground(run.getColor(), behind == null ? background : behind)) {
                return HiddenKind.BACKGROUND_COLOUR;
            }
            return null;
        }

        /** A hidden run inside a table cell, found again in the table's text once it is written. */
        private record CellHidden(int row, int column, String text, HiddenKind kind) {}

        private void table(XWPFTable table) {
            List<List<String>> rows = rows(table, 1);
            List<CellHidden> hidden = new ArrayList<>();
            for (int r = 0; r < table.getRows().size(); r++) {
                List<XWPFTableCell> cells = table.getRows().get(r).getTableCells();
                for (int c = 0; c < cells.size(); c++) {
                    for (XWPFParagraph paragraph : cells.get(c).getParagraphs()) {
                        for (XWPFRun run : paragraph.getRuns()) {
                            HiddenKind kind = hiddenKind(run, paragraph);
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
            return cells.stream().map(Walk::clean).toList();
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

        private int headingLevel(XWPFParagraph paragraph) {
            Integer outline = outlineLevel(paragraph.getCTP().getPPr());
            if (outline != null) {
                return outline + 1;
            }
            String styleId = paragraph.getStyleID();
            for (int hop = 0; styleId != null && hop < 8 && document.getStyles() != null; hop++) {
                XWPFStyle style = document.getStyles().getStyle(styleId);
                if (style == null) {
                    return FormattingSignals.headingLevel(styleId.replaceAll("(?i)heading(\\d)", "heading $1"));
                }
                int byName = FormattingSignals.headingLevel(style.getName());
                if (byName > 0) {
                    return byName;
                }
                if (style.getCTStyle().getPPr() != null
                        && style.getCTStyle().getPPr().getOutlineLvl() != null) {
                    int level =
                            style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
                    return level < 9 ? level + 1 : 0;
                }
                styleId = style.getBasisStyleID();
            }
            return 0;
        }

        /** Word's automatic list number as it prints ("1.", "가.", "Ⅱ."), counting like Word does. */
        private @Nullable String listNumber(XWPFParagraph paragraph) {
            BigInteger numId = paragraph.getNumID();
            if (numId == null) {
                return null;
            }
            int level =
                    paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
            if (level < 0 || level > 8) {
                return null;
            }
            String format;
            String pattern;
            try {
                format = paragraph.getNumFmt();
                pattern = paragraph.getNumLevelText();
            } catch (RuntimeException malformedNumbering) {
                return null; // a broken numbering part costs the number, not the document
            }
            if (format == null || pattern == null) {
                return null;
            }
            int[] count = counters.computeIfAbsent(numId.toString(), k -> new int[9]);
            count[level]++;
            for (int deeper = level + 1; deeper < count.length; deeper++) {
                count[deeper] = 0;
            }
            if (format.equals("bullet")) {
                return pattern.isBlank() ? null : pattern;
            }
            String out = pattern;
            for (int l = 0; l <= level; l++) {
                out = out.replace("%" + (l + 1), ListNumbers.format(format, Math.max(1, count[l])));
            }
            return out;
        }

        private void nextPage() {
            page++;
            if (page > limits.maxPages()) {
                throw new PlanScreenException(ProblemCode.DOCUMENT_TOO_MANY_PAGES, limits.maxPages());
            }
            builder.page(page, 0, 0);
        }

        private static boolean breaksPage(XWPFRun run) {
            for (CTBr br : run.getCTR().getBrList()) {
                if (br.getType() == STBrType.PAGE) {
                    return true;
                }
            }
            return false;
        }

        private static @Nullable Integer outlineLevel(@Nullable CTPPr pPr) {
            if (pPr == null || pPr.getOutlineLvl() == null) {
                return null;
            }
            int level = pPr.getOutlineLvl().getVal().intValue();
            return level < 9 ? level : null; // 9 is "body text"
        }

        private static @Nullable String shading(XWPFRun run) {
            if (run.getCTR().getRPr() == null || run.getCTR().getRPr().sizeOfShdArray() == 0) {
                return null;
            }
            return fill(run.getCTR().getRPr().getShdArray(0));
        }

        private static @Nullable String paragraphShading(XWPFParagraph paragraph) {
            CTPPr pPr = paragraph.getCTP().getPPr();
            return pPr == null || pPr.getShd() == null ? null : fill(pPr.getShd());
        }

        private static @Nullable String fill(CTShd shd) {
            Object fill = shd.getFill();
            return fill == null ? null : fill.toString();
        }

        private static String documentBackground(XWPFDocument document) {
            var ctDocument = document.getDocument();
            if (ctDocument.getBackground() != null && ctDocument.getBackground().getColor() != null) {
                return ctDocument.getBackground().getColor().toString();
            }
            return "FFFFFF";
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
