package io.planscreen.ml.reuse;

import java.util.List;

/**
 * A plan's (or paragraph's) hashed shingle vector for pgvector: each shingle adds ±1 to one of
 * {@value #DIMENSIONS} buckets (signed hashing keeps collisions unbiased), then the vector is
 * L2-normalised, so cosine similarity tracks shared shingles. It is the cheap first stage (which plans
 * might share text); MinHash signatures decide which paragraphs do.
 */
public final class NgramVector {

    public static final int DIMENSIONS = 256;

    private NgramVector() {}

    public static float[] of(List<String> paragraphs) {
        float[] v = new float[DIMENSIONS];
        for (String p : paragraphs) {
            for (long h : Shingles.hashes(p)) {
                int bucket = (int) Long.remainderUnsigned(h, DIMENSIONS);
                v[bucket] += (h & (1L << 40)) == 0 ? 1f : -1f;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= inv;
            }
        }
        return v;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
