package io.planscreen.parsing.internal;

import io.planscreen.parsing.DocumentParsing;
import java.util.List;

/**
 * The PDF parse exactly as the service runs it (same guard, limits and parser), without Spring or a
 * database, for tests of other modules that need a real parse. Nothing is stored.
 */
public final class OfflineParsing {

    private OfflineParsing() {}

    public static DocumentParsing pdf(boolean ocr) {
        ParsingProperties properties = ParsingProperties.defaults().withOcr(ocr);
        return new ParsingService(List.of(new PdfParser(new TesseractOcr(properties), properties)), properties, null);
    }

    /** Every format's parser behind the service's guard (issue 18's robustness command). */
    public static DocumentParsing all(boolean ocr) {
        ParsingProperties properties = ParsingProperties.defaults().withOcr(ocr);
        return new ParsingService(
                List.of(
                        new PdfParser(new TesseractOcr(properties), properties),
                        new HwpParser(),
                        new HwpxParser(),
                        new DocxParser()),
                properties,
                null);
    }
}
