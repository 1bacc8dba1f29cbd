package io.planscreen.review.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.PageGeometry;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** One PDF page as a PNG, with the evidence boxes drawn over it so the evaluator sees the quote in place. */
final class PageImages {

    static final float DPI = 110;

    /** A page image holds at most this many pixels (A4 at 110 dpi is 1.2 million): huge pages get fewer dpi. */
    static final long MAX_PIXELS = 4_000_000L;

    static final Color HIGHLIGHT = new Color(255, 196, 0, 110);

    static final Color OUTLINE = new Color(214, 40, 40);

    private PageImages() {}

    /**
     * @param boxes in points with the origin at the page's top-left (y grows downwards), as
     *     {@link ParsedDocument} records them
     */
    static byte[] render(byte[] pdf, int pageNumber, List<ParsedDocument.Box> boxes) {
        try (PDDocument document = Loader.loadPDF(
                new RandomAccessReadBuffer(pdf), "", null, null, MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            if (pageNumber < 1 || pageNumber > Math.min(document.getNumberOfPages(), PageGeometry.PLAUSIBLE_PAGES)) {
                throw new IllegalArgumentException("no page " + pageNumber);
            }
            PDRectangle crop = document.getPage(pageNumber - 1).getCropBox();
            float dpi = PageGeometry.dpiWithin(crop.getWidth(), crop.getHeight(), DPI, MAX_PIXELS);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageNumber - 1, dpi, ImageType.RGB);
            float scale = dpi / 72f;
            Graphics2D g = image.createGraphics();
            try {
                for (ParsedDocument.Box box : boxes) {
                    int x = Math.round((box.x() - crop.getLowerLeftX()) * scale);
                    int y = Math.round(box.y() * scale);
                    int w = Math.max(2, Math.round(box.width() * scale));
                    int h = Math.max(2, Math.round(box.height() * scale));
                    g.setColor(HIGHLIGHT);
                    g.fillRect(x - 2, y - 2, w + 4, h + 4);
                    g.setColor(OUTLINE);
                    g.setStroke(new BasicStroke(2f));
                    g.drawRect(x - 2, y - 2, w + 4, h + 4);
                }
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException noSuchPage
                    && noSuchPage.getMessage() != null
                    && noSuchPage.getMessage().startsWith("no page ")) {
                throw noSuchPage;
            }
            throw new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE, e);
        }
    }

    /** The boxes of the text blocks on that page that overlap the character range. */
    static List<ParsedDocument.Box> boxesFor(ParsedDocument parsed, int page, int start, int end) {
        return parsed.blocks().stream()
                .filter(b -> b.page() == page && b.box() != null && b.start() < end && b.end() > start)
                .map(ParsedDocument.TextBlock::box)
                .toList();
    }
}
