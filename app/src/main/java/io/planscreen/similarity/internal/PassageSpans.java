package io.planscreen.similarity.internal;

import io.planscreen.ml.reuse.Shingles;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/** Where two reused paragraphs share text: the character range covered by their common shingles, on each side. */
final class PassageSpans {

    private PassageSpans() {}

    record Range(int start, int end) {}

    static Range[] of(String a, String b) {
        int w = Shingles.width(Shingles.normalize(a + b));
        Folded fa = fold(a);
        Folded fb = fold(b);
        Set<String> inA = shingles(fa.text, w);
        Set<String> inB = shingles(fb.text, w);
        return new Range[] {range(fa, inB, w, a.length()), range(fb, inA, w, b.length())};
    }

    private record Folded(String text, int[] rawIndex) {}

    private static Folded fold(String raw) {
        StringBuilder text = new StringBuilder();
        int[] index = new int[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = Normalizer.normalize(String.valueOf(raw.charAt(i)), Normalizer.Form.NFKC)
                            .isEmpty()
                    ? ' '
                    : raw.charAt(i);
            if (Character.isDigit(c)) {
                text.append('0');
                index[n++] = i;
            } else if (Character.isLetter(c)) {
                text.append(Character.toLowerCase(c));
                index[n++] = i;
            }
        }
        return new Folded(text.toString(), java.util.Arrays.copyOf(index, n));
    }

    private static Set<String> shingles(String s, int w) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + w <= s.length(); i++) {
            out.add(s.substring(i, i + w));
        }
        return out;
    }

    private static Range range(Folded f, Set<String> other, int w, int rawLength) {
        int first = -1, last = -1;
        for (int i = 0; i + w <= f.text.length(); i++) {
            if (other.contains(f.text.substring(i, i + w))) {
                if (first < 0) {
                    first = i;
                }
                last = i + w - 1;
            }
        }
        if (first < 0) {
            return new Range(0, rawLength);
        }
        return new Range(f.rawIndex[first], f.rawIndex[last] + 1);
    }
}
