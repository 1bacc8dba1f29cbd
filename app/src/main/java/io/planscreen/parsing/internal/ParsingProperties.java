package io.planscreen.parsing.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and OCR settings for parsing (README, "Limits").
 *
 * @param timeout wall clock for one document's parse, OCR pages excluded
 * @param maxPages pages parsed at most (a document beyond it is refused: document.too_many_pages)
 * @param maxArchiveEntries entries a DOCX/HWPX may hold (checked again at parse time)
 * @param maxUncompressedSize bytes a DOCX/HWPX may inflate to
 * @param maxNestingDepth object/element nesting a parser follows
 * @param concurrentParses documents parsed at once by this instance
 * @param ocr false never runs OCR: scanned pages are marked as needing a human
 * @param tesseractCommand the tesseract binary
 * @param ocrLanguages tesseract language packs, e.g. kor+eng
 * @param ocrDpi resolution scanned pages are rendered at for OCR
 * @param ocrPageSegmentation tesseract --psm; 4 (one column of text of varying size) reads plan pages
 *     far better than the automatic 3, which garbles Korean on sparse pages
 * @param ocrPageTimeout extra wall clock per OCR page (added to the document's deadline)
 * @param maxOcrPages pages OCR'd per document; the rest are marked as needing a human
 */
@Validated
@ConfigurationProperties("planscreen.parsing")
record ParsingProperties(
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("300") @Min(1) int maxPages,
        @DefaultValue("1000") @Min(1) int maxArchiveEntries,
        @DefaultValue("200MB") DataSize maxUncompressedSize,
        @DefaultValue("64") @Min(1) int maxNestingDepth,
        @DefaultValue("2") @Min(1) int concurrentParses,
        @DefaultValue("true") boolean ocr,
        @DefaultValue("tesseract") String tesseractCommand,
        @DefaultValue("kor+eng") String ocrLanguages,
        @DefaultValue("200") @Min(72) int ocrDpi,
        @DefaultValue("4") int ocrPageSegmentation,
        @DefaultValue("60s") Duration ocrPageTimeout,
        @DefaultValue("20") @Min(0) int maxOcrPages) {

    /** The defaults above, for code that runs without Spring (benchmarks, plain unit tests). */
    static ParsingProperties defaults() {
        return new ParsingProperties(
                Duration.ofSeconds(30),
                300,
                1000,
                DataSize.ofMegabytes(200),
                64,
                2,
                true,
                "tesseract",
                "kor+eng",
                200,
                4,
                Duration.ofSeconds(60),
                20);
    }

    ParsingProperties withOcr(boolean enabled) {
        return copy(timeout, enabled, tesseractCommand, ocrPageTimeout);
    }

    ParsingProperties withTimeout(Duration newTimeout) {
        return copy(newTimeout, ocr, tesseractCommand, ocrPageTimeout);
    }

    ParsingProperties withTesseract(String command, Duration pageTimeout) {
        return copy(timeout, ocr, command, pageTimeout);
    }

    private ParsingProperties copy(Duration newTimeout, boolean withOcr, String command, Duration pageTimeout) {
        return new ParsingProperties(
                newTimeout,
                maxPages,
                maxArchiveEntries,
                maxUncompressedSize,
                maxNestingDepth,
                concurrentParses,
                withOcr,
                command,
                ocrLanguages,
                ocrDpi,
                ocrPageSegmentation,
                pageTimeout,
                maxOcrPages);
    }

    ParseLimits limits() {
        return new ParseLimits(
                maxPages, maxArchiveEntries, maxUncompressedSize.toBytes(), maxNestingDepth, ocr && maxOcrPages > 0);
    }
}
