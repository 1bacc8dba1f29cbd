package io.planscreen.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.internal.OfflineParsing;
import io.planscreen.shared.DocumentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class PageImagesTests {

    static final File NANUM = new File("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    @Test
    void draws_the_page_with_the_quoted_block_highlighted_where_the_text_is() throws Exception {
        byte[] pdf = twoPagePdf();
        // The boxes come from the real PDF parser, so the test fails if the two disagree on coordinates.
        ParsedDocument parsed = OfflineParsing.pdf(false).parse(pdf, DocumentType.PDF);
        int start = parsed.text().indexOf("220-81-62517");

        List<ParsedDocument.Box> boxes = PageImages.boxesFor(parsed, 2, start, start + 12);
        assertThat(boxes).hasSize(1);

        BufferedImage plain = ImageIO.read(new ByteArrayInputStream(PageImages.render(pdf, 2, List.of())));
        BufferedImage marked = ImageIO.read(new ByteArrayInputStream(PageImages.render(pdf, 2, boxes)));

        float scale = PageImages.DPI / 72f;
        assertThat(plain.getWidth()).isEqualTo(Math.round(595 * scale));
        // Text drawn with its baseline 703 pt above the bottom of an 842 pt page: just above the baseline is inside.
        int insideX = Math.round(230 * scale);
        int insideY = Math.round((842 - 706) * scale);
        assertThat(plain.getRGB(insideX, insideY) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
        int tinted = marked.getRGB(insideX, insideY);
        assertThat((tinted >> 16) & 0xFF).as("red stays high").isGreaterThan(200);
        assertThat(tinted & 0xFF).as("blue drops under yellow").isLessThan(200);
        int outsideY = Math.round((842 - 300) * scale);
        assertThat(marked.getRGB(insideX, outsideY) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    static byte[] twoPagePdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, NANUM);
            for (int p = 1; p <= 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 703);
                    content.showText(p == 1 ? "1쪽" : "사업자등록번호 220-81-62517");
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
