package io.planscreen.ml.render;

import io.planscreen.ml.render.RenderOptions.HiddenInjection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Flows blocks down A4 pages: wraps lines, breaks pages, draws table grids. */
final class PdfPageWriter {

    private static final PDRectangle PAGE = PDRectangle.A4;

    private static final float MARGIN = 56f;

    private static final float BODY_SIZE = 10.5f;

    private static final float HEADING_SIZE = 14f;

    private static final float TABLE_SIZE = 9.5f;

    private static final float CELL_PADDING = 4f;

    private static final float TINY_SIZE = 0.5f;

    private final PDDocument document;

    private final PDType0Font regular;

    private final PDType0Font bold;

    private final PDType0Font fallback;

    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();

    private final Map<PDType0Font, Map<Integer, Float>> advances = new HashMap<>();

    private PDPageContentStream content;

    private float y;

    private boolean white;

    private boolean invisible;

    PdfPageWriter(PDDocument document) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, RenderFonts.parsed(RenderFonts.NANUM_GOTHIC), true);
        this.bold = PDType0Font.load(document, RenderFonts.parsed(RenderFonts.boldOrRegular()), true);
        this.fallback = PDType0Font.load(document, RenderFonts.parsed(RenderFonts.DEJAVU_SANS), true);
        newPage();
    }

    void heading(String text) throws IOException {
        List<String> lines = wrap(text, bold, HEADING_SIZE, width());
        float leading = HEADING_SIZE * 1.5f;
        ensureRoom(leading * Math.min(lines.size(), 2) + BODY_SIZE * 3);
        y -= HEADING_SIZE * 0.6f;
        for (String line : lines) {
            ensureRoom(leading);
            y -= leading;
            show(line, bold, HEADING_SIZE, MARGIN, y);
        }
        y -= HEADING_SIZE * 0.4f;
    }

    void paragraph(String text) throws IOException {
        flow(text, regular, BODY_SIZE);
        y -= BODY_SIZE * 0.6f;
    }

    void hidden(HiddenInjection.Kind kind, String text) throws IOException {
        switch (kind) {
            case WHITE_TEXT -> {
                white = true;
                flow(text, regular, BODY_SIZE);
                white = false;
            }
            case TINY_FONT -> flow(text, regular, TINY_SIZE);
            case INVISIBLE_RENDER_MODE -> {
                invisible = true;
                flow(text, regular, BODY_SIZE);
                invisible = false;
            }
            case OUTSIDE_PAGE -> show(text, regular, BODY_SIZE, PAGE.getWidth() + 72f, y);
            case ZERO_WIDTH_CHARACTERS -> paragraph(text);
        }
    }

    void table(DocumentFlow.TableBlock table) throws IOException {
        int columns = table.columns();
        if (columns == 0) {
            return;
        }
        float columnWidth = width() / columns;
        float leading = TABLE_SIZE * 1.4f;
        y -= BODY_SIZE * 0.4f;
        for (List<String> row : table.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < columns; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                List<String> wrapped = wrap(cell, regular, TABLE_SIZE, columnWidth - 2 * CELL_PADDING);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * leading + 2 * CELL_PADDING;
            ensureRoom(height);
            for (int c = 0; c < columns; c++) {
                float x = MARGIN + c * columnWidth;
                content.setLineWidth(0.5f);
                content.addRect(x, y - height, columnWidth, height);
                content.stroke();
                float lineY = y - CELL_PADDING;
                for (String line : cells.get(c)) {
                    lineY -= leading;
                    show(line, regular, TABLE_SIZE, x + CELL_PADDING, lineY + TABLE_SIZE * 0.3f);
                }
            }
            y -= height;
        }
        y -= BODY_SIZE * 0.8f;
    }

    void close() throws IOException {
        content.close();
    }

    private void flow(String text, PDType0Font font, float size) throws IOException {
        float leading = Math.max(size * 1.5f, 1f);
        for (String line : wrap(text, font, size, width())) {
            ensureRoom(leading);
            y -= leading;
            show(line, font, size, MARGIN, y);
        }
    }

    private void show(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
        content.beginText();
        if (white) {
            content.setNonStrokingColor(1f, 1f, 1f);
        }
        if (invisible) {
            content.setRenderingMode(RenderingMode.NEITHER);
        }
        content.newLineAtOffset(x, baseline);
        for (Run run : runs(text, font)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        if (invisible) {
            content.setRenderingMode(RenderingMode.FILL);
        }
        if (white) {
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        content.endText();
    }

    private record Run(PDType0Font font, String text) {}

    /** Splits text into runs the primary font can draw and runs left to the fallback (invisible code points). */
    private List<Run> runs(String text, PDType0Font font) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = font;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font wanted = canDraw(font, cp) ? font : canDraw(fallback, cp) ? fallback : null;
            if (wanted == null) {
                continue;
            }
            if (wanted != currentFont && !current.isEmpty()) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = wanted;
            current.appendCodePoint(cp);
        }
        if (!current.isEmpty()) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private boolean canDraw(PDType0Font font, int cp) {
        return glyphs.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    /** Sum of glyph advances (PDFBox does not kern), cached per font and code point. */
    private float textWidth(String text, PDType0Font font, float size) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDType0Font drawing = canDraw(font, cp) ? font : canDraw(fallback, cp) ? fallback : null;
            if (drawing != null) {
                width += advance(drawing, cp);
            }
        }
        return width / 1000f * size;
    }

    private float advance(PDType0Font font, int cp) throws IOException {
        Map<Integer, Float> widths = advances.computeIfAbsent(font, f -> new HashMap<>());
        Float width = widths.get(cp);
        if (width == null) {
            width = font.getStringWidth(new String(Character.toChars(cp)));
            widths.put(cp, width);
        }
        return width;
    }

    /** Greedy wrap at spaces; a word wider than the line is broken between characters. */
    private List<String> wrap(String text, PDType0Font font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, font, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                String next = line.toString() + new String(Character.toChars(cp));
                if (!line.isEmpty() && textWidth(next, font, size) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < MARGIN) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private static float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }
}
