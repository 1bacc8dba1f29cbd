package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.Box;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.shared.PageGeometry;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.jspecify.annotations.Nullable;

/**
 * PDFTextStripper that writes into a {@link ParsedDocumentBuilder} instead of a string: one text block per
 * line with its box (points, origin at the page's top-left), paragraph breaks from PDFBox's own paragraph
 * detection, glyph-level hidden-text signals, column-aligned line runs as tables, OCR for empty pages.
 */
final class PdfLayoutStripper extends PDFTextStripper {

    /** Pixels a page is rendered into for OCR at most (A4 at 200 dpi is 3.9 million): larger pages get fewer dpi. */
    static final long MAX_OCR_PIXELS = 16_000_000L;

    private static final float TINY_POINTS = 1f;

    private static final int NEAR_COLOUR = 24;

    private static final int WHITE = 0xFFFFFF;

    private record FilledRect(float x0, float y0, float x1, float y1, int rgb) {}

    private record HiddenRun(HiddenKind kind, int start, int end, Box box) {}

    private final PDDocument document;

    private final ParsedDocumentBuilder builder;

    private final TesseractOcr ocr;

    private final ParsingProperties properties;

    private final boolean ocrAllowed;

    private final Map<TextPosition, HiddenKind> hiddenGlyphs = new IdentityHashMap<>();

    private final List<FilledRect> pendingRects = new ArrayList<>();

    private final List<FilledRect> paintedRects = new ArrayList<>();

    private final ReadingOrder readingOrder = new ReadingOrder();

    private final OverlappingGlyphs overlapping = new OverlappingGlyphs();

    // PDFTextStripper's own ActualText state is private: the same state, tracked the same way
    private final Deque<Boolean> markedContentHasActualText = new ArrayDeque<>();

    private boolean inActualText;

    private @Nullable PDFRenderer renderer;

    // toRGB per glyph is costly; the fill colour object only changes when a colour operator runs
    private @Nullable PDColor lastFill;

    private int lastFillRgb = -1;

    private int ocrPages;

    private int pageGlyphs;

    // the line being assembled
    private final StringBuilder line = new StringBuilder();

    private final List<HiddenRun> lineHidden = new ArrayList<>();

    private final List<String> cells = new ArrayList<>();

    private final StringBuilder cell = new StringBuilder();

    private float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;

    private float lastX1 = Float.NaN;

    // the table being detected: consecutive lines with the same number (>= 2) of column cells
    private final List<List<String>> tableRows = new ArrayList<>();

    private int tableStart = -1;

    private int tableEnd = -1;

    PdfLayoutStripper(
            PDDocument document,
            ParsedDocumentBuilder builder,
            TesseractOcr ocr,
            ParsingProperties properties,
            boolean ocrAllowed) {
        this.document = document;
        this.builder = builder;
        this.ocr = ocr;
        this.properties = properties;
        this.ocrAllowed = ocrAllowed;
        setSortByPosition(true);
        // done in processTextPosition with the same rule and without PDFBox's per-glyph tree maps
        setSuppressDuplicateOverlappingText(false);
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        addOperator(new AppendRectangle(this));
        for (String fill : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
            addOperator(new PaintPath(this, fill, true));
        }
        for (String other : List.of("n", "S", "s")) {
            addOperator(new PaintPath(this, other, false));
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox();
        builder.page(getCurrentPageNo(), box.getWidth(), box.getHeight());
        pageGlyphs = 0;
        overlapping.clear();
        paintedRects.clear();
        pendingRects.clear();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        flushLine();
        closeTable();
        hiddenGlyphs.clear();
        if (pageGlyphs == 0) {
            recognise(getCurrentPageNo() - 1);
        }
        super.endPage(page);
    }

    /**
     * Reading order without paying PDFTextStripper's sort per glyph pair: each glyph's sort key is read
     * once, the article is sorted by those keys with the same comparison and the same sort (so the order is
     * exactly what {@code setSortByPosition(true)} gives, ties and all), contained spaces are dropped as
     * PDFBox does, and the page is written with PDFBox's own sorting switched off. Needs every glyph to run
     * in the page's direction (then PDFBox's plain and direction-adjusted coordinates are the same numbers);
     * a page with rotated text keeps PDFBox's sorted path.
     */
    @Override
    protected void writePage() throws IOException {
        List<List<TextPosition>> articles = getCharactersByArticle();
        boolean ordered;
        if (articles.size() == 1) {
            ordered = readingOrder.sort(articles.get(0));
        } else {
            ordered = articles.stream().allMatch(ReadingOrder::inPageDirection);
            if (ordered) {
                articles.forEach(readingOrder::sort);
            }
        }
        if (!ordered) {
            super.writePage(); // rotated text: PDFBox sorts
            return;
        }
        setSortByPosition(false);
        try {
            super.writePage();
        } finally {
            setSortByPosition(true);
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        pageGlyphs++;
        HiddenKind kind = hiddenKind(text);
        if (kind != null) {
            hiddenGlyphs.put(text, kind);
        }
        if (!inActualText && overlapping.isDuplicate(text.getUnicode(), text.getX(), text.getY(), text.getWidth())) {
            return; // drawn again over itself (fake bold, shadow): PDFTextStripper shows it once
        }
        super.processTextPosition(text);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, @Nullable COSDictionary properties) {
        boolean actualText = PDMarkedContent.create(tag, properties).getActualText() != null;
        markedContentHasActualText.push(actualText);
        inActualText = actualText;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        Boolean actualText = markedContentHasActualText.poll();
        if (actualText != null && actualText) {
            inActualText = false;
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        float x0 = first.getXDirAdj();
        float x1 = last.getXDirAdj() + last.getWidthDirAdj();
        float size = Math.max(first.getFontSizeInPt(), 1f);
        if (!Float.isNaN(lastX1) && x0 - lastX1 > Math.max(size * 1.5f, 6f)) {
            endCell();
        } else if (cell.length() > 0) {
            cell.append(' ');
        }
        lastX1 = x1;
        if (!anyHidden(positions)) {
            line.append(text);
            cell.append(text);
            for (int i = 0, n = positions.size(); i < n; i++) {
                extend(positions.get(i));
            }
            return;
        }
        // Split the word into runs of equal hidden kind so each hidden run keeps its own box.
        int runStart = line.length();
        HiddenKind runKind = hiddenGlyphs.get(first);
        float[] runBox = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
        for (TextPosition position : positions) {
            HiddenKind kind = hiddenGlyphs.get(position);
            if (kind != runKind) {
                closeRun(runKind, runStart, runBox);
                runStart = line.length();
                runKind = kind;
                runBox = new float[] {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            }
            line.append(position.getUnicode());
            cell.append(position.getUnicode());
            extend(position);
            union(runBox, position);
        }
        closeRun(runKind, runStart, runBox);
    }

    private boolean anyHidden(List<TextPosition> positions) {
        if (hiddenGlyphs.isEmpty()) {
            return false;
        }
        for (int i = 0, n = positions.size(); i < n; i++) {
            if (hiddenGlyphs.containsKey(positions.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
        builder.lineBreak();
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
        flushLine();
        builder.paragraphBreak();
        super.writeParagraphEnd();
    }

    private void closeRun(@Nullable HiddenKind kind, int start, float[] box) {
        if (kind != null && line.length() > start) {
            if (!lineHidden.isEmpty()) {
                HiddenRun previous = lineHidden.get(lineHidden.size() - 1);
                if (previous.kind() == kind
                        && line.substring(previous.end(), start).isBlank()) {
                    // one hidden sentence, not one signal per word
                    Box b = previous.box();
                    float x0 = Math.min(b.x(), box[0]);
                    float y0 = Math.min(b.y(), box[1]);
                    float x1 = Math.max(b.x() + b.width(), box[2]);
                    float y1 = Math.max(b.y() + b.height(), box[3]);
                    lineHidden.set(
                            lineHidden.size() - 1,
                            new HiddenRun(kind, previous.start(), line.length(), new Box(x0, y0, x1 - x0, y1 - y0)));
                    return;
                }
            }
            lineHidden.add(new HiddenRun(
                    kind, start, line.length(), new Box(box[0], box[1], box[2] - box[0], box[3] - box[1])));
        }
    }

    private void flushLine() {
        endCell();
        String text = line.length() == 0 ? "" : line.toString();
        if (text.isBlank()) {
            resetLine();
            return;
        }
        int start = builder.length();
        builder.text(text, new Box(minX, minY, maxX - minX, maxY - minY));
        for (HiddenRun run : lineHidden) {
            builder.hidden(run.kind(), start + run.start(), start + run.end(), run.box());
        }
        int end = builder.length();
        if (cells.size() >= 2 && (tableRows.isEmpty() || tableRows.get(0).size() == cells.size())) {
            if (tableRows.isEmpty()) {
                tableStart = start;
            }
            tableRows.add(List.copyOf(cells));
            tableEnd = end;
        } else {
            closeTable();
            if (cells.size() >= 2) {
                tableStart = start;
                tableRows.add(List.copyOf(cells));
                tableEnd = end;
            }
        }
        resetLine();
    }

    private void closeTable() {
        if (tableRows.size() >= 2) {
            builder.tableOver(tableStart, tableEnd, List.copyOf(tableRows));
        }
        tableRows.clear();
        tableStart = -1;
        tableEnd = -1;
    }

    private void endCell() {
        if (cell.length() > 0) {
            cells.add(cell.toString().strip());
            cell.setLength(0);
        }
    }

    private void resetLine() {
        line.setLength(0);
        lineHidden.clear();
        cells.clear();
        cell.setLength(0);
        lastX1 = Float.NaN;
        minX = minY = Float.MAX_VALUE;
        maxX = maxY = -Float.MAX_VALUE;
    }

    private void extend(TextPosition p) {
        float x = p.getXDirAdj();
        float y = p.getYDirAdj();
        minX = Math.min(minX, x);
        minY = Math.min(minY, y - p.getHeightDir());
        maxX = Math.max(maxX, x + p.getWidthDirAdj());
        maxY = Math.max(maxY, y);
    }

    private static void union(float[] box, TextPosition p) {
        float x = p.getXDirAdj();
        float y = p.getYDirAdj();
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y - p.getHeightDir());
        box[2] = Math.max(box[2], x + p.getWidthDirAdj());
        box[3] = Math.max(box[3], y);
    }

    /** Why a glyph cannot be seen, or null: render mode, size, position, then colour against what is under it. */
    private @Nullable HiddenKind hiddenKind(TextPosition text) {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return HiddenKind.INVISIBLE_RENDER_MODE;
        }
        if (text.getFontSizeInPt() < TINY_POINTS && !text.getUnicode().isBlank()) {
            return HiddenKind.TINY_FONT;
        }
        float x = text.getXDirAdj();
        float y = text.getYDirAdj();
        if (x + text.getWidthDirAdj() < 0
                || x > text.getPageWidth()
                || y < 0
                || y - text.getHeightDir() > text.getPageHeight()) {
            return HiddenKind.OUTSIDE_PAGE;
        }
        if (mode.isFill() && sameAsBackground(text)) {
            return HiddenKind.BACKGROUND_COLOUR;
        }
        return null;
    }

    private boolean sameAsBackground(TextPosition text) {
        PDColor fill = getGraphicsState().getNonStrokingColor();
        if (fill != lastFill) {
            try {
                lastFillRgb = fill.toRGB();
            } catch (IOException | RuntimeException e) {
                lastFillRgb = -1;
            }
            lastFill = fill;
        }
        int colour = lastFillRgb;
        if (colour < 0) {
            return false;
        }
        if (paintedRects.isEmpty()) {
            return near(colour, WHITE); // nothing painted yet: the page itself is the background
        }
        Matrix trm = text.getTextMatrix();
        float gx = trm.getTranslateX() + text.getWidthDirAdj() / 2;
        float gy = trm.getTranslateY() + text.getHeightDir() / 2;
        int background = WHITE;
        for (int i = paintedRects.size() - 1; i >= 0; i--) {
            FilledRect r = paintedRects.get(i);
            if (gx >= r.x0() && gx <= r.x1() && gy >= r.y0() && gy <= r.y1()) {
                background = r.rgb();
                break;
            }
        }
        return near(colour, background);
    }

    private static boolean near(int a, int b) {
        return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) <= NEAR_COLOUR
                && Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF)) <= NEAR_COLOUR
                && Math.abs((a & 0xFF) - (b & 0xFF)) <= NEAR_COLOUR;
    }

    /** No text layer: OCR the rendered page, or mark it for a human when OCR is off, missing or failing. */
    private void recognise(int pageIndex) throws IOException {
        if (!ocrAllowed || !ocr.available()) {
            builder.pageFlags(false, true)
                    .warning("page " + (pageIndex + 1) + ": no text layer, needs OCR (" + ParsedDocument.OCR_UNAVAILABLE
                            + ")");
            return;
        }
        if (ocrPages >= properties.maxOcrPages()) {
            builder.pageFlags(false, true)
                    .warning("page " + (pageIndex + 1) + ": no text layer, needs OCR (over the OCR page limit)");
            return;
        }
        ocrPages++;
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

    /** "re": remembers the rectangle (in the page's text-matrix space) until the path is painted. */
    private final class AppendRectangle extends OperatorProcessor {

        AppendRectangle(PDFStreamEngine context) {
            super(context);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (operands.size() < 4 || !operands.stream().limit(4).allMatch(o -> o instanceof COSNumber)) {
                return;
            }
            float x = ((COSNumber) operands.get(0)).floatValue();
            float y = ((COSNumber) operands.get(1)).floatValue();
            float w = ((COSNumber) operands.get(2)).floatValue();
            float h = ((COSNumber) operands.get(3)).floatValue();
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            Point2D.Float a = ctm.transformPoint(x, y);
            Point2D.Float b = ctm.transformPoint(x + w, y + h);
            PDRectangle crop = getCurrentPage().getCropBox();
            float dx = crop.getLowerLeftX();
            float dy = crop.getLowerLeftY();
            pendingRects.add(new FilledRect(
                    Math.min(a.x, b.x) - dx,
                    Math.min(a.y, b.y) - dy,
                    Math.max(a.x, b.x) - dx,
                    Math.max(a.y, b.y) - dy,
                    0));
        }

        @Override
        public String getName() {
            return "re";
        }
    }

    /** Painting ends the path: filled rectangles become background with the current fill colour. */
    private final class PaintPath extends OperatorProcessor {

        private final String name;

        private final boolean fills;

        PaintPath(PDFStreamEngine context, String name, boolean fills) {
            super(context);
            this.name = name;
            this.fills = fills;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (fills && !pendingRects.isEmpty()) {
                int rgb;
                try {
                    rgb = getGraphicsState().getNonStrokingColor().toRGB();
                } catch (IOException | RuntimeException e) {
                    rgb = -1;
                }
                if (rgb >= 0) {
                    for (FilledRect r : pendingRects) {
                        if (paintedRects.size() < 5_000) {
                            paintedRects.add(new FilledRect(r.x0(), r.y0(), r.x1(), r.y1(), rgb));
                        }
                    }
                }
            }
            pendingRects.clear();
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
