package io.planscreen.ml.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OfficeFormPdfTests {

    @Test
    void draws_the_fill_with_stroked_lines_and_hairline_rectangles_and_no_cell_boxes() throws IOException {
        LeapFormFacts f = LeapFormFacts.draw(new Random(3));

        byte[] pdf = OfficeFormPdf.render(LeapFormFiller.fill(f, true));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains(
                            "기업명",
                            "개업연월일",
                            f.opened().format(java.time.format.DateTimeFormatter.ofPattern("yy.MM.dd")));
            String stream;
            try (InputStream in = document.getPage(0).getContents()) {
                stream = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            assertThat(stream).contains(" l\n", " re\n", "\nS\n");
            // borders are drawn one by one, never as a stroked box per cell
            assertThat(stream).doesNotContain("re\nS");
        }
    }
}
