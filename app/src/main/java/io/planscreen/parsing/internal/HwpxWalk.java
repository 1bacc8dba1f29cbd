package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.util.ArrayList;
import java.util.List;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Ctrl;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.CtrlItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Dutmal;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.EndNote;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.FootNote;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.Footer;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.Header;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.HiddenComment;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;

/**
 * One HWPX parse: the sections' paragraphs in order, each run's text with its hiding, tables as tables
 * ({@link HwpxText#rows}), hidden comments as hidden text, and the text of headers, footers, notes and drawing
 * objects in place ({@link HwpxPartText}). Not thread-safe: one walk per parse.
 */
final class HwpxWalk {

    private final HWPXFile file;

    private final ParseLimits limits;

    private final ParsedDocumentBuilder builder = new ParsedDocumentBuilder();

    private final HwpxFormatting formatting;

    private final HwpxText text;

    private final HwpxPartText parts;

    HwpxWalk(HWPXFile file, ParseLimits limits) {
        this.file = file;
        this.limits = limits;
        this.formatting = new HwpxFormatting(file.headerXMLFile());
        this.text = new HwpxText(limits);
        this.parts = new HwpxPartText(builder);
    }

    ParsedDocumentBuilder run() {
        PageBreaks breaks = new PageBreaks(builder, limits);
        for (SectionXMLFile section : file.sectionXMLFileList().items()) {
            breaks.section();
            for (Para para : section.paras()) {
                paragraph(para, breaks);
            }
        }
        return builder;
    }

    private void paragraph(Para para, PageBreaks breaks) {
        if (Boolean.TRUE.equals(para.pageBreak()) && builder.length() > 0) {
            breaks.next();
        }
        int level = formatting.headingLevel(para);
        if (level > 0 && !formatting.hasHiddenRun(para) && !hasTable(para)) {
            String heading = text.plain(para, 1, null).strip();
            if (!heading.isEmpty()) {
                builder.heading(heading, level, null);
            }
            return;
        }
        for (Run run : para.runs()) {
            for (RunItem item : run.runItems()) {
                if (item instanceof T t) {
                    String ref = t.charPrIDRef() != null ? t.charPrIDRef() : run.charPrIDRef();
                    builder.text(HwpxText.of(t), null, formatting.hiddenKind(ref));
                } else if (item instanceof Table table) {
                    table(table, 1);
                } else if (item instanceof Dutmal ruby) {
                    builder.text(RubyText.of(ruby), null, null);
                } else if (item instanceof Ctrl ctrl) {
                    hiddenComments(ctrl);
                    for (CtrlItem part : ctrl.ctrlItems()) {
                        if (part instanceof Header
                                || part instanceof Footer
                                || part instanceof FootNote
                                || part instanceof EndNote) {
                            parts.append(part);
                        }
                    }
                } else if (item != null) {
                    parts.append(item); // text boxes, captions and groups of drawing objects, equations
                }
            }
        }
        builder.paragraphBreak();
    }

    private void hiddenComments(Ctrl ctrl) {
        for (CtrlItem item : ctrl.ctrlItems()) {
            if (item instanceof HiddenComment comment && comment.subList() != null) {
                String hidden = text.plain(comment.subList(), 1).strip();
                if (!hidden.isEmpty()) {
                    builder.space()
                            .text(hidden, null, HiddenKind.INVISIBLE_RENDER_MODE)
                            .space();
                }
            }
        }
    }

    /** A table, its caption, then the tables nested in its cells as tables of their own. */
    private void table(Table table, int depth) {
        List<Table> nested = new ArrayList<>();
        builder.table(text.rows(table, nested), null);
        if (table.caption() != null && table.caption().subList() != null) {
            parts.append(table.caption().subList());
        }
        for (Table inner : nested) {
            if (depth < limits.maxNestingDepth()) {
                table(inner, depth + 1);
            }
        }
    }

    private static boolean hasTable(Para para) {
        for (Run run : para.runs()) {
            for (RunItem item : run.runItems()) {
                if (item instanceof Table) {
                    return true;
                }
            }
        }
        return false;
    }
}
