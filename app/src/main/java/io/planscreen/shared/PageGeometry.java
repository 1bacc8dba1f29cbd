package io.planscreen.shared;

import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Bounds on what a document's pages may claim, checked at upload and again at parse, before anything is
 * rendered: a page side of at most {@link #MAX_PAGE_POINTS} (50 inches, beyond A0), page counts a person
 * can believe, and renderings that never exceed a pixel budget whatever the page size.
 */
public final class PageGeometry {

    /** 50 inches: A0 (2,384 × 3,370 pt) fits, a 14,400-point "page" does not. */
    public static final float MAX_PAGE_POINTS = 3600f;

    /** A page tree claiming more pages than this is broken, not long (its count is never shown). */
    public static final int PLAUSIBLE_PAGES = 100_000;

    private static final float MM_PER_POINT = 25.4f / 72f;

    private PageGeometry() {}

    /**
     * The arguments of {@code document.page_too_large} (page number, width and height in mm, the limit in mm)
     * when the page is too large or its size is not a number.
     */
    public static Optional<Object[]> oversize(int pageNumber, float widthPoints, float heightPoints) {
        boolean sane = Float.isFinite(widthPoints) && Float.isFinite(heightPoints);
        if (sane && Math.abs(widthPoints) <= MAX_PAGE_POINTS && Math.abs(heightPoints) <= MAX_PAGE_POINTS) {
            return Optional.empty();
        }
        return Optional.of(new Object[] {
            pageNumber, millimetres(widthPoints), millimetres(heightPoints), millimetres(MAX_PAGE_POINTS)
        });
    }

    /**
     * The resolution to render a page at: {@code dpi}, lowered so the image holds at most {@code maxPixels}
     * (a fraction of a dpi for absurd pages). Sizes in points.
     */
    public static float dpiWithin(float widthPoints, float heightPoints, float dpi, long maxPixels) {
        double w = Math.max(1, Math.abs(widthPoints)) / 72.0;
        double h = Math.max(1, Math.abs(heightPoints)) / 72.0;
        if (!Double.isFinite(w * h)) {
            return 0.01f;
        }
        double pixels = w * dpi * h * dpi;
        if (pixels <= maxPixels) {
            return dpi;
        }
        return (float) Math.max(0.01, 0.999 * Math.sqrt(maxPixels / (w * h)));
    }

    /**
     * The {@link #oversize} arguments of the first of a PDF's first {@code maxPages} pages that is too large
     * (crop box times /UserUnit), walking the page tree as it really is.
     */
    public static Optional<Object[]> firstOversizePage(PDDocument document, int maxPages) {
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            PDRectangle box = page.getCropBox();
            float unit = page.getUserUnit();
            Optional<Object[]> oversize = oversize(number, box.getWidth() * unit, box.getHeight() * unit);
            if (oversize.isPresent() || number >= maxPages) {
                return oversize;
            }
        }
        return Optional.empty();
    }

    /**
     * The page count to believe: the page tree's claim when plausible, else the pages really in the tree
     * (walked, at most {@link #PLAUSIBLE_PAGES} + 1): a fuzzed /Count of 1,410,065,407 over three pages is 3.
     */
    public static int pageCount(PDDocument document) {
        int claimed = document.getNumberOfPages();
        if (claimed >= 1 && claimed <= PLAUSIBLE_PAGES) {
            return claimed;
        }
        int real = 0;
        for (PDPage ignored : document.getPages()) {
            if (++real > PLAUSIBLE_PAGES) {
                break;
            }
        }
        return real;
    }

    private static long millimetres(float points) {
        if (!Float.isFinite(points)) {
            return Long.MAX_VALUE;
        }
        return Math.round(Math.abs(points) * MM_PER_POINT);
    }
}
