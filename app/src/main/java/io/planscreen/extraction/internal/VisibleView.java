package io.planscreen.extraction.internal;

import io.planscreen.parsing.InvisibleCharacters;
import io.planscreen.parsing.ParsedDocument;
import java.util.Arrays;

/**
 * The document's visible text ({@link ParsedDocument#visibleText()} semantics: hidden spans and invisible
 * Unicode removed) with, for each visible char, its offset in {@link ParsedDocument#text()}, so evidence
 * read from what a person sees still points into the stored text.
 */
final class VisibleView {

    private final String text;

    private final int[] origin;

    private final int originalLength;

    private VisibleView(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    static VisibleView of(ParsedDocument document) {
        String text = document.text();
        boolean[] hidden = new boolean[text.length()];
        for (ParsedDocument.HiddenText span : document.hiddenText()) {
            for (int i = Math.max(0, span.start()); i < Math.min(text.length(), span.end()); i++) {
                hidden[i] = true;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!hidden[i] && !InvisibleCharacters.isInvisibleCodePoint(cp)) {
                out.appendCodePoint(cp);
                for (int k = 0; k < width; k++) {
                    origin[n++] = i + k;
                }
            }
            i += width;
        }
        return new VisibleView(out.toString(), Arrays.copyOf(origin, n), text.length());
    }

    String text() {
        return text;
    }

    /** Offset in the original text of visible char {@code i}; {@code length()} maps past the end. */
    int original(int i) {
        if (i < origin.length) {
            return origin[i];
        }
        return origin.length == 0 ? originalLength : origin[origin.length - 1] + 1;
    }

    /** Original end offset (exclusive) of a visible span ending (exclusive) at {@code end}. */
    int originalEnd(int end) {
        return end == 0 ? original(0) : original(end - 1) + 1;
    }

    /** First visible index whose original offset is at or after {@code originalOffset}. */
    int visibleIndex(int originalOffset) {
        int lo = 0;
        int hi = origin.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (origin[mid] < originalOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
