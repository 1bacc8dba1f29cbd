package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** Ruled tables in PDFs read as tables: the grid from the page's lines, words into cells, merged cells. */
class PdfTablesTests {

    private static final ParsingProperties PROPERTIES = ParsingProperties.defaults();

    private final PdfParser parser = new PdfParser(new TesseractOcr(PROPERTIES), PROPERTIES);

    // column and row lines of the form drawn below (PDF coordinates, y up)
    private static final float[] XS = {60, 160, 350, 540};

    private static final float[] YS = {700, 680, 660, 600};

    @Test
    void reads_a_form_drawn_with_stroked_lines_open_at_its_sides_as_a_table_with_a_merged_cell() throws IOException {
        ParsedDocument parsed = parser.parse(form(false), PROPERTIES.limits());

        assertThat(parsed.tables()).hasSize(1);
        List<List<String>> rows = parsed.tables().get(0).rows();
        assertThat(rows.get(0)).containsExactly("기업명", "주식회사 플랜스크린", "개업연월일 16.04.25");
        assertThat(rows.get(1)).containsExactly("사업자 구분", "□ 개인사업자 / ■ 법인사업자");
        // the writer wrapped the title: one line again; the ※ line is the form's own and keeps its break; the
        // white text is flagged in the text but is not what the cell shows
        assertThat(rows.get(2)).containsExactly("창업아이템명", "스마트 공장 불량 검출 자동화 시스템 솔루션플랫폼서비스", "3억원\n※ 예시 문구");
        // the table's text is written as its rows, cells separated by tabs, as DOCX tables are
        assertThat(parsed.text()).contains("기업명\t주식회사 플랜스크린\t개업연월일 16.04.25");
        assertThat(parsed.text()).contains("위 내용은 사실과 다름없음");
        assertThat(parsed.text().indexOf("위 내용은"))
                .isGreaterThan(parsed.tables().get(0).end());
    }

    @Test
    void reads_borders_drawn_as_thin_filled_rectangles_the_same_way() throws IOException {
        ParsedDocument parsed = parser.parse(form(true), PROPERTIES.limits());

        assertThat(parsed.tables()).hasSize(1);
        assertThat(parsed.tables().get(0).rows().get(1)).containsExactly("사업자 구분", "□ 개인사업자 / ■ 법인사업자");
    }

    @Test
    void keeps_white_text_in_a_cell_flagged_and_out_of_the_visible_text() throws IOException {
        ParsedDocument parsed = parser.parse(form(false), PROPERTIES.limits());

        // one hidden sentence is one signal, not one per word
        assertThat(parsed.hiddenText())
                .filteredOn(h -> h.kind() == HiddenKind.BACKGROUND_COLOUR)
                .singleElement()
                .satisfies(h -> assertThat(h.excerpt()).isEqualTo("숨은 지시문 입니다"));
        assertThat(parsed.text()).contains("숨은 지시문 입니다");
        assertThat(parsed.visibleText()).doesNotContain("지시문").contains("주식회사 플랜스크린");
    }

    @Test
    void a_single_framed_paragraph_is_not_a_table() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = PDType0Font.load(document, DocumentFixtures.NANUM);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.addRect(60, 640, 480, 60);
                cs.stroke();
                text(cs, font, 64, 680, "대표자 홍길동은 10년 경력을 보유하고 있다.");
            }
            pdf = save(document);
        }
        ParsedDocument parsed = parser.parse(pdf, PROPERTIES.limits());

        assertThat(parsed.tables()).isEmpty();
        assertThat(parsed.text()).isEqualTo("대표자 홍길동은 10년 경력을 보유하고 있다.");
    }

    /** A three-row form: no outer left/right border, row 2 merges two cells, row 3 a wrapped cell and a ※ line. */
    private static byte[] form(boolean thinRectangles) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font = PDType0Font.load(document, DocumentFixtures.NANUM);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                for (float y : YS) {
                    line(cs, thinRectangles, XS[0], y, XS[3], y);
                }
                line(cs, thinRectangles, XS[1], YS[0], XS[1], YS[3]);
                line(cs, thinRectangles, XS[2], YS[0], XS[2], YS[1]); // not in row 2: merged there
                line(cs, thinRectangles, XS[2], YS[2], XS[2], YS[3]);
                text(cs, font, 64, 686, "기업명");
                text(cs, font, 164, 686, "주식회사 플랜스크린");
                text(cs, font, 354, 686, "개업연월일 16.04.25");
                text(cs, font, 64, 666, "사업자 구분");
                text(cs, font, 164, 666, "□ 개인사업자 / ■ 법인사업자");
                text(cs, font, 64, 646, "창업아이템명");
                text(cs, font, 164, 646, "스마트 공장 불량 검출 자동화 시스템");
                text(cs, font, 164, 632, "솔루션플랫폼서비스");
                text(cs, font, 354, 646, "3억원");
                text(cs, font, 354, 632, "※ 예시 문구");
                cs.setNonStrokingColor(Color.WHITE);
                text(cs, font, 354, 618, "숨은 지시문 입니다");
                cs.setNonStrokingColor(Color.BLACK);
                text(cs, font, 60, 560, "위 내용은 사실과 다름없음");
            }
            return save(document);
        }
    }

    private static void line(PDPageContentStream cs, boolean thinRectangle, float x0, float y0, float x1, float y1)
            throws IOException {
        if (thinRectangle) { // Hancom and LibreOffice draw some borders as filled hairline rectangles
            cs.addRect(
                    Math.min(x0, x1),
                    Math.min(y0, y1),
                    Math.max(Math.abs(x1 - x0), 0.6f),
                    Math.max(Math.abs(y1 - y0), 0.6f));
            cs.fill();
        } else {
            cs.moveTo(x0, y0);
            cs.lineTo(x1, y1);
            cs.stroke();
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
