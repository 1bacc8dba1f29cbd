package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.util.ArrayList;
import java.util.List;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.control.Control;
import kr.dogfoot.hwplib.object.bodytext.control.ControlAdditionalText;
import kr.dogfoot.hwplib.object.bodytext.control.ControlHiddenComment;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.ParagraphList;
import kr.dogfoot.hwplib.object.bodytext.paragraph.charshape.CharPositionShapeIdPair;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPChar;
import org.jspecify.annotations.Nullable;

/**
 * One HWP parse: the body's sections and paragraphs in order, each paragraph's characters in runs of equal
 * hiding, and where a control character points, the control's text in place: tables as tables
 * ({@link HwpTableRows}), hidden comments as hidden text, and the paragraphs of every other part
 * ({@link HwpControlParts}). Not thread-safe: one walk per parse.
 */
final class HwpWalk {

    static final int LINE_BREAK = 10;

    static final int TAB = 9;

    private final HWPFile file;

    private final ParseLimits limits;

    private final ParsedDocumentBuilder builder = new ParsedDocumentBuilder();

    private final HwpFormatting formatting;

    private final HwpPlainText plain;

    private final HwpTableRows tableRows;

    HwpWalk(HWPFile file, ParseLimits limits) {
        this.file = file;
        this.limits = limits;
        this.formatting = new HwpFormatting(file.getDocInfo());
        this.plain = new HwpPlainText(limits);
        this.tableRows = new HwpTableRows(plain);
    }

    ParsedDocumentBuilder run() {
        PageBreaks breaks = new PageBreaks(builder, limits);
        for (Section section : file.getBodyText().getSectionList()) {
            breaks.section();
            for (Paragraph paragraph : section.getParagraphs()) {
                paragraph(paragraph, breaks);
            }
        }
        return builder;
    }

    private void paragraph(Paragraph paragraph, PageBreaks breaks) {
        if (paragraph.getHeader().getDivideSort().isDividePage() && builder.length() > 0) {
            breaks.next();
        }
        int level = formatting.headingLevel(paragraph);
        if (level > 0
                && !hasControls(paragraph)
                && formatting.hiddenKinds(paragraph).isEmpty()) {
            String text = plain.text(paragraph, 1).strip();
            if (!text.isEmpty()) {
                builder.heading(text, level, null);
            }
            return;
        }
        if (paragraph.getText() != null) {
            walkCharacters(paragraph);
        }
        builder.paragraphBreak();
    }

    /** Appends runs of equally hidden characters; tables and hidden comments where their controls sit. */
    private void walkCharacters(Paragraph paragraph) {
        List<CharPositionShapeIdPair> shapes = HwpFormatting.shapes(paragraph);
        List<Control> controls = paragraph.getControlList() == null ? List.of() : paragraph.getControlList();
        StringBuilder run = new StringBuilder();
        HiddenKind runKind = null;
        int position = 0;
        int control = 0;
        for (HWPChar ch : paragraph.getText().getCharList()) {
            HiddenKind kind = formatting.hiddenKind(HwpFormatting.shapeAt(shapes, position));
            position += ch.getCharSize();
            switch (ch.getType()) {
                case Normal -> {
                    if (kind != runKind && !run.isEmpty()) {
                        builder.text(HancomPrivateUse.toUnicode(run.toString()), null, runKind);
                        run.setLength(0);
                    }
                    runKind = kind;
                    run.append((char) ch.getCode());
                }
                case ControlChar -> {
                    if (ch.getCode() == LINE_BREAK) {
                        run.append('\n');
                    }
                }
                case ControlInline -> {
                    if (ch.getCode() == TAB) {
                        run.append('\t');
                    }
                }
                case ControlExtend -> {
                    Control target = control < controls.size() ? controls.get(control) : null;
                    control++;
                    if (target != null && speaks(target)) {
                        flush(run, runKind);
                        control(target);
                    }
                }
            }
        }
        flush(run, runKind);
    }

    /** Whether a control holds text of its own (other controls leave the run of characters unbroken). */
    private static boolean speaks(Control target) {
        return target instanceof ControlTable
                || target instanceof ControlHiddenComment
                || target instanceof ControlAdditionalText
                || !HwpControlParts.of(target).isEmpty();
    }

    /** The text a control character stands for, in place. */
    private void control(Control target) {
        if (target instanceof ControlTable table) {
            table(table, 1);
        } else if (!HwpControlParts.of(target).isEmpty()) {
            for (ParagraphList part : HwpControlParts.of(target)) {
                subParagraphs(part, 1);
            }
        } else if (target instanceof ControlAdditionalText ruby) {
            builder.text(RubyText.of(ruby), null, null);
        } else if (target instanceof ControlHiddenComment comment) {
            String hidden = plain.text(comment.getParagraphList(), 1).strip();
            if (!hidden.isEmpty()) {
                builder.space()
                        .text(hidden, null, HiddenKind.INVISIBLE_RENDER_MODE)
                        .space();
            }
        }
    }

    private void flush(StringBuilder run, @Nullable HiddenKind kind) {
        if (!run.isEmpty()) {
            builder.text(HancomPrivateUse.toUnicode(run.toString()), null, kind);
            run.setLength(0);
        }
    }

    /**
     * A table as rows of cells (line breaks kept inside a cell), its caption after it, then the tables
     * nested in its cells, each as a table of its own.
     */
    private void table(ControlTable table, int depth) {
        List<ControlTable> nested = new ArrayList<>();
        builder.table(tableRows.rows(table, nested), null);
        if (table.getCaption() != null) {
            subParagraphs(table.getCaption().getParagraphList(), depth);
        }
        for (ControlTable inner : nested) {
            if (depth < limits.maxNestingDepth()) {
                table(inner, depth + 1);
            }
        }
    }

    /** The paragraphs of a part that is not body text (text box, caption, header, footnote...) in place. */
    private void subParagraphs(@Nullable ParagraphList paragraphs, int depth) {
        if (paragraphs == null || depth > limits.maxNestingDepth()) {
            return;
        }
        for (Paragraph paragraph : paragraphs.getParagraphs()) {
            if (paragraph.getText() != null) {
                walkCharacters(paragraph);
            }
            builder.paragraphBreak();
        }
    }

    private static boolean hasControls(Paragraph paragraph) {
        return paragraph.getControlList() != null
                && paragraph.getControlList().stream()
                        .anyMatch(c -> c instanceof ControlTable || c instanceof ControlHiddenComment);
    }
}
