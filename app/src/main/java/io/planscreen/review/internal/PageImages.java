package io.planscreen.review.internal;

import io.planscreen.parsing.ParsedDocument;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** One PDF page as a PNG, with the evidence boxes drawn over it so the evaluator sees the quote in place. */
final class PageImages {

    static final float DPI = 110;

    static final Color HIGHLIGHT = new Color(255, 196, 0, 110);

    static final Color OUTLINE = new Color(214, 40, 40);

    private PageImages() {}

    /**
     * @param boxes in points with the origin at the page's top-left (y grows downwards), as
     *     {@link ParsedDocument} records them
     */
    static byte[] render(byte[] pdf, int pageNumber, List<ParsedDocument.Box> boxes) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (pageNumber < 1 || pageNumber > document.getNumberOfPages()) {
                throw new IllegalArgumentException("no page " + pageNumber);
            }
            PDRectangle crop = document.getPage(pageNumber - 1).getCropBox();
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(pageNumber - 1, DPI, ImageType.RGB);
            float scale = DPI / 72f;
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
