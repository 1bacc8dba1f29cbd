package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.shared.DocumentProtection;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.control.Control;
import kr.dogfoot.hwplib.object.bodytext.control.ControlEndnote;
import kr.dogfoot.hwplib.object.bodytext.control.ControlFooter;
import kr.dogfoot.hwplib.object.bodytext.control.ControlFootnote;
import kr.dogfoot.hwplib.object.bodytext.control.ControlHeader;
import kr.dogfoot.hwplib.object.bodytext.control.ControlHiddenComment;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlArc;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlContainer;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlCurve;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlEllipse;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlPolygon;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlRectangle;
import kr.dogfoot.hwplib.object.bodytext.control.gso.GsoControl;
import kr.dogfoot.hwplib.object.bodytext.control.gso.textbox.TextBox;
import kr.dogfoot.hwplib.object.bodytext.control.table.Cell;
import kr.dogfoot.hwplib.object.bodytext.control.table.Row;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.ParagraphList;
import kr.dogfoot.hwplib.object.bodytext.paragraph.charshape.CharPositionShapeIdPair;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPChar;
import kr.dogfoot.hwplib.object.docinfo.CharShape;
import kr.dogfoot.hwplib.object.docinfo.Style;
import kr.dogfoot.hwplib.reader.HWPReader;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Hangul 5.x binary documents through hwplib, walked by hand: each paragraph's characters in order, with
 * the table controls its extended characters point to read as rows of cells (hwplib's TextExtractor would
 * run the cells together), headings by the 개요 N style, hidden text from character shapes (background
 * colour, under 1 pt) and 숨은 설명 (hidden comments). Password and DRM documents are refused up front.
 */
@Component
class HwpParser implements FormatParser {

    static final String VERSION = "hwp-hwplib-1.1.10/1";

    /** HWP base sizes are in 1/100 pt. */
    private static final int MIN_SIZE = (int) (FormattingSignals.MIN_READABLE_POINTS * 100);

    private static final String PAPER = "FFFFFF";

    private static final int LINE_BREAK = 10;

    private static final int TAB = 9;

    @Override
    public DocumentType type() {
        return DocumentType.HWP;
    }

    @Override
    public ParsedDocument parse(byte[] content, ParseLimits limits) {
        Optional<ProblemCode> protection = protection(content);
        if (protection.isPresent()) {
            throw new PlanScreenException(protection.get());
        }
        try {
            HWPFile file = HWPReader.fromInputStream(new ByteArrayInputStream(content));
            if (file == null) {
                throw new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE);
            }
            return new Walk(file, limits).run();
        } catch (PlanScreenException e) {
            throw e;
        } catch (Exception e) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE, e);
        }
    }

    /**
     * The refusal the FileHeader stream's property bits call for (password, distribution document, DRM),
     * read before hwplib tries to inflate encrypted body streams.
     */
    static Optional<ProblemCode> protection(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (!fs.getRoot().hasEntry("FileHeader")) {
                return Optional.empty();
            }
            DocumentEntry header = (DocumentEntry) fs.getRoot().getEntry("FileHeader");
            try (InputStream in = fs.createDocumentInputStream(header.getName())) {
                return DocumentProtection.hwpProperties(DocumentProtection.hwpProperties(in.readNBytes(40)));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a readable container: hwplib will say so
        }
    }

    private static final class Walk {

        private final HWPFile file;

        private final ParseLimits limits;

        private final ParsedDocumentBuilder builder = new ParsedDocumentBuilder();

        private int page = 1;

        Walk(HWPFile file, ParseLimits limits) {
            this.file = file;
            this.limits = limits;
        }

        ParsedDocument run() throws IOException {
            builder.page(1, 0, 0);
            boolean first = true;
            for (Section section : file.getBodyText().getSectionList()) {
                if (!first) {
                    nextPage();
                }
                first = false;
                for (Paragraph paragraph : section.getParagraphs()) {
                    paragraph(paragraph);
                }
            }
            return builder.build(DocumentType.HWP, VERSION);
        }

        private void paragraph(Paragraph paragraph) throws IOException {
            if (paragraph.getHeader().getDivideSort().isDividePage() && builder.length() > 0) {
                nextPage();
            }
            int level = headingLevel(paragraph);
            if (level > 0 && !hasControls(paragraph) && hiddenKinds(paragraph).isEmpty()) {
                String text = plainText(paragraph, 1).strip();
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
        private void walkCharacters(Paragraph paragraph) throws IOException {
            List<CharPositionShapeIdPair> shapes = shapes(paragraph);
            List<Control> controls = paragraph.getControlList() == null ? List.of() : paragraph.getControlList();
            StringBuilder run = new StringBuilder();
            HiddenKind runKind = null;
            int position = 0;
            int control = 0;
            for (HWPChar ch : paragraph.getText().getCharList()) {
                HiddenKind kind = hiddenKind(shapeAt(shapes, position));
                position += ch.getCharSize();
                switch (ch.getType()) {
                    case Normal -> {
                        if (kind != runKind && !run.isEmpty()) {
                            builder.text(run.toString(), null, runKind);
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
                        if (target instanceof ControlTable table) {
                            flush(run, runKind);
                            table(table, 1);
                        } else if (target != null && !parts(target).isEmpty()) {
                            flush(run, runKind);
                            for (ParagraphList part : parts(target)) {
                                subParagraphs(part, 1);
                            }
                        } else if (target instanceof ControlHiddenComment comment) {
                            flush(run, runKind);
                            String hidden =
                                    plainText(comment.getParagraphList(), 1).strip();
                            if (!hidden.isEmpty()) {
                                builder.space()
                                        .text(hidden, null, HiddenKind.INVISIBLE_RENDER_MODE)
                                        .space();
                            }
                        }
                    }
                }
            }
            flush(run, runKind);
        }

        private void flush(StringBuilder run, @Nullable HiddenKind kind) {
            if (!run.isEmpty()) {
                builder.text(run.toString(), null, kind);
                run.setLength(0);
            }
        }

        /**
         * A table as rows of cells (line breaks kept inside a cell), its caption after it, then the tables
         * nested in its cells, each as a table of its own.
         */
        private void table(ControlTable table, int depth) throws IOException {
            List<ControlTable> nested = new ArrayList<>();
            builder.table(rows(table, depth, nested), null);
            if (table.getCaption() != null) {
                subParagraphs(table.getCaption().getParagraphList(), depth);
            }
            for (ControlTable inner : nested) {
                if (depth < limits.maxNestingDepth()) {
                    table(inner, depth + 1);
                }
            }
        }

        private List<List<String>> rows(ControlTable table, int depth, List<ControlTable> nested) throws IOException {
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
        private String cellText(@Nullable ParagraphList paragraphs, List<ControlTable> nested) throws IOException {
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
                lines.add(plainText(paragraph, 1).strip());
            }
            return String.join("\n", lines);
        }

        /** The paragraphs of a part that is not body text (text box, caption, header, footnote...) in place. */
        private void subParagraphs(@Nullable ParagraphList paragraphs, int depth) throws IOException {
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

        /**
         * The paragraph lists a control holds besides tables: headers and footers, footnotes and endnotes,
         * and for drawing objects their caption and text box, through grouped objects.
         */
        private static List<ParagraphList> parts(Control control) {
            List<ParagraphList> parts = new ArrayList<>();
            if (control instanceof ControlHeader header) {
                parts.add(header.getParagraphList());
            } else if (control instanceof ControlFooter footer) {
                parts.add(footer.getParagraphList());
            } else if (control instanceof ControlFootnote footnote) {
                parts.add(footnote.getParagraphList());
            } else if (control instanceof ControlEndnote endnote) {
                parts.add(endnote.getParagraphList());
            } else if (control instanceof GsoControl shape) {
                shapeParts(shape, parts, 0);
            }
            parts.removeIf(java.util.Objects::isNull);
            return parts;
        }

        private static void shapeParts(GsoControl shape, List<ParagraphList> parts, int depth) {
            if (depth > 16) {
                return;
            }
            TextBox box = null;
            if (shape instanceof ControlRectangle r) {
                box = r.getTextBox();
            } else if (shape instanceof ControlEllipse e) {
                box = e.getTextBox();
            } else if (shape instanceof ControlPolygon p) {
                box = p.getTextBox();
            } else if (shape instanceof ControlArc a) {
                box = a.getTextBox();
            } else if (shape instanceof ControlCurve c) {
                box = c.getTextBox();
            }
            if (box != null) {
                parts.add(box.getParagraphList());
            }
            if (shape.getCaption() != null) {
                parts.add(shape.getCaption().getParagraphList());
            }
            if (shape instanceof ControlContainer container && container.getChildControlList() != null) {
                for (GsoControl child : container.getChildControlList()) {
                    shapeParts(child, parts, depth + 1);
                }
            }
        }

        private String plainText(@Nullable ParagraphList paragraphs, int depth) throws IOException {
            if (paragraphs == null) {
                return "";
            }
            List<String> parts = new ArrayList<>();
            for (Paragraph paragraph : paragraphs.getParagraphs()) {
                parts.add(plainText(paragraph, depth));
            }
            return String.join(" ", parts);
        }

        /** A paragraph's characters with nested tables flattened, as deep as the limits allow. */
        private String plainText(Paragraph paragraph, int depth) throws IOException {
            if (paragraph.getText() == null) {
                return "";
            }
            List<Control> controls = paragraph.getControlList() == null ? List.of() : paragraph.getControlList();
            StringBuilder out = new StringBuilder();
            int control = 0;
            for (HWPChar ch : paragraph.getText().getCharList()) {
                switch (ch.getType()) {
                    case Normal -> out.append((char) ch.getCode());
                    case ControlChar -> {
                        if (ch.getCode() == LINE_BREAK) {
                            out.append('\n');
                        }
                    }
                    case ControlInline -> {
                        if (ch.getCode() == TAB) {
                            out.append(' ');
                        }
                    }
                    case ControlExtend -> {
                        Control target = control < controls.size() ? controls.get(control) : null;
                        control++;
                        if (target != null && !(target instanceof ControlTable) && depth < limits.maxNestingDepth()) {
                            for (ParagraphList part : parts(target)) {
                                out.append(' ').append(plainText(part, depth + 1));
                            }
                        }
                    }
                }
            }
            return out.toString();
        }

        private int headingLevel(Paragraph paragraph) {
            int id = paragraph.getHeader().getStyleId();
            List<Style> styles = file.getDocInfo().getStyleList();
            if (id < 0 || id >= styles.size()) {
                return 0;
            }
            Style style = styles.get(id);
            int level = FormattingSignals.headingLevel(style.getHangulName());
            return level > 0 ? level : FormattingSignals.headingLevel(style.getEnglishName());
        }

        private static boolean hasControls(Paragraph paragraph) {
            return paragraph.getControlList() != null
                    && paragraph.getControlList().stream()
                            .anyMatch(c -> c instanceof ControlTable || c instanceof ControlHiddenComment);
        }

        private List<HiddenKind> hiddenKinds(Paragraph paragraph) {
            return shapes(paragraph).stream()
                    .map(p -> hiddenKind(p.getShapeId()))
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }

        private @Nullable HiddenKind hiddenKind(long shapeId) {
            List<CharShape> shapes = file.getDocInfo().getCharShapeList();
            if (shapeId < 0 || shapeId >= shapes.size()) {
                return null;
            }
            CharShape shape = shapes.get((int) shapeId);
            if (shape.getBaseSize() < MIN_SIZE) {
                return HiddenKind.TINY_FONT;
            }
            var colour = shape.getCharColor();
            String rgb = "%02X%02X%02X".formatted(colour.getR(), colour.getG(), colour.getB());
            return FormattingSignals.nearBackground(rgb, PAPER) ? HiddenKind.BACKGROUND_COLOUR : null;
        }

        private static List<CharPositionShapeIdPair> shapes(Paragraph paragraph) {
            return paragraph.getCharShape() == null
                    ? List.of()
                    : paragraph.getCharShape().getPositonShapeIdPairList();
        }

        private static long shapeAt(List<CharPositionShapeIdPair> shapes, int position) {
            long id = shapes.isEmpty() ? -1 : shapes.get(0).getShapeId();
            for (CharPositionShapeIdPair pair : shapes) {
                if (pair.getPosition() > position) {
                    break;
                }
                id = pair.getShapeId();
            }
            return id;
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
