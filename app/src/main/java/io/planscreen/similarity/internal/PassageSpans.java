package io.planscreen.similarity.internal;

import io.planscreen.ml.reuse.Shingles;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Where two reused paragraphs share text: the character range covered by their common shingles, on each side. */
final class PassageSpans {

    private PassageSpans() {}

    record Range(int start, int end) {}

    static Range[] of(String a, String b) {
        return of(new Side(a), new Side(b));
    }

    /**
     * The same for a paragraph compared with many others (a cluster's members): its folding and shingles
     * are computed once, not once per member.
     */
    static Range[] of(Side a, Side b) {
        int w = Shingles.width(Shingles.normalize(a.raw + b.raw));
        return new Range[] {a.range(b.shingles(w), w), b.range(a.shingles(w), w)};
    }

    /** One paragraph: letters and digits folded (with their raw positions), shingle sets per width. */
    static final class Side {

        private final String raw;

        private final String text;

        private final int[] rawIndex;

        private final Set<String>[] shinglesByWidth = newShingleSets();

        Side(String raw) {
            this.raw = raw;
            StringBuilder folded = new StringBuilder();
            int[] index = new int[raw.length()];
            int n = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = normalizesToNothing(raw.charAt(i)) ? ' ' : raw.charAt(i);
                if (Character.isDigit(c)) {
                    folded.append('0');
                    index[n++] = i;
                } else if (Character.isLetter(c)) {
                    folded.append(Character.toLowerCase(c));
                    index[n++] = i;
                }
            }
            this.text = folded.toString();
            this.rawIndex = Arrays.copyOf(index, n);
        }

        private Set<String> shingles(int w) {
            if (w >= shinglesByWidth.length) {
                return compute(w);
            }
            if (shinglesByWidth[w] == null) {
                shinglesByWidth[w] = compute(w);
            }
            return shinglesByWidth[w];
        }

        private Set<String> compute(int w) {
            Set<String> out = new HashSet<>();
            for (int i = 0; i + w <= text.length(); i++) {
                out.add(text.substring(i, i + w));
            }
            return out;
        }

        private Range range(Set<String> other, int w) {
            int first = -1, last = -1;
            for (int i = 0; i + w <= text.length(); i++) {
                if (other.contains(text.substring(i, i + w))) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i + w - 1;
                }
            }
            if (first < 0) {
                return new Range(0, raw.length());
            }
            return new Range(rawIndex[first], rawIndex[last] + 1);
        }

        @SuppressWarnings("unchecked")
        private static Set<String>[] newShingleSets() {
            return new Set[8];
        }
    }

    /**
     * Whether NFKC maps the character to nothing. ASCII and precomposed Hangul syllables never do (the
     * bulk of a Korean plan), so only other characters pay for the normaliser.
     */
    private static boolean normalizesToNothing(char c) {
        if (c < 0x80 || (c >= 0xAC00 && c <= 0xD7A3)) {
            return false;
        }
        return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).isEmpty();
    }
}
