package io.planscreen.ml.render;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.DocumentFlow.Block;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A4 PDF with embedded NanumGothic: headings bigger in the bold cut, paragraphs wrapped, tables as ruled
 * grids. {@code scanned} rasterises every page (no text layer left), as a scanner would.
 */
final class PdfPlanRenderer implements PlanRenderer {

    /** Fixed so the same plan gives the same bytes. */
    static final Calendar FIXED_DATE = fixedDate();

    static final float SCAN_DPI = 200f;

    @Override
    public RenderOptions.Format format() {
        return RenderOptions.Format.PDF;
    }

    @Override
    public byte[] render(PlanText plan, RenderOptions options) {
        PlanRenderers.requireSupported(format(), options);
        try {
            byte[] text = renderText(plan, options);
            return options.scanned() ? rasterise(text) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] renderText(PlanText plan, RenderOptions options) throws IOException {
        try (PDDocument document = new PDDocument()) {
            stamp(document, plan.language().equals("ko") ? "사업계획서" : "Business plan");
            if (options.properties() != DocumentProperties.DEFAULT) {
                FileMetadata.pdf(document.getDocumentInformation(), options.properties());
            }
            PdfPageWriter writer = new PdfPageWriter(document);
            for (Block block : DocumentFlow.of(plan, options.hidden()).blocks()) {
                if (block instanceof DocumentFlow.Heading heading) {
                    writer.heading(heading.text());
                } else if (block instanceof DocumentFlow.Paragraph paragraph) {
                    writer.paragraph(paragraph.text());
                } else if (block instanceof DocumentFlow.TableBlock table) {
                    writer.table(table);
                } else if (block instanceof DocumentFlow.Hidden hidden) {
                    writer.hidden(hidden.injection().kind(), hidden.payload());
                }
            }
            writer.close();
            return save(document);
        }
    }

    /** Page images only: what reaches us when a company prints and scans its plan. */
    private static byte[] rasterise(byte[] pdf) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf);
                PDDocument scanned = new PDDocument()) {
            stamp(scanned, "scan");
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                PDRectangle box = source.getPage(i).getMediaBox();
                PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                scanned.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(
                        scanned, renderer.renderImageWithDPI(i, SCAN_DPI, ImageType.GRAY));
                try (PDPageContentStream content = new PDPageContentStream(scanned, page)) {
                    content.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            return save(scanned);
        }
    }

    private static void stamp(PDDocument document, String title) {
        document.setDocumentId(0L);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setProducer("planscreen");
        info.setCreationDate(FIXED_DATE);
        info.setModificationDate(FIXED_DATE);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static Calendar fixedDate() {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(2026, Calendar.JANUARY, 1, 0, 0, 0);
        return calendar;
    }
}
