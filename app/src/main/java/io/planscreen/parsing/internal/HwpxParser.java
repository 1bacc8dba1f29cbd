package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.Style;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Ctrl;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.CtrlItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.TItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.EndNote;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.FootNote;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.Footer;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.Header;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.HiddenComment;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.LineBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.NormalText;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.Tab;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Hancom HWPX through hwpxlib, walked by hand: paragraphs and their runs in order, tables as rows of
 * cells (the stock extractor would flatten them), headings by the 개요 N / Outline N styles, hidden
 * text from character shapes (background colour, under 1 pt) and 숨은 설명 (hidden comments).
 */
@Component
class HwpxParser implements FormatParser {

    static final String VERSION = "hwpx-hwpxlib-1.0.8/1";

    /** HWPX character heights are in 1/100 pt. */
    private static final int MIN_HEIGHT = (int) (FormattingSignals.MIN_READABLE_POINTS * 100);

    private static final String PAPER = "FFFFFF";

    @Override
    public DocumentType type() {
        return DocumentType.HWPX;
    }

    @Override
    public ParsedDocument parse(byte[] content, ParseLimits limits) {
        Path file = null;
        try {
            // hwpxlib reads from files only
            file = Files.createTempFile("planscreen-", ".hwpx");
            Files.write(file, content);
            HWPXFile hwpx = HWPXReader.fromFile(file.toFile());
            return new Walk(hwpx, limits).run();
        } catch (PlanScreenException e) {
            throw e;
        } catch (Exception e) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE, e);
        } finally {
            delete(file);
        }
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Walk {

        private final HWPXFile file;

        private final ParseLimits limits;

        private final ParsedDocumentBuilder builder = new ParsedDocumentBuilder();

        private final Map<String, CharPr> charShapes = new HashMap<>();

        private final Map<String, Style> styles = new HashMap<>();

        private int page = 1;

        Walk(HWPXFile file, ParseLimits limits) {
            this.file = file;
            this.limits = limits;
            if (file.headerXMLFile() != null && file.headerXMLFile().refList() != null) {
                var refs = file.headerXMLFile().refList();
                if (refs.charProperties() != null) {
                    refs.charProperties().items().forEach(c -> charShapes.put(c.id(), c));
                }
                if (refs.styles() != null) {
                    refs.styles().items().forEach(s -> styles.put(s.id(), s));
                }
            }
        }

        ParsedDocument run() {
            builder.page(1, 0, 0);
            boolean first = true;
            for (SectionXMLFile section : file.sectionXMLFileList().items()) {
                if (!first) {
                    nextPage();
                }
                first = false;
                for (Para para : section.paras()) {
                    paragraph(para);
                }
            }
            return builder.build(DocumentType.HWPX, VERSION);
        }

        private void paragraph(Para para) {
            if (Boolean.TRUE.equals(para.pageBreak()) && builder.length() > 0) {
                nextPage();
            }
            int level = headingLevel(para);
            if (level > 0 && !hasHiddenRun(para) && !hasTable(para)) {
                String text = plainText(para, 1, null).strip();
                if (!text.isEmpty()) {
                    builder.heading(text, level, null);
                }
                return;
            }
            for (Run run : para.runs()) {
                for (RunItem item : run.runItems()) {
                    if (item instanceof T t) {
                        String ref = t.charPrIDRef() != null ? t.charPrIDRef() : run.charPrIDRef();
                        builder.text(text(t), null, hiddenKind(ref));
                    } else if (item instanceof Table table) {
                        table(table, 1);
                    } else if (item instanceof Ctrl ctrl) {
                        hiddenComments(ctrl);
                        for (CtrlItem part : ctrl.ctrlItems()) {
                            if (part instanceof Header
                                    || part instanceof Footer
                                    || part instanceof FootNote
                                    || part instanceof EndNote) {
                                libraryText(part);
                            }
                        }
                    } else if (item != null) {
                        libraryText(item); // text boxes, captions and groups of drawing objects, equations
                    }
                }
            }
            builder.paragraphBreak();
        }

        private void hiddenComments(Ctrl ctrl) {
            for (CtrlItem item : ctrl.ctrlItems()) {
                if (item instanceof HiddenComment comment && comment.subList() != null) {
                    String text = plainText(comment.subList(), 1).strip();
                    if (!text.isEmpty()) {
                        builder.space()
                                .text(text, null, HiddenKind.INVISIBLE_RENDER_MODE)
                                .space();
                    }
                }
            }
        }

        private @Nullable HiddenKind hiddenKind(@Nullable String charPrId) {
            CharPr shape = charPrId == null ? null : charShapes.get(charPrId);
            if (shape == null) {
                return null;
            }
            if (shape.height() != null && shape.height() < MIN_HEIGHT) {
                return HiddenKind.TINY_FONT;
            }
            if (FormattingSignals.nearBackground(shape.textColor(), PAPER)) {
                return HiddenKind.BACKGROUND_COLOUR;
            }
            return null;
        }

        private boolean hasHiddenRun(Para para) {
            for (Run run : para.runs()) {
                if (hiddenKind(run.charPrIDRef()) != null) {
                    return true;
                }
            }
            return false;
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

        private int headingLevel(Para para) {
            Style style = para.styleIDRef() == null ? null : styles.get(para.styleIDRef());
            if (style == null) {
                return 0;
            }
            int level = FormattingSignals.headingLevel(style.name());
            return level > 0 ? level : FormattingSignals.headingLevel(style.engName());
        }

        /** A table, its caption, then the tables nested in its cells as tables of their own. */
        private void table(Table table, int depth) {
            List<Table> nested = new ArrayList<>();
            builder.table(rows(table, nested), null);
            if (table.caption() != null && table.caption().subList() != null) {
                libraryText(table.caption().subList());
            }
            for (Table inner : nested) {
                if (depth < limits.maxNestingDepth()) {
                    table(inner, depth + 1);
                }
            }
        }

        private List<List<String>> rows(Table table, List<Table> nested) {
            List<List<String>> rows = new ArrayList<>();
            for (Tr tr : table.trs()) {
                List<String> cells = new ArrayList<>();
                for (Tc tc : tr.tcs()) {
                    List<String> lines = new ArrayList<>();
                    if (tc.subList() != null) {
                        for (Para para : tc.subList().paras()) {
                            lines.add(plainText(para, 1, nested).strip());
                        }
                    }
                    cells.add(String.join("\n", lines).strip());
                }
                rows.add(cells);
            }
            return rows;
        }

        /**
         * The text hwpxlib's extractor finds in a part this walk does not read itself (drawing objects' text
         * boxes, captions, headers and footers, notes), as paragraphs in place.
         */
        private void libraryText(kr.dogfoot.hwpxlib.object.common.HWPXObject part) {
            String text;
            try {
                text = kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor.extractFrom(
                        part,
                        kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod.InsertControlTextBetweenParagraphText,
                        new kr.dogfoot.hwpxlib.tool.textextractor.TextMarks());
            } catch (Exception | StackOverflowError e) {
                builder.warning(
                        "a part's text could not be read: " + e.getClass().getSimpleName());
                return;
            }
            if (text == null || text.isBlank()) {
                return;
            }
            builder.paragraphBreak();
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    builder.paragraphBreak();
                } else {
                    builder.text(line.strip(), null).lineBreak();
                }
            }
            builder.paragraphBreak();
        }

        /** Every paragraph's text joined by spaces; nested tables flattened, as deep as allowed. */
        private String plainText(ParaListCore paragraphs, int depth) {
            List<String> parts = new ArrayList<>();
            for (Para para : paragraphs.paras()) {
                parts.add(plainText(para, depth, null));
            }
            return String.join(" ", parts);
        }

        /** A paragraph's text; nested tables are collected into {@code nested}, or flattened when it is null. */
        private String plainText(Para para, int depth, @Nullable List<Table> nested) {
            StringBuilder out = new StringBuilder();
            for (Run run : para.runs()) {
                for (RunItem item : run.runItems()) {
                    if (item instanceof T t) {
                        out.append(text(t));
                    } else if (item instanceof Table table && nested != null) {
                        nested.add(table);
                    } else if (item instanceof Table table && depth < limits.maxNestingDepth()) {
                        rows(table, new ArrayList<>())
                                .forEach(r -> out.append(' ').append(String.join(" ", r)));
                    }
                }
            }
            return out.toString();
        }

        private static String text(T t) {
            if (t.isOnlyText()) {
                return t.onlyText() == null ? "" : t.onlyText();
            }
            StringBuilder out = new StringBuilder();
            if (t.countOfItems() == 0) {
                return "";
            }
            for (TItem item : t.items()) {
                if (item instanceof NormalText normal && normal.text() != null) {
                    out.append(normal.text());
                } else if (item instanceof Tab) {
                    out.append('\t');
                } else if (item instanceof LineBreak) {
                    out.append('\n');
                }
            }
            return out.toString();
        }

        private void nextPage() {
            page++;
            if (page > limits.maxPages()) {
                throw new PlanScreenException(ProblemCode.DOCUMENT_TOO_MANY_PAGES, limits.maxPages());
            }
            builder.page(page, 0, 0);
        }
    }
}
