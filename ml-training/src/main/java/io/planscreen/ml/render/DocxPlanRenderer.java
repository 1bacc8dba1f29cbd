package io.planscreen.ml.render;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.DocumentFlow.Block;
import io.planscreen.ml.render.RenderOptions.HiddenInjection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word document: section headings in the built-in "heading 1" style (outline level 0), paragraphs in
 * NanumGothic 10.5 pt, real tables. Hidden text the ways Word allows: white runs, 0.5 pt runs and
 * vanish (Word's "hidden" font property, standing in for PDF's invisible render mode).
 */
final class DocxPlanRenderer implements PlanRenderer {

    static final String HEADING_STYLE = "Heading1";

    @Override
    public RenderOptions.Format format() {
        return RenderOptions.Format.DOCX;
    }

    @Override
    public byte[] render(PlanText plan, RenderOptions options) {
        PlanRenderers.requireSupported(format(), options);
        try (XWPFDocument document = new XWPFDocument()) {
            DocumentProperties house = options.properties();
            String font = house.bodyFont(RenderFonts.FAMILY);
            addHeadingStyle(document);
            String bodyStyle = addHouseStyles(document, house);
            document.getProperties()
                    .getCoreProperties()
                    .setTitle(plan.language().equals("ko") ? "사업계획서" : "Business plan");
            document.getProperties().getCoreProperties().setCreated(Optional.of(PdfPlanRenderer.FIXED_DATE.getTime()));
            document.getProperties().getCoreProperties().setModified(Optional.of(PdfPlanRenderer.FIXED_DATE.getTime()));
            FileMetadata.docx(document.getProperties(), house);
            for (Block block : DocumentFlow.of(plan, options.hidden()).blocks()) {
                if (block instanceof DocumentFlow.Heading heading) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setStyle(HEADING_STYLE);
                    run(paragraph, heading.text(), 16, font).setBold(true);
                } else if (block instanceof DocumentFlow.Paragraph text) {
                    XWPFParagraph paragraph = document.createParagraph();
                    if (bodyStyle != null) {
                        paragraph.setStyle(bodyStyle);
                    }
                    run(paragraph, text.text(), 10.5, font);
                } else if (block instanceof DocumentFlow.TableBlock table) {
                    table(document, table, font);
                } else if (block instanceof DocumentFlow.Hidden hidden) {
                    hidden(document.createParagraph(), hidden, font);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return DeterministicZip.normalise(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean supports(HiddenInjection.Kind kind) {
        return kind != HiddenInjection.Kind.OUTSIDE_PAGE;
    }

    private static void hidden(XWPFParagraph paragraph, DocumentFlow.Hidden hidden, String font) {
        XWPFRun run = run(paragraph, hidden.payload(), 10.5, font);
        switch (hidden.injection().kind()) {
            case WHITE_TEXT -> run.setColor("FFFFFF");
            case TINY_FONT -> run.setFontSize(0.5);
            case INVISIBLE_RENDER_MODE -> run.setVanish(true);
            case ZERO_WIDTH_CHARACTERS -> {}
            case OUTSIDE_PAGE -> throw new IllegalArgumentException("DOCX has no page box to write outside of");
        }
    }

    private static void table(XWPFDocument document, DocumentFlow.TableBlock block, String font) {
        int columns = block.columns();
        if (columns == 0) {
            return;
        }
        List<List<String>> rows = block.rows();
        XWPFTable table = document.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                XWPFParagraph paragraph =
                        table.getRow(r).getCell(c).getParagraphs().get(0);
                run(paragraph, text, 9.5, font);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, double size, String font) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontSize(size);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        return run;
    }

    /** A writer's named styles (its house template); returns the body style's id, or null when it has none. */
    private static String addHouseStyles(XWPFDocument document, DocumentProperties house) {
        String bodyId = null;
        for (int i = 0; i < house.styleNames().size(); i++) {
            CTStyle style = CTStyle.Factory.newInstance();
            String id = "House" + i;
            style.setStyleId(id);
            style.addNewName().setVal(house.styleNames().get(i));
            style.addNewBasedOn().setVal("Normal");
            CTFonts fonts = style.addNewRPr().addNewRFonts();
            fonts.setAscii(
                    house.fonts().isEmpty()
                            ? RenderFonts.FAMILY
                            : house.fonts().get(Math.min(i, house.fonts().size() - 1)));
            fonts.setEastAsia(fonts.getAscii());
            XWPFStyle wrapped = new XWPFStyle(style);
            wrapped.setType(STStyleType.PARAGRAPH);
            document.getStyles().addStyle(wrapped);
            bodyId = bodyId == null ? id : bodyId;
        }
        return bodyId;
    }

    private static void addHeadingStyle(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(HEADING_STYLE);
        style.addNewName().setVal("heading 1");
        style.addNewBasedOn().setVal("Normal");
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        CTRPr rPr = style.addNewRPr();
        rPr.addNewB();
        rPr.addNewSz().setVal(BigInteger.valueOf(32));
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(RenderFonts.FAMILY);
        fonts.setEastAsia(RenderFonts.FAMILY);
        XWPFStyle wrapped = new XWPFStyle(style);
        wrapped.setType(STStyleType.PARAGRAPH);
        styles.addStyle(wrapped);
    }
}
