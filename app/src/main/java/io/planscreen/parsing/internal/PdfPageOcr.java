package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.PageGeometry;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;

/** Pages without a text layer: OCR of the rendered page, or a mark for a human when OCR is off, missing or failing. */
final class PdfPageOcr {

    /** Pixels a page is rendered into for OCR at most (A4 at 200 dpi is 3.9 million): larger pages get fewer dpi. */
    static final long MAX_OCR_PIXELS = 16_000_000L;

    private final PDDocument document;

    private final TesseractOcr ocr;

    private final ParsingProperties properties;

    private final boolean allowed;

    private @Nullable PDFRenderer renderer;

    private int pages;

    PdfPageOcr(PDDocument document, TesseractOcr ocr, ParsingProperties properties, boolean allowed) {
        this.document = document;
        this.ocr = ocr;
        this.properties = properties;
        this.allowed = allowed;
    }

    void recognise(int pageIndex, ParsedDocumentBuilder builder) throws IOException {
        if (!allowed || !ocr.available()) {
            builder.pageFlags(false, true)
                    .warning("page " + (pageIndex + 1) + ": no text layer, needs OCR (" + ParsedDocument.OCR_UNAVAILABLE
                            + ")");
            return;
        }
        if (pages >= properties.maxOcrPages()) {
            builder.pageFlags(false, true)
                    .warning("page " + (pageIndex + 1) + ": no text layer, needs OCR (over the OCR page limit)");
            return;
        }
        pages++;
        ParseDeadline.extend(properties.ocrPageTimeout());
        if (renderer == null) {
            renderer = new PDFRenderer(document);
        }
        PDRectangle box = document.getPage(pageIndex).getCropBox();
        float dpi = PageGeometry.dpiWithin(box.getWidth(), box.getHeight(), properties.ocrDpi(), MAX_OCR_PIXELS);
        BufferedImage image = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
        Optional<String> text = ocr.recognise(image);
        if (text.isEmpty()) {
            builder.pageFlags(false, true).warning("page " + (pageIndex + 1) + ": OCR failed, needs a human");
            return;
        }
        builder.pageFlags(true, false);
        for (String ocrLine : text.get().split("\\R")) {
            if (ocrLine.isBlank()) {
                builder.paragraphBreak();
            } else {
                builder.text(ocrLine.strip(), null).lineBreak();
            }
        }
        builder.paragraphBreak();
    }
}
