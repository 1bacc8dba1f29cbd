package io.planscreen.parsing.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.IterativeMergeSort;

/**
 * The reading order PDFTextStripper produces with {@code setSortByPosition(true)}, computed from sort keys
 * read once per glyph instead of on every comparison. Only for glyphs that all run in their page's
 * direction: there {@link TextPosition#getX()}, {@link TextPosition#getY()}, {@link TextPosition#getWidth()}
 * and {@link TextPosition#getHeight()} are the very direction-adjusted values PDFBox's comparator reads.
 *
 * <p>Same comparison (rows by baseline with PDFBox's overlap tolerance, then x), same algorithm (the JDK's
 * merge sort, and PDFBox's fallback when the comparison turns out not to be transitive), and the same
 * removal of space glyphs that lie inside the glyph before them, so the order is identical, not just
 * similar. Text drawn in reading order, the usual case, costs one pass. Not thread-safe: one per stripper.
 */
final class ReadingOrder {

    /** A glyph with the keys PDFBox's TextPositionComparator reads. */
    private record Key(TextPosition glyph, float dir, float x, float bottom, float top) {}

    private static final Comparator<Key> ORDER =
            (a, b) -> compare(a.dir(), a.x(), a.bottom(), a.top(), b.dir(), b.x(), b.bottom(), b.top());

    private float[] dir = new float[0];

    private float[] x = new float[0];

    private float[] bottom = new float[0];

    private float[] top = new float[0];

    /** True when every glyph runs in its page's direction (the condition for {@link #sort}). */
    static boolean inPageDirection(List<TextPosition> glyphs) {
        for (int i = 0, n = glyphs.size(); i < n; i++) {
            TextPosition glyph = glyphs.get(i);
            if (Float.compare(glyph.getDir(), glyph.getRotation()) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sorts {@code glyphs} in place into reading order and drops contained spaces. Returns false, with the
     * list untouched, when a glyph does not run in its page's direction.
     */
    boolean sort(List<TextPosition> glyphs) {
        int n = glyphs.size();
        if (n == 0) {
            return true;
        }
        if (dir.length < n) {
            int capacity = Math.max(n, dir.length * 2);
            dir = new float[capacity];
            x = new float[capacity];
            bottom = new float[capacity];
            top = new float[capacity];
        }
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            TextPosition glyph = glyphs.get(i);
            float d = glyph.getDir();
            if (Float.compare(d, glyph.getRotation()) != 0) {
                return false;
            }
            float y = glyph.getY();
            dir[i] = d;
            x[i] = glyph.getX();
            bottom[i] = y;
            top[i] = y - glyph.getHeight();
            // the JDK's sort leaves a list alone when each element compares >= its predecessor
            if (sorted && i > 0 && compare(d, x[i], y, top[i], dir[i - 1], x[i - 1], bottom[i - 1], top[i - 1]) < 0) {
                sorted = false;
            }
        }
        if (!sorted) {
            reorder(glyphs, n);
        }
        dropContainedSpaces(glyphs, n);
        return true;
    }

    private void reorder(List<TextPosition> glyphs, int n) {
        Key[] keys = new Key[n];
        for (int i = 0; i < n; i++) {
            keys[i] = new Key(glyphs.get(i), dir[i], x[i], bottom[i], top[i]);
        }
        try {
            Arrays.sort(keys, ORDER);
        } catch (IllegalArgumentException notTransitive) {
            // what PDFTextStripper does when the comparison breaks the JDK sort's contract: merge sort the
            // partly sorted list
            IterativeMergeSort.sort(Arrays.asList(keys), ORDER);
        }
        for (int i = 0; i < n; i++) {
            Key key = keys[i];
            glyphs.set(i, key.glyph());
            dir[i] = key.dir();
            x[i] = key.x();
            bottom[i] = key.bottom();
            top[i] = key.top();
        }
    }

    /** PDFBOX-5487: a space glyph inside the glyph before it is not a word break (PDFBox drops it). */
    private void dropContainedSpaces(List<TextPosition> glyphs, int n) {
        int kept = 1;
        int previous = 0;
        TextPosition previousGlyph = glyphs.get(0);
        for (int i = 1; i < n; i++) {
            TextPosition glyph = glyphs.get(i);
            if (" ".equals(glyph.getUnicode()) && contains(previousGlyph, previous, glyph, i)) {
                continue;
            }
            glyphs.set(kept++, glyph);
            previous = i;
            previousGlyph = glyph;
        }
        if (kept < n) {
            glyphs.subList(kept, n).clear();
        }
    }

    /** TextPosition.completelyContains on the cached keys (same arithmetic, same order of checks). */
    private boolean contains(TextPosition outer, int o, TextPosition inner, int i) {
        float outerLeft = x[o];
        float outerRight = outerLeft + outer.getWidth();
        float innerLeft = x[i];
        float innerRight = innerLeft + inner.getWidth();
        if (outerLeft > innerLeft || innerRight > outerRight) {
            return false;
        }
        float outerTop = bottom[o];
        float outerBottom = outerTop + outer.getHeight();
        float innerTop = bottom[i];
        float innerBottom = innerTop + inner.getHeight();
        return !(outerTop > innerTop || innerBottom > outerBottom);
    }

    /** PDFBox's TextPositionComparator on cached keys. */
    private static int compare(
            float dirA, float xA, float bottomA, float topA, float dirB, float xB, float bottomB, float topB) {
        int byDirection = Float.compare(dirA, dirB);
        if (byDirection != 0) {
            return byDirection;
        }
        float yDifference = Math.abs(bottomA - bottomB);
        if (yDifference < .1 || bottomB >= topA && bottomB <= bottomA || bottomA >= topB && bottomA <= bottomB) {
            return Float.compare(xA, xB);
        }
        return bottomA < bottomB ? -1 : 1;
    }
}
