package io.planscreen.parsing.internal;

/**
 * What one parse may consume, beyond the wall-clock timeout the caller enforces.
 *
 * @param maxPages pages (PDF) or sections/page breaks a document may have
 * @param maxArchiveEntries entries a ZIP container (DOCX, HWPX) may hold
 * @param maxUncompressedBytes total bytes a ZIP container (DOCX, HWPX) or a HWP file's streams may inflate to
 * @param maxNestingDepth object/element nesting a parser may follow
 * @param ocr whether scanned pages may be sent to OCR (false: mark them as needing OCR)
 */
record ParseLimits(int maxPages, int maxArchiveEntries, long maxUncompressedBytes, int maxNestingDepth, boolean ocr) {

    static ParseLimits defaults() {
        return new ParseLimits(300, 1_000, 200L * 1024 * 1024, 64, true);
    }
}
