package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.HostileDocuments;
import io.planscreen.parsing.ParseSummary;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.NotRead;
import org.junit.jupiter.api.Test;

/** Issue 18: 2,206 PDFs were SCREENED with no text at all and nothing told the evaluator. */
class NotReadTests {

    private static final ParsingProperties PROPERTIES = ParsingProperties.defaults();

    @Test
    void a_blank_pdf_is_not_read_because_it_is_empty() {
        ParsedDocument blank = new PdfParser(new TesseractOcr(PROPERTIES.withOcr(false)), PROPERTIES.withOcr(false))
                .parse(HostileDocuments.pdfWithHugePages(2, 595f), PROPERTIES.limits());
        // blank pages have no text layer: without OCR they are image-only pages to the parser
        assertThat(blank.notRead()).isIn(NotRead.EMPTY, NotRead.OCR_UNAVAILABLE);
        assertThat(ParseSummary.of(blank).notRead()).isEqualTo(blank.notRead().code());
    }

    @Test
    void a_scan_without_ocr_is_not_read_because_ocr_is_unavailable() {
        ParsingProperties noOcr = PROPERTIES.withOcr(false);
        ParsedDocument scanned =
                new PdfParser(new TesseractOcr(noOcr), noOcr).parse(DocumentFixtures.scannedPdf(), noOcr.limits());
        assertThat(scanned.notRead()).isEqualTo(NotRead.OCR_UNAVAILABLE);
        ParsedDocument missing = new PdfParser(
                        new TesseractOcr(
                                PROPERTIES.withTesseract("/nonexistent/tesseract", PROPERTIES.ocrPageTimeout())),
                        PROPERTIES)
                .parse(DocumentFixtures.scannedPdf(), PROPERTIES.limits());
        assertThat(missing.notRead()).isEqualTo(NotRead.OCR_UNAVAILABLE);
        assertThat(ParseSummary.of(missing).notRead()).isEqualTo("ocr_unavailable");
    }

    @Test
    void a_plan_with_text_is_read() {
        ParsedDocument plan = new PdfParser(new TesseractOcr(PROPERTIES), PROPERTIES)
                .parse(DocumentFixtures.koreanPlanPdf(), PROPERTIES.limits());
        assertThat(plan.notRead()).isNull();
        assertThat(ParseSummary.of(plan).notRead()).isNull();
    }
}
