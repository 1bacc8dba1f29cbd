package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.PopplerText;
import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 18: PDFs a common reader opens are read (a believable page count, poppler where PDFBox fails). */
class PdfSecondReaderTests {

    private static final ParsingProperties PROPERTIES = ParsingProperties.defaults();

    private final PdfParser parser = new PdfParser(new TesseractOcr(PROPERTIES), PROPERTIES);

    private static byte[] withCount(String count) {
        String content = "BT /F1 24 Tf 72 700 Td (Hello fuzzed page tree) Tj ET";
        return DocumentFixtures.rawPdf(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count " + count + " >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
                        + " /Contents 4 0 R >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    }

    @Test
    void a_page_tree_with_a_fuzzed_count_is_read_by_its_real_pages() {
        for (String count : new String[] {"1410065407", "1.5e10", "-5", "0"}) {
            ParsedDocument parsed = parser.parse(withCount(count), PROPERTIES.limits());
            assertThat(parsed.pages()).as(count).hasSize(1);
            assertThat(parsed.text()).as(count).contains("Hello fuzzed page tree");
        }
    }

    @Test
    void pdftotext_reads_pages_and_says_nothing_for_garbage() {
        assumeThat(new File("/usr/bin/" + PopplerText.COMMAND)).exists();
        assertThat(PopplerText.pages(DocumentFixtures.koreanPlanPdf(), 300, Duration.ofSeconds(20)))
                .hasValueSatisfying(pages -> {
                    assertThat(pages).hasSize(2);
                    assertThat(pages.get(0)).contains("문제 인식");
                });
        assertThat(PopplerText.pages("%PDF-1.4 nothing here".getBytes(), 300, Duration.ofSeconds(20)))
                .isEmpty();
    }
}
