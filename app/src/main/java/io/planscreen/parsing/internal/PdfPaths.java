package io.planscreen.parsing.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.util.Matrix;

/**
 * The page's vector paths as a text stripper sees them (it registers no path operators of its own): filled
 * rectangles become the background hidden-text checks compare glyph colours with, and straight horizontal or
 * vertical strokes and thin filled rectangles become the rulings a table grid is rebuilt from. Rulings are
 * kept in the text's coordinates (points, origin at the crop box's top-left, y down); backgrounds in the
 * crop box's own (y up), as glyphs' text matrices are. Registered on the stripper, so the page is read once.
 */
final class PdfPaths {

    /** Background rectangles kept per page at most (a page of vector art must not grow the heap). */
    private static final int MAX_RECTS = 5_000;

    /** Rulings kept per page at most; beyond it the page is art, not a form. */
    static final int MAX_RULINGS = 4_000;

    /** A rectangle thinner than this is a drawn line (LibreOffice and Hancom draw borders that way too). */
    private static final float THIN = 2.5f;

    private static final float MIN_RULING = 3f;

    private static final int NEAR_WHITE = 0xF0;

    /** Segments of one path kept at most (a path of vector art can hold millions; a table's path a few hundred). */
    private static final int MAX_SEGMENTS = 20_000;

    record FilledRect(float x0, float y0, float x1, float y1, int rgb) {}

    /** A horizontal ({@code at} = y) or vertical ({@code at} = x) line from {@code from} to {@code to}. */
    record Ruling(boolean horizontal, float at, float from, float to) {}

    private final List<float[]> segments = new ArrayList<>(); // the path being built: x0, y0, x1, y1 (y up)

    private final List<float[]> rects = new ArrayList<>(); // its "re" rectangles: x0, y0, x1, y1 (y up)

    private final List<FilledRect> painted = new ArrayList<>();

    private final List<Ruling> rulings = new ArrayList<>();

    private float currentX, currentY, startX, startY;

    void clearPage() {
        segments.clear();
        rects.clear();
        painted.clear();
        rulings.clear();
    }

    List<FilledRect> painted() {
        return painted;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    void register(PDFStreamEngine engine) {
        for (String name : List.of("m", "l", "h", "re", "c", "v", "y")) {
            engine.addOperator(new PathOperator(engine, name, false));
        }
        for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*", "n", "S", "s")) {
            engine.addOperator(new PathOperator(engine, name, true));
        }
    }

    /** Builds the path ("m", "l", "h", "re", curves) or paints it: painting ends the path. */
    private final class PathOperator extends OperatorProcessor {

        private final String name;

        private final boolean paints;

        PathOperator(PDFStreamEngine context, String name, boolean paints) {
            super(context);
            this.name = name;
            this.paints = paints;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (paints) {
                paint();
                return;
            }
            float[] n = numbers(operands);
            if (name.equals("h")) {
                if (segments.size() < MAX_SEGMENTS) {
                    segments.add(new float[] {currentX, currentY, startX, startY});
                }
                currentX = startX;
                currentY = startY;
                return;
            }
            int needed =
                    switch (name) {
                        case "m", "l" -> 2;
                        case "re", "v", "y" -> 4;
                        default -> 6;
                    };
            if (n.length < needed) {
                return;
            }
            switch (name) {
                case "m" -> {
                    Point2D.Float p = point(n[0], n[1]);
                    currentX = startX = p.x;
                    currentY = startY = p.y;
                }
                case "l" -> {
                    Point2D.Float p = point(n[0], n[1]);
                    if (segments.size() < MAX_SEGMENTS) {
                        segments.add(new float[] {currentX, currentY, p.x, p.y});
                    }
                    currentX = p.x;
                    currentY = p.y;
                }
                case "re" -> {
                    Point2D.Float a = point(n[0], n[1]);
                    Point2D.Float b = point(n[0] + n[2], n[1] + n[3]);
                    float x0 = Math.min(a.x, b.x), y0 = Math.min(a.y, b.y);
                    float x1 = Math.max(a.x, b.x), y1 = Math.max(a.y, b.y);
                    if (segments.size() >= MAX_SEGMENTS) {
                        return;
                    }
                    rects.add(new float[] {x0, y0, x1, y1});
                    segments.add(new float[] {x0, y0, x1, y0});
                    segments.add(new float[] {x1, y0, x1, y1});
                    segments.add(new float[] {x1, y1, x0, y1});
                    segments.add(new float[] {x0, y1, x0, y0});
                    currentX = startX = a.x;
                    currentY = startY = a.y;
                }
                default -> { // curves are never rulings: only the end point matters
                    Point2D.Float p = point(n[needed - 2], n[needed - 1]);
                    currentX = p.x;
                    currentY = p.y;
                }
            }
        }

        private Point2D.Float point(float x, float y) {
            Matrix ctm = getContext().getGraphicsState().getCurrentTransformationMatrix();
            Point2D.Float p = ctm.transformPoint(x, y);
            PDRectangle crop = getContext().getCurrentPage().getCropBox();
            return new Point2D.Float(p.x - crop.getLowerLeftX(), p.y - crop.getLowerLeftY());
        }

        /** Filled rectangles become background, visible thin shapes become rulings. */
        private void paint() {
            boolean fills = !name.equals("n") && !name.equals("S") && !name.equals("s");
            boolean strokes = name.equals("S") || name.equals("s") || name.startsWith("B") || name.startsWith("b");
            float height = getContext().getCurrentPage().getCropBox().getHeight();
            if (name.equals("s") || name.startsWith("b")) { // close, then paint
                segments.add(new float[] {currentX, currentY, startX, startY});
            }
            if (fills) {
                int rgb = rgb(getContext().getGraphicsState().getNonStrokingColor());
                for (float[] r : rects) {
                    boolean thin = Math.min(r[2] - r[0], r[3] - r[1]) <= THIN;
                    if (thin && visible(rgb)) {
                        addRuling(r[0], r[1], r[2], r[3], height);
                    } else if (!thin && rgb >= 0 && painted.size() < MAX_RECTS) {
                        painted.add(new FilledRect(r[0], r[1], r[2], r[3], rgb));
                    }
                }
            }
            if (strokes && visible(rgb(getContext().getGraphicsState().getStrokingColor()))) {
                for (float[] s : segments) {
                    addRuling(
                            Math.min(s[0], s[2]),
                            Math.min(s[1], s[3]),
                            Math.max(s[0], s[2]),
                            Math.max(s[1], s[3]),
                            height);
                }
            }
            segments.clear();
            rects.clear();
        }

        private void addRuling(float x0, float y0, float x1, float y1, float pageHeight) {
            if (rulings.size() >= MAX_RULINGS) {
                return;
            }
            float w = x1 - x0, h = y1 - y0;
            if (h <= THIN && w >= MIN_RULING) {
                rulings.add(new Ruling(true, pageHeight - (y0 + y1) / 2, x0, x1));
            } else if (w <= THIN && h >= MIN_RULING) {
                rulings.add(new Ruling(false, (x0 + x1) / 2, pageHeight - y1, pageHeight - y0));
            }
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private static boolean visible(int rgb) {
        return rgb >= 0
                && !((rgb >> 16 & 0xFF) >= NEAR_WHITE && (rgb >> 8 & 0xFF) >= NEAR_WHITE && (rgb & 0xFF) >= NEAR_WHITE);
    }

    private static int rgb(PDColor colour) {
        try {
            return colour.toRGB();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static float[] numbers(List<COSBase> operands) {
        float[] out = new float[operands.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(operands.get(i) instanceof COSNumber number)) {
                return new float[0];
            }
            out[i] = number.floatValue();
        }
        return out;
    }
}
