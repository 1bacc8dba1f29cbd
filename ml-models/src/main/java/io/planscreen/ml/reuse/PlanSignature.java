package io.planscreen.ml.reuse;

import java.util.Arrays;
import java.util.List;

/**
 * A whole plan's MinHash signature: {@value #SIZE} minima of independently seeded hashes over the
 * character {@value #WIDTH}-grams of its paragraphs joined with whitespace removed. The share of equal
 * positions estimates the Jaccard similarity of two plans' shingle sets: a broker's plan sold to several
 * companies keeps most of its text even when every paragraph is paraphrased a little, which paragraph-level
 * matching (each paragraph on its own above {@link ReuseMatcher#THRESHOLD}) misses. Training ({@link
 * PlanIndex}) and serving (the similarity module's stored signatures) use this one class.
 */
public record PlanSignature(int[] values) {

    public static final int SIZE = 128;

    public static final int WIDTH = 5;

    /** LSH: {@value #BANDS} bands of {@value #ROWS_PER_BAND} positions (see {@link #bandKeys()}). */
    public static final int ROWS_PER_BAND = 4;

    public static final int BANDS = SIZE / ROWS_PER_BAND;

    private static final long[] SEEDS = MinHash.seeds(SIZE, 0x2545F4914F6CDD1DL);

    public PlanSignature {
        if (values.length != SIZE) {
            throw new IllegalArgumentException("a plan signature has " + SIZE + " values");
        }
    }

    /** The signature of the plan's paragraphs (all of them, in order). */
    public static PlanSignature of(List<String> paragraphs) {
        return ofText(String.join("", paragraphs));
    }

    static PlanSignature ofText(String text) {
        String t = text.replaceAll("\\s+", "");
        long[] shingles = new long[Math.max(0, t.length() - WIDTH + 1)];
        for (int i = 0; i + WIDTH <= t.length(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + WIDTH; j++) {
                h ^= t.charAt(j);
                h *= 0x100000001b3L;
            }
            shingles[i] = Shingles.mix(h);
        }
        Arrays.sort(shingles);
        int n = 0;
        for (int k = 0; k < shingles.length; k++) {
            if (k == 0 || shingles[k] != shingles[k - 1]) {
                shingles[n++] = shingles[k];
            }
        }
        return new PlanSignature(MinHash.minima(Arrays.copyOf(shingles, n), SEEDS));
    }

    /** False for a plan without a single shingle (nothing to compare). */
    public boolean isEmpty() {
        return values[0] == Integer.MAX_VALUE;
    }

    public double similarity(PlanSignature other) {
        return MinHash.similarity(values, other.values);
    }

    /**
     * LSH band keys: two plans with Jaccard similarity s share at least one with probability
     * 1-(1-s⁴)³² (0.55 at s = 0.3, 0.87 at 0.4, 0.98 at 0.5, 0.999 at 0.6).
     */
    public long[] bandKeys() {
        return MinHash.keys(values, ROWS_PER_BAND, 0x7F4A7C159E3779B9L);
    }

    public byte[] toBytes() {
        return MinHash.toBytes(values);
    }

    public static PlanSignature fromBytes(byte[] bytes) {
        return new PlanSignature(MinHash.fromBytes(bytes, SIZE));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanSignature other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "PlanSignature" + Arrays.toString(Arrays.copyOf(values, 4)) + "...";
    }
}
