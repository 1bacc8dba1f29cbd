package io.planscreen.parsing.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * PDFTextStripper's duplicate-overlapping-text suppression (a glyph drawn again at nearly the same place,
 * as fake bold or shadow text does, is read once) without its per-glyph tree maps and boxed floats. Same
 * rule: a glyph is a duplicate when the page already showed the same text with x in
 * {@code [x - t, x + t)} and y in {@code [y - t, y + t)}, t being a third of the glyph's width per
 * character, compared in {@link Float#compare} order like PDFBox's {@code TreeMap<Float, TreeSet<Float>>};
 * otherwise it is remembered. Per text, the points are kept sorted by x, so a look-up is a binary search
 * and a short scan. Not thread-safe: one per stripper, cleared per page.
 */
final class OverlappingGlyphs {

    /** The points one text was shown at, sorted by x in Float.compare order. */
    private static final class Points {

        float[] xs = new float[8];

        float[] ys = new float[8];

        int size;

        /** First index whose x is not below {@code x} (in Float.compare order). */
        int lowerBound(float x) {
            int low = 0;
            int high = size;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (Float.compare(xs[mid], x) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        void add(float x, float y) {
            int at = lowerBound(x);
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, size * 2);
                ys = Arrays.copyOf(ys, size * 2);
            }
            System.arraycopy(xs, at, xs, at + 1, size - at);
            System.arraycopy(ys, at, ys, at + 1, size - at);
            xs[at] = x;
            ys[at] = y;
            size++;
        }
    }

    private final Map<String, Points> shown = new HashMap<>();

    void clear() {
        shown.clear();
    }

    /**
     * True when {@code text} at ({@code x}, {@code y}) repeats a glyph already shown there; otherwise
     * records it and returns false. Throws IllegalArgumentException where PDFBox's sub-map would (bounds
     * out of order, only possible with infinite coordinates).
     */
    boolean isDuplicate(String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3.0f;
        Points points = shown.computeIfAbsent(text, k -> new Points());
        float fromX = x - tolerance;
        float toX = x + tolerance;
        if (Float.compare(fromX, toX) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        float fromY = y - tolerance;
        float toY = y + tolerance;
        for (int i = points.lowerBound(fromX); i < points.size && Float.compare(points.xs[i], toX) < 0; i++) {
            if (Float.compare(fromY, toY) > 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
            float other = points.ys[i];
            if (Float.compare(other, fromY) >= 0 && Float.compare(other, toY) < 0) {
                return true;
            }
        }
        points.add(x, y);
        return false;
    }
}
