package io.planscreen.parsing.internal;

import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;

/**
 * One DOCX parse: the body's paragraphs and tables in order, page breaks counted as pages. Headings and list
 * numbers come from {@link DocxHeadings}, hidden runs from {@link DocxHiddenRuns}, tables from
 * {@link DocxTables}. Not thread-safe: one walk per parse (Word's list counters run through it).
 */
final class DocxWalk {

    private final XWPFDocument document;

    private final ParseLimits limits;

    private final ParsedDocumentBuilder builder = new ParsedDocumentBuilder();

    private final DocxHeadings headings;

    private final DocxHiddenRuns hiddenRuns;

    private final DocxTables tables;

    DocxWalk(XWPFDocument document, ParseLimits limits) {
        this.document = document;
        this.limits = limits;
        this.headings = new DocxHeadings(document);
        this.hiddenRuns = new DocxHiddenRuns(document);
        this.tables = new DocxTables(builder, hiddenRuns, limits);
    }

    ParsedDocumentBuilder run() {
        PageBreaks breaks = new PageBreaks(builder, limits);
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraph(paragraph, breaks);
            } else if (element instanceof XWPFTable table) {
                tables.append(table);
            }
        }
        return builder;
    }

    private void paragraph(XWPFParagraph paragraph, PageBreaks breaks) {
        if (paragraph.isPageBreak()) {
            breaks.next();
        }
        String number = headings.listNumber(paragraph);
        int level = headings.level(paragraph);
        List<XWPFRun> runs = paragraph.getRuns();
        boolean anyHidden = runs.stream().anyMatch(r -> hiddenRuns.kind(r, paragraph) != null);
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
                builder.text(run.text(), null, hiddenRuns.kind(run, paragraph));
            }
            builder.paragraphBreak();
        }
        if (runs.stream().anyMatch(DocxWalk::breaksPage)) {
            breaks.next();
        }
    }

    private static boolean breaksPage(XWPFRun run) {
        for (CTBr br : run.getCTR().getBrList()) {
            if (br.getType() == STBrType.PAGE) {
                return true;
            }
        }
        return false;
    }
}
