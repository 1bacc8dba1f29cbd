package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument.HiddenKind;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

/**
 * PDFTextStripper that writes into a {@link ParsedDocumentBuilder} instead of a string, in one pass over each
 * page: the page's paths ({@link PdfPaths}) give the ruled tables ({@link PdfGrid}), whose words are written as
 * tables ({@link PdfTableText}); the other words as lines with their boxes ({@link PdfLineText}); glyph-level
 * hidden-text signals ({@link PdfHiddenGlyphs}); OCR for pages without text ({@link PdfPageOcr}).
 */
final class PdfLayoutStripper extends PDFTextStripper {

    private final ParsedDocumentBuilder builder;

    private final PdfPageOcr ocr;

    private final PdfPaths paths = new PdfPaths();

    private final PdfHiddenGlyphs hidden = new PdfHiddenGlyphs();

    private final PdfLineText lines;

    private final Map<TextPosition, HiddenKind> hiddenGlyphs = new IdentityHashMap<>();

    private final ReadingOrder readingOrder = new ReadingOrder();

    private final OverlappingGlyphs overlapping = new OverlappingGlyphs();

    // PDFTextStripper's own ActualText state is private: the same state, tracked the same way
    private final Deque<Boolean> markedContentHasActualText = new ArrayDeque<>();

    private boolean inActualText;

    private int pageGlyphs;

    // the page's ruled tables, null when it has none; whether the last word went into one
    private @Nullable PdfTableText tables;

    private boolean lastInTable;

    // PDFBox's lines on the page so far: a cell's words on one of them are one line of the cell
    private int pageLine;

    PdfLayoutStripper(
            PDDocument document,
            ParsedDocumentBuilder builder,
            TesseractOcr ocr,
            ParsingProperties properties,
            boolean ocrAllowed) {
        this.builder = builder;
        this.ocr = new PdfPageOcr(document, ocr, properties, ocrAllowed);
        this.lines = new PdfLineText(builder);
        setSortByPosition(true);
        // done in processTextPosition with the same rule and without PDFBox's per-glyph tree maps
        setSuppressDuplicateOverlappingText(false);
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        // the stroke colour tells a drawn ruling from an invisible one
        addOperator(new SetStrokingColorSpace(this));
        addOperator(new SetStrokingColor(this));
        addOperator(new SetStrokingColorN(this));
        addOperator(new SetStrokingDeviceGrayColor(this));
        addOperator(new SetStrokingDeviceRGBColor(this));
        addOperator(new SetStrokingDeviceCMYKColor(this));
        paths.register(this);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox();
        builder.page(getCurrentPageNo(), box.getWidth(), box.getHeight());
        pageGlyphs = 0;
        overlapping.clear();
        paths.clearPage();
        tables = null;
        lastInTable = false;
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        lines.flush();
        if (tables != null) {
            tables.writeOpen(builder);
        }
        lines.closeTable();
        hiddenGlyphs.clear();
        if (pageGlyphs == 0) {
            ocr.recognise(getCurrentPageNo() - 1, builder);
        }
        super.endPage(page);
    }

    /**
     * Reading order without paying PDFTextStripper's sort per glyph pair: each glyph's sort key is read
     * once, the article is sorted by those keys with the same comparison and the same sort (so the order is
     * exactly what {@code setSortByPosition(true)} gives, ties and all), contained spaces are dropped as
     * PDFBox does, and the page is written with PDFBox's own sorting switched off. Needs every glyph to run
     * in the page's direction (then PDFBox's plain and direction-adjusted coordinates are the same numbers);
     * a page with rotated text keeps PDFBox's sorted path. The page's paths are all read by now: its ruled
     * tables are found first.
     */
    @Override
    protected void writePage() throws IOException {
        // a rotated page's words are in the turned frame, its rulings are not: no grid on such a page
        List<PdfGrid> grids = getCurrentPage().getRotation() % 360 == 0 ? PdfGrid.detect(paths.rulings()) : List.of();
        tables = grids.isEmpty() ? null : new PdfTableText(grids);
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
            tables = null; // rotated text: PDFBox sorts, and a grid in page coordinates would not fit its words
            super.writePage();
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
        HiddenKind kind = hidden.kind(
                text,
                getGraphicsState().getTextState().getRenderingMode(),
                getGraphicsState().getNonStrokingColor(),
                paths.painted());
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

    /** A word, split where its glyphs fall into different table cells (or out of a table). */
    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) {
            return;
        }
        PdfTableText pageTables = tables;
        if (pageTables == null) {
            lines.word(text, positions, hiddenGlyphs);
            return;
        }
        int from = 0;
        PdfTableText.Target target = pageTables.target(positions.get(0));
        for (int i = 1; i <= positions.size(); i++) {
            PdfTableText.Target next = i < positions.size() ? pageTables.target(positions.get(i)) : null;
            if (i == positions.size() || !Objects.equals(next, target)) {
                List<TextPosition> part = positions.subList(from, i);
                route(pageTables, from == 0 && i == positions.size() ? text : unicode(part), part, target);
                from = i;
                target = next;
            }
        }
    }

    private void route(
            PdfTableText pageTables, String text, List<TextPosition> glyphs, PdfTableText.@Nullable Target target) {
        if (target == null) {
            if (pageTables.hasOpen()) {
                lines.flush();
                pageTables.writeOpen(builder);
            }
            lastInTable = false;
            lines.word(text, glyphs, hiddenGlyphs);
            return;
        }
        if (!lines.isEmpty()) {
            lines.flush();
            builder.lineBreak();
        }
        lines.closeTable();
        List<@Nullable HiddenKind> kinds = new ArrayList<>(glyphs.size());
        for (TextPosition glyph : glyphs) {
            kinds.add(hiddenGlyphs.get(glyph));
        }
        pageTables.add(target, glyphs, kinds, pageLine);
        lastInTable = true;
    }

    private static String unicode(List<TextPosition> glyphs) {
        StringBuilder out = new StringBuilder();
        glyphs.forEach(g -> out.append(g.getUnicode()));
        return out.toString();
    }

    @Override
    protected void writeWordSeparator() {
        if (!lastInTable) { // words in a cell line are joined by the cell's own assembly
            lines.wordSeparator();
        }
    }

    @Override
    protected void writeLineSeparator() {
        pageLine++;
        lines.flush();
        if (!lastInTable) {
            builder.lineBreak();
        }
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
        pageLine++;
        lines.flush();
        if (!lastInTable) {
            builder.paragraphBreak();
        }
        super.writeParagraphEnd();
    }
}
