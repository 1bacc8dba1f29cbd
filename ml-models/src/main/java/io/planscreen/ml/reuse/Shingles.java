package io.planscreen.ml.reuse;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Character shingles of a paragraph after folding what light edits change: Unicode compatibility
 * forms, case, whitespace and punctuation (Korean spacing is inconsistent, so spaces never count) and
 * digits (a copied plan changes the company's figures). Korean text uses 3-syllable shingles, other
 * scripts 5 letters, because a Hangul syllable carries about as much as two or three Latin letters.
 */
public final class Shingles {

    private Shingles() {}

    /** Letters and digits only, lower-case, digits folded to '0'. */
    public static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (Character.isDigit(cp)) {
                out.append('0');
            } else if (Character.isLetter(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        });
        return out.toString();
    }

    public static int width(String normalized) {
        long hangul = normalized.chars().filter(Shingles::isHangul).count();
        return hangul * 2 >= normalized.length() ? 3 : 5;
    }

    /** Distinct 64-bit hashes of the paragraph's shingles, sorted; empty for an empty paragraph. */
    public static long[] hashes(String text) {
        String s = normalize(text);
        if (s.isEmpty()) {
            return new long[0];
        }
        int w = Math.min(width(s), s.length());
        long[] out = new long[s.length() - w + 1];
        for (int i = 0; i + w <= s.length(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + w; j++) {
                h ^= s.charAt(j);
                h *= 0x100000001b3L;
            }
            out[i] = mix(h);
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[n++] = out[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Exact Jaccard similarity of two shingle sets (the reference MinHash estimates). */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    /** MurmurHash3's 64-bit finaliser: spreads FNV's weak low bits. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static boolean isHangul(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }
}
