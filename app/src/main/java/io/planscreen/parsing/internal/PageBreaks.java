package io.planscreen.parsing.internal;

import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;

/**
 * The pages of a format without a layout of its own (HWP, HWPX, DOCX): page 1 when the walk starts, one more at
 * each section or page break, refused past the page limit (a document of endless breaks is an attack).
 */
final class PageBreaks {

    private final ParsedDocumentBuilder builder;

    private final int maxPages;

    private int page = 1;

    private boolean sectionSeen;

    PageBreaks(ParsedDocumentBuilder builder, ParseLimits limits) {
        this.builder = builder;
        this.maxPages = limits.maxPages();
        builder.page(1, 0, 0);
    }

    /** A section of the document starts on a page of its own (the first on page 1). */
    void section() {
        if (sectionSeen) {
            next();
        }
        sectionSeen = true;
    }

    void next() {
        page++;
        if (page > maxPages) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_TOO_MANY_PAGES, maxPages);
        }
        builder.page(page, 0, 0);
    }
}
