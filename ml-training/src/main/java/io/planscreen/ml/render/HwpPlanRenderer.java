package io.planscreen.ml.render;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.DocumentFlow.Block;
import io.planscreen.ml.render.RenderOptions.HiddenInjection;
import java.io.ByteArrayOutputStream;
import java.io.UnsupportedEncodingException;
import java.util.List;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.Section;
import kr.dogfoot.hwplib.object.bodytext.control.ControlHiddenComment;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.control.ControlType;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.CtrlHeaderGso;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.HeightCriterion;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.HorzRelTo;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.ObjectNumberSort;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.RelativeArrange;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.TextFlowMethod;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.TextHorzArrange;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.VertRelTo;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.gso.WidthCriterion;
import kr.dogfoot.hwplib.object.bodytext.control.ctrlheader.sectiondefine.TextDirection;
import kr.dogfoot.hwplib.object.bodytext.control.gso.textbox.LineChange;
import kr.dogfoot.hwplib.object.bodytext.control.gso.textbox.TextVerticalAlignment;
import kr.dogfoot.hwplib.object.bodytext.control.table.Cell;
import kr.dogfoot.hwplib.object.bodytext.control.table.DivideAtPageBoundary;
import kr.dogfoot.hwplib.object.bodytext.control.table.ListHeaderForCell;
import kr.dogfoot.hwplib.object.bodytext.control.table.Row;
import kr.dogfoot.hwplib.object.bodytext.control.table.Table;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.header.ParaHeader;
import kr.dogfoot.hwplib.object.bodytext.paragraph.lineseg.LineSegItem;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPCharControlExtend;
import kr.dogfoot.hwplib.object.docinfo.BorderFill;
import kr.dogfoot.hwplib.object.docinfo.CharShape;
import kr.dogfoot.hwplib.object.docinfo.borderfill.BorderThickness;
import kr.dogfoot.hwplib.object.docinfo.borderfill.BorderType;
import kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwplib.writer.HWPWriter;
import org.jspecify.annotations.Nullable;

/**
 * Hangul 5.x binary (HWP) from hwplib's blank document: paragraphs appended to the first section,
 * headings in a 16 pt bold character shape, tables as real table controls (rows of cells, each cell a
 * paragraph list) — the structure the stock text extractor flattens and our parser walks. Hidden text:
 * white or 0.5 pt character shapes, zero-width characters, and 숨은 설명 (hidden comment) standing in for
 * PDF's invisible render mode.
 *
 * <p>A little over the project's 300-line guide: hwplib builds a document only through its object model, so
 * each HWP record the renderer writes (character and paragraph shapes, table controls, hidden comments, summary
 * information) is a few lines of setters kept in the one class that owns the blank document.
 */
final class HwpPlanRenderer implements PlanRenderer {

    /** The blank document's 바탕글 style and its paragraph shape. */
    private static final int PARA_SHAPE = 3;

    private static final short NORMAL_STYLE = 0;

    private static final int BODY_CHARS = 0;

    /** A4 text width of the blank document, HWPUNIT (1/7200 inch). */
    private static final long TEXT_WIDTH = 42520;

    private static final long ROW_HEIGHT = 1800;

    private static final int TINY_SIZE = 50;

    /** The extended control character that anchors a hidden comment. */
    private static final int HIDDEN_COMMENT_CHAR = 15;

    @Override
    public RenderOptions.Format format() {
        return RenderOptions.Format.HWP;
    }

    @Override
    public byte[] render(PlanText plan, RenderOptions options) {
        PlanRenderers.requireSupported(format(), options);
        HWPFile file = BlankFileMaker.make();
        if (options.properties() != DocumentProperties.DEFAULT) {
            FileMetadata.hwp(file, options.properties());
        }
        int headingChars = addHeadingCharShape(file);
        int cellBorder = addSolidBorderFill(file);
        int whiteChars = addCharShape(file, 0xFFFFFF, null);
        int tinyChars = addCharShape(file, null, TINY_SIZE);
        Section section = file.getBodyText().getSectionList().get(0);
        try {
            for (Block block : DocumentFlow.of(plan, options.hidden()).blocks()) {
                if (block instanceof DocumentFlow.Heading heading) {
                    paragraph(section.addNewParagraph(), heading.text(), headingChars);
                } else if (block instanceof DocumentFlow.Paragraph text) {
                    paragraph(section.addNewParagraph(), text.text(), BODY_CHARS);
                } else if (block instanceof DocumentFlow.Hidden hidden) {
                    if (hidden.injection().kind() == HiddenInjection.Kind.INVISIBLE_RENDER_MODE) {
                        hiddenComment(section.addNewParagraph(), hidden.payload());
                        continue;
                    }
                    int chars =
                            switch (hidden.injection().kind()) {
                                case WHITE_TEXT -> whiteChars;
                                case TINY_FONT -> tinyChars;
                                default -> BODY_CHARS;
                            };
                    paragraph(section.addNewParagraph(), hidden.payload(), chars);
                } else if (block instanceof DocumentFlow.TableBlock table) {
                    table(section.addNewParagraph(), table, cellBorder);
                }
            }
            for (Paragraph paragraph : section.getParagraphs()) {
                paragraph.getHeader().setLastInList(false);
            }
            section.getLastParagraph().getHeader().setLastInList(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            HWPWriter.toStream(file, out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("hwplib could not write the document", e);
        }
    }

    private static int addHeadingCharShape(HWPFile file) {
        List<CharShape> shapes = file.getDocInfo().getCharShapeList();
        CharShape heading = shapes.get(BODY_CHARS).clone();
        heading.setBaseSize(1600);
        heading.getProperty().setBold(true);
        shapes.add(heading);
        return shapes.size() - 1;
    }

    /** A copy of the body character shape in another colour (0xBBGGRR) or size (1/100 pt). */
    private static int addCharShape(HWPFile file, @Nullable Integer colour, @Nullable Integer size) {
        List<CharShape> shapes = file.getDocInfo().getCharShapeList();
        CharShape shape = shapes.get(BODY_CHARS).clone();
        if (colour != null) {
            shape.getCharColor().setValue(colour);
        }
        if (size != null) {
            shape.setBaseSize(size);
        }
        shapes.add(shape);
        return shapes.size() - 1;
    }

    /** Border fill ids are 1-based. */
    private static int addSolidBorderFill(HWPFile file) {
        BorderFill fill = file.getDocInfo().addNewBorderFill();
        fill.getProperty().set3DEffect(false);
        fill.getProperty().setShadowEffect(false);
        for (var border :
                List.of(fill.getLeftBorder(), fill.getRightBorder(), fill.getTopBorder(), fill.getBottomBorder())) {
            border.setType(BorderType.Solid);
            border.setThickness(BorderThickness.MM0_12);
            border.getColor().setValue(0x0);
        }
        fill.getDiagonalBorder().setType(BorderType.None);
        fill.getDiagonalBorder().setThickness(BorderThickness.MM0_1);
        fill.getDiagonalBorder().getColor().setValue(0x0);
        return file.getDocInfo().getBorderFillList().size();
    }

    private static void paragraph(Paragraph paragraph, String text, int charShape) throws UnsupportedEncodingException {
        header(paragraph.getHeader());
        paragraph.createText();
        paragraph.getText().addString(text);
        finish(paragraph, charShape, TEXT_WIDTH);
    }

    private static void header(ParaHeader header) {
        header.setLastInList(false);
        header.setParaShapeId(PARA_SHAPE);
        header.setStyleId(NORMAL_STYLE);
        header.getDivideSort().setDivideSection(false);
        header.getDivideSort().setDivideMultiColumn(false);
        header.getDivideSort().setDividePage(false);
        header.getDivideSort().setDivideColumn(false);
        header.setCharShapeCount(1);
        header.setRangeTagCount(0);
        header.setLineAlignCount(1);
        header.setInstanceID(0);
        header.setIsMergedByTrack(0);
    }

    private static void finish(Paragraph paragraph, int charShape, long width) {
        paragraph.getHeader().setCharacterCount(paragraph.getText().getCharSize());
        paragraph.createCharShape();
        paragraph.getCharShape().addParaCharShape(0, charShape);
        paragraph.createLineSeg();
        LineSegItem line = paragraph.getLineSeg().addNewLineSegItem();
        line.setTextStartPosition(0);
        line.setLineVerticalPosition(0);
        line.setLineHeight(1000);
        line.setTextPartHeight(1000);
        line.setDistanceBaseLineToLineVerticalPosition(850);
        line.setLineSpace(600);
        line.setStartPositionFromColumn(0);
        line.setSegmentWidth((int) width);
        line.getTag().setFirstSegmentAtLine(true);
        line.getTag().setLastSegmentAtLine(true);
    }

    /** 숨은 설명: a hidden-comment control whose paragraphs Hangul never shows on the page. */
    private static void hiddenComment(Paragraph anchor, String text) throws Exception {
        header(anchor.getHeader());
        anchor.createText();
        HWPCharControlExtend mark = anchor.getText().addNewExtendControlChar();
        mark.setCode(HIDDEN_COMMENT_CHAR);
        byte[] addition = new byte[12];
        // the control id 'tcmt', stored little-endian as hwplib does for 'tbl '
        addition[0] = 't';
        addition[1] = 'm';
        addition[2] = 'c';
        addition[3] = 't';
        mark.setAddition(addition);
        anchor.getText().addString("");
        ControlHiddenComment comment = (ControlHiddenComment) anchor.addNewControl(ControlType.HiddenComment);
        comment.getListHeader().setParaCount(1);
        Paragraph paragraph = comment.getParagraphList().addNewParagraph();
        paragraph(paragraph, text, BODY_CHARS);
        paragraph.getHeader().setLastInList(true);
        finish(anchor, BODY_CHARS, TEXT_WIDTH);
    }

    private static void table(Paragraph anchor, DocumentFlow.TableBlock block, int border)
            throws UnsupportedEncodingException {
        int columns = block.columns();
        List<List<String>> rows = block.rows();
        if (columns == 0) {
            return;
        }
        header(anchor.getHeader());
        anchor.createText();
        anchor.getText().addExtendCharForTable();
        anchor.getText().addString("");
        ControlTable control = (ControlTable) anchor.addNewControl(ControlType.Table);
        long cellWidth = TEXT_WIDTH / columns;

        CtrlHeaderGso ctrl = control.getHeader();
        ctrl.getProperty().setLikeWord(false);
        ctrl.getProperty().setApplyLineSpace(false);
        ctrl.getProperty().setVertRelTo(VertRelTo.Para);
        ctrl.getProperty().setVertRelativeArrange(RelativeArrange.TopOrLeft);
        ctrl.getProperty().setHorzRelTo(HorzRelTo.Para);
        ctrl.getProperty().setHorzRelativeArrange(RelativeArrange.TopOrLeft);
        ctrl.getProperty().setVertRelToParaLimit(false);
        ctrl.getProperty().setAllowOverlap(false);
        ctrl.getProperty().setWidthCriterion(WidthCriterion.Absolute);
        ctrl.getProperty().setHeightCriterion(HeightCriterion.Absolute);
        ctrl.getProperty().setProtectSize(false);
        ctrl.getProperty().setTextFlowMethod(TextFlowMethod.TakePlace);
        ctrl.getProperty().setTextHorzArrange(TextHorzArrange.BothSides);
        ctrl.getProperty().setObjectNumberSort(ObjectNumberSort.Table);
        ctrl.setxOffset(0);
        ctrl.setyOffset(0);
        ctrl.setWidth(cellWidth * columns);
        ctrl.setHeight(ROW_HEIGHT * rows.size());
        ctrl.setzOrder(0);
        ctrl.setOutterMarginLeft(283);
        ctrl.setOutterMarginRight(283);
        ctrl.setOutterMarginTop(283);
        ctrl.setOutterMarginBottom(283);

        Table table = control.getTable();
        table.getProperty().setDivideAtPageBoundary(DivideAtPageBoundary.DivideByCell);
        table.getProperty().setAutoRepeatTitleRow(false);
        table.setRowCount(rows.size());
        table.setColumnCount(columns);
        table.setCellSpacing(0);
        table.setLeftInnerMargin(510);
        table.setRightInnerMargin(510);
        table.setTopInnerMargin(141);
        table.setBottomInnerMargin(141);
        table.setBorderFillId(border);
        for (int r = 0; r < rows.size(); r++) {
            table.getCellCountOfRowList().add(columns);
            Row row = control.addNewRow();
            for (int c = 0; c < columns; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                cell(row.addNewCell(), r, c, cellWidth, text, border);
            }
        }
        finish(anchor, BODY_CHARS, TEXT_WIDTH);
    }

    private static void cell(Cell cell, int row, int column, long width, String text, int border)
            throws UnsupportedEncodingException {
        ListHeaderForCell list = cell.getListHeader();
        list.setParaCount(1);
        list.getProperty().setTextDirection(TextDirection.Horizontal);
        list.getProperty().setLineChange(LineChange.Normal);
        list.getProperty().setTextVerticalAlignment(TextVerticalAlignment.Center);
        list.getProperty().setProtectCell(false);
        list.getProperty().setEditableAtFormMode(false);
        list.setColIndex(column);
        list.setRowIndex(row);
        list.setColSpan(1);
        list.setRowSpan(1);
        list.setWidth(width);
        list.setHeight(ROW_HEIGHT);
        list.setLeftMargin(510);
        list.setRightMargin(510);
        list.setTopMargin(141);
        list.setBottomMargin(141);
        list.setBorderFillId(border);
        list.setTextWidth(width - 1020);
        list.setFieldName("");
        Paragraph paragraph = cell.getParagraphList().addNewParagraph();
        paragraph(paragraph, text, BODY_CHARS);
        paragraph.getHeader().setLastInList(true);
    }
}
