package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PageGeometry;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.PopplerText;
import io.planscreen.shared.ProblemCode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * PDF through PDFBox 3 with a mixed stream cache (8 MB of heap per document, temp files beyond: large streams never sit on the heap): text with
 * boxes in reading order, tables from column-aligned lines, hidden-text signals, OCR for pages without a
 * text layer.
 */
@Component
class PdfParser implements FormatParser {

    static final String VERSION = "planscreen-pdf/2+pdfbox-3.0.8"; // 2: implausible ToUnicode maps dropped

    static final String FALLBACK_VERSION = "planscreen-pdf/1+pdftotext";

    /** Decoded streams share this much heap per document; beyond it they go to a temp file. */
    private static final long IN_MEMORY_STREAMS = 8L * 1024 * 1024;

    private final TesseractOcr ocr;

    private final ParsingProperties properties;

    PdfParser(TesseractOcr ocr, ParsingProperties properties) {
        this.ocr = ocr;
        this.properties = properties;
    }

    @Override
    public DocumentType type() {
        return DocumentType.PDF;
    }

    @Override
    public ParsedDocument parse(byte[] content, ParseLimits limits) {
        try (PDDocument document = Loader.loadPDF(
                new RandomAccessReadBuffer(content),
                "",
                null,
                null,
                MemoryUsageSetting.setupMixed(IN_MEMORY_STREAMS).streamCache)) {
            PdfToUnicodeGuard.sanitize(document.getDocumentCatalog().getCOSObject());
            int pages = PageGeometry.pageCount(document);
            if (pages <= 0) {
                return secondReader(content, limits, null);
            }
            if (pages > limits.maxPages()) {
                throw new PlanScreenException(ProblemCode.DOCUMENT_TOO_MANY_PAGES, pages, limits.maxPages());
            }
            Optional<Object[]> oversize = PageGeometry.firstOversizePage(document, limits.maxPages());
            if (oversize.isPresent()) {
                throw new PlanScreenException(ProblemCode.DOCUMENT_PAGE_TOO_LARGE, oversize.get());
            }
            ParsedDocumentBuilder builder = new ParsedDocumentBuilder();
            PdfLayoutStripper stripper = new PdfLayoutStripper(document, builder, ocr, properties, limits.ocr());
            stripper.writeText(document, Writer.nullWriter());
            return builder.build(DocumentType.PDF, VERSION);
        } catch (InvalidPasswordException e) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_ENCRYPTED, e);
        } catch (IOException e) {
            return secondReader(content, limits, e);
        }
    }

    /**
     * PDFBox could not open the file: poppler's pdftotext reads what a common reader shows (text only, no
     * layout, no hidden-text signals: the warning says so), or the file is unreadable.
     */
    private ParsedDocument secondReader(byte[] content, ParseLimits limits, @Nullable IOException failure) {
        List<String> pages = PopplerText.pages(content, limits.maxPages(), properties.timeout())
                .orElseThrow(() -> new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE, failure));
        ParsedDocumentBuilder builder = new ParsedDocumentBuilder();
        for (int i = 0; i < pages.size(); i++) {
            builder.page(i + 1, 0, 0);
            for (String paragraph : pages.get(i).split("\\n\\s*\\n")) {
                for (String line : paragraph.split("\\R")) {
                    builder.text(line.strip(), null).lineBreak();
                }
                builder.paragraphBreak();
            }
        }
        builder.warning(
                "read by pdftotext: PDFBox could not open the file (" + failure + "); no layout or hidden-text checks");
        return builder.build(DocumentType.PDF, FALLBACK_VERSION);
    }
}
