package io.planscreen.ml.render;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.DocumentFlow.Block;
import io.planscreen.ml.render.RenderOptions.HiddenInjection;
import java.util.List;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.context_hpf.Meta;
import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.LineType2;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.BorderFill;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.section_xml.SectionXMLFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.SubList;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.DropCapStyle;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HeightRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.LineWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumberingType;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TablePageBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextDirection;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextFlowSide;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VerticalAlign2;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.WidthRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.ctrl.HiddenComment;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
import org.jspecify.annotations.Nullable;

/**
 * Hancom HWPX (OWPML) from hwpxlib's blank document: headings in the blank's 16 pt title character
 * shape, paragraphs in the body shape, real tables (hp:tbl with rows, cells, addresses) with solid borders.
 * Hidden text: white or 0.5 pt character shapes, zero-width characters, and 숨은 설명 (hidden comment)
 * standing in for PDF's invisible render mode.
 */
final class HwpxPlanRenderer implements PlanRenderer {

    /** The blank document's plain paragraph shape, style 바탕글, 10 pt and 16 pt character shapes. */
    private static final String PARA_SHAPE = "3";

    private static final String NORMAL_STYLE = "0";

    private static final String BODY_CHARS = "0";

    private static final String HEADING_CHARS = "5";

    /** A4 text width of the blank document (59528 - 2 * 8504), in HWPUNIT (1/7200 inch). */
    private static final int TEXT_WIDTH = 42520;

    private static final int ROW_HEIGHT = 1800;

    private static final String FIXED_DATE = "2026-01-01T00:00:00Z";

    private static final String FIXED_DATE_KOREAN = "2026년 1월 1일 목요일 오전 9:00:00";

    /** 0.5 pt in HWPUNIT (1/100 pt). */
    private static final int TINY_HEIGHT = 50;

    @Override
    public RenderOptions.Format format() {
        return RenderOptions.Format.HWPX;
    }

    @Override
    public byte[] render(PlanText plan, RenderOptions options) {
        PlanRenderers.requireSupported(format(), options);
        HWPXFile file = BlankFileMaker.make();
        fixDates(file);
        if (options.properties() != DocumentProperties.DEFAULT) {
            FileMetadata.hwpx(file, options.properties());
        }
        String cellBorder = addSolidBorderFill(file);
        String whiteChars = addCharPr(file, "#FFFFFF", null);
        String tinyChars = addCharPr(file, null, TINY_HEIGHT);
        SectionXMLFile section = file.sectionXMLFileList().get(0);
        int[] ids = {1};
        for (Block block : DocumentFlow.of(plan, options.hidden()).blocks()) {
            if (block instanceof DocumentFlow.Heading heading) {
                paragraph(section.addNewPara(), ids, heading.text(), HEADING_CHARS);
            } else if (block instanceof DocumentFlow.Paragraph text) {
                paragraph(section.addNewPara(), ids, text.text(), BODY_CHARS);
            } else if (block instanceof DocumentFlow.Hidden hidden) {
                if (hidden.injection().kind() == HiddenInjection.Kind.INVISIBLE_RENDER_MODE) {
                    hiddenComment(section.addNewPara(), ids, hidden.payload());
                    continue;
                }
                String chars =
                        switch (hidden.injection().kind()) {
                            case WHITE_TEXT -> whiteChars;
                            case TINY_FONT -> tinyChars;
                            default -> BODY_CHARS;
                        };
                paragraph(section.addNewPara(), ids, hidden.payload(), chars);
            } else if (block instanceof DocumentFlow.TableBlock table) {
                table(section.addNewPara(), ids, table, cellBorder);
            }
        }
        try {
            return DeterministicZip.normalise(HWPXWriter.toBytes(file));
        } catch (Exception e) {
            throw new IllegalStateException("hwpxlib could not write the document", e);
        }
    }

    /** 숨은 설명: text kept in the file that Hangul never shows on the page (HWPX's invisible text). */
    private static void hiddenComment(Para para, int[] ids, String text) {
        para.idAnd(String.valueOf(ids[0]++))
                .paraPrIDRefAnd(PARA_SHAPE)
                .styleIDRefAnd(NORMAL_STYLE)
                .pageBreakAnd(false)
                .columnBreakAnd(false)
                .merged(false);
        HiddenComment comment =
                para.addNewRun().charPrIDRefAnd(BODY_CHARS).addNewCtrl().addNewHiddenComment();
        comment.createSubList();
        comment.subList()
                .idAnd("")
                .textDirectionAnd(TextDirection.HORIZONTAL)
                .lineWrapAnd(LineWrapMethod.BREAK)
                .vertAlignAnd(VerticalAlign2.TOP)
                .linkListIDRefAnd("0")
                .linkListNextIDRefAnd("0")
                .textWidthAnd(0)
                .textHeightAnd(0)
                .hasTextRefAnd(false)
                .hasNumRef(false);
        paragraph(comment.subList().addNewPara(), ids, text, BODY_CHARS);
    }

    /** The blank document is stamped with the current time; a fixed one keeps the bytes reproducible. */
    private static void fixDates(HWPXFile file) {
        for (Meta meta : file.contentHPFFile().metaData().metas()) {
            switch (meta.name()) {
                case "CreatedDate", "ModifiedDate" -> meta.text(FIXED_DATE);
                case "date" -> meta.text(FIXED_DATE_KOREAN);
                default -> {}
            }
        }
    }

    /** A copy of the body character shape in another colour or size; returns its id. */
    private static String addCharPr(HWPXFile file, @Nullable String colour, @Nullable Integer height) {
        var shapes = file.headerXMLFile().refList().charProperties();
        CharPr shape = shapes.get(Integer.parseInt(BODY_CHARS)).clone();
        String id = String.valueOf(shapes.count());
        shape.id(id);
        if (colour != null) {
            shape.textColor(colour);
        }
        if (height != null) {
            shape.height(height);
        }
        shapes.add(shape);
        return id;
    }

    private static String addSolidBorderFill(HWPXFile file) {
        var fills = file.headerXMLFile().refList().borderFills();
        BorderFill solid = fills.get(0).clone();
        String id = String.valueOf(fills.count() + 1);
        solid.id(id);
        solid.leftBorder().type(LineType2.SOLID);
        solid.rightBorder().type(LineType2.SOLID);
        solid.topBorder().type(LineType2.SOLID);
        solid.bottomBorder().type(LineType2.SOLID);
        fills.add(solid);
        return id;
    }

    private static void paragraph(Para para, int[] ids, String text, String chars) {
        para.idAnd(String.valueOf(ids[0]++))
                .paraPrIDRefAnd(PARA_SHAPE)
                .styleIDRefAnd(NORMAL_STYLE)
                .pageBreakAnd(false)
                .columnBreakAnd(false)
                .merged(false);
        para.addNewRun().charPrIDRefAnd(chars).addNewT().addText(text);
    }

    private static void table(Para para, int[] ids, DocumentFlow.TableBlock block, String border) {
        int columns = block.columns();
        List<List<String>> rows = block.rows();
        if (columns == 0) {
            return;
        }
        para.idAnd(String.valueOf(ids[0]++))
                .paraPrIDRefAnd(PARA_SHAPE)
                .styleIDRefAnd(NORMAL_STYLE)
                .pageBreakAnd(false)
                .columnBreakAnd(false)
                .merged(false);
        var run = para.addNewRun().charPrIDRefAnd(BODY_CHARS);
        Table table = run.addNewTable();
        int cellWidth = TEXT_WIDTH / columns;
        table.idAnd(String.valueOf(1_000_000 + ids[0]++))
                .zOrderAnd(0)
                .numberingTypeAnd(NumberingType.TABLE)
                .textWrapAnd(TextWrapMethod.TOP_AND_BOTTOM)
                .textFlowAnd(TextFlowSide.BOTH_SIDES)
                .lockAnd(false)
                .dropcapstyleAnd(DropCapStyle.None);
        table.pageBreakAnd(TablePageBreak.CELL)
                .repeatHeaderAnd(true)
                .rowCntAnd((short) rows.size())
                .colCntAnd((short) columns)
                .cellSpacingAnd(0)
                .borderFillIDRefAnd(border)
                .noAdjust(false);
        table.createSZ();
        table.sz()
                .widthAnd((long) cellWidth * columns)
                .widthRelToAnd(WidthRelTo.ABSOLUTE)
                .heightAnd((long) ROW_HEIGHT * rows.size())
                .heightRelToAnd(HeightRelTo.ABSOLUTE)
                .protect(false);
        table.createPos();
        table.pos()
                .treatAsCharAnd(false)
                .affectLSpacingAnd(false)
                .flowWithTextAnd(true)
                .allowOverlapAnd(false)
                .holdAnchorAndSOAnd(false)
                .vertRelToAnd(VertRelTo.PARA)
                .horzRelToAnd(HorzRelTo.COLUMN)
                .vertAlignAnd(VertAlign.TOP)
                .horzAlignAnd(HorzAlign.LEFT)
                .vertOffsetAnd(0L)
                .horzOffset(0L);
        table.createOutMargin();
        table.outMargin().leftAnd(283L).rightAnd(283L).topAnd(283L).bottom(283L);
        table.createInMargin();
        table.inMargin().leftAnd(510L).rightAnd(510L).topAnd(141L).bottom(141L);
        for (int r = 0; r < rows.size(); r++) {
            Tr tr = table.addNewTr();
            for (int c = 0; c < columns; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                cell(tr.addNewTc(), ids, r, c, cellWidth, text, border);
            }
        }
        // Hangul expects the anchoring paragraph to continue after the table object
        run.addNewT();
    }

    private static void cell(Tc tc, int[] ids, int row, int column, int width, String text, String border) {
        tc.nameAnd("")
                .headerAnd(false)
                .hasMarginAnd(false)
                .protectAnd(false)
                .editableAnd(false)
                .dirtyAnd(false)
                .borderFillIDRef(border);
        tc.createSubList();
        SubList subList = tc.subList();
        subList.idAnd("")
                .textDirectionAnd(TextDirection.HORIZONTAL)
                .lineWrapAnd(LineWrapMethod.BREAK)
                .vertAlignAnd(VerticalAlign2.CENTER)
                .linkListIDRefAnd("0")
                .linkListNextIDRefAnd("0")
                .textWidthAnd(0)
                .textHeightAnd(0)
                .hasTextRefAnd(false)
                .hasNumRef(false);
        paragraph(subList.addNewPara(), ids, text, BODY_CHARS);
        tc.createCellAddr();
        tc.cellAddr().colAddrAnd((short) column).rowAddr((short) row);
        tc.createCellSpan();
        tc.cellSpan().colSpanAnd((short) 1).rowSpan((short) 1);
        tc.createCellSz();
        tc.cellSz().widthAnd((long) width).height((long) ROW_HEIGHT);
        tc.createCellMargin();
        tc.cellMargin().leftAnd(510L).rightAnd(510L).topAnd(141L).bottom(141L);
    }
}
