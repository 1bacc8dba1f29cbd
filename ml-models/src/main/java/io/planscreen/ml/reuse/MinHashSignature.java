package io.planscreen.ml.reuse;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A paragraph's MinHash signature: {@value #SIZE} minima of independently seeded hashes over its
 * shingles. The share of equal positions estimates the Jaccard similarity of the shingle sets.
 * Band keys group {@value #ROWS_PER_BAND} positions for locality-sensitive lookup; template keys group
 * {@value #TEMPLATE_ROWS} positions so only near-verbatim text (template instructions) shares them.
 */
public record MinHashSignature(int[] values) {

    public static final int SIZE = 64;

    public static final int ROWS_PER_BAND = 2;

    public static final int TEMPLATE_ROWS = 8;

    /** Paragraphs shorter than this (after normalisation) say too little to count as reuse. */
    public static final int MIN_CHARS = 20;

    private static final long[] SEEDS = seeds();

    public MinHashSignature {
        if (values.length != SIZE) {
            throw new IllegalArgumentException("a signature has " + SIZE + " values");
        }
    }

    public static MinHashSignature of(String paragraph) {
        return ofHashes(Shingles.hashes(paragraph));
    }

    public static MinHashSignature ofHashes(long[] shingles) {
        int[] min = new int[SIZE];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (Shingles.mix(s ^ SEEDS[i]) >>> 33);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return new MinHashSignature(min);
    }

    public double similarity(MinHashSignature other) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (values[i] == other.values[i] && values[i] != Integer.MAX_VALUE) {
                equal++;
            }
        }
        return (double) equal / SIZE;
    }

    /** LSH band keys: two paragraphs with Jaccard similarity s share at least one with probability 1-(1-s²)³². */
    public long[] bandKeys() {
        return keys(ROWS_PER_BAND);
    }

    /** Keys of 8 rows each: shared (almost) only by near-verbatim copies — how template text is recognised. */
    public long[] templateKeys() {
        return keys(TEMPLATE_ROWS);
    }

    private long[] keys(int rows) {
        long[] keys = new long[SIZE / rows];
        for (int b = 0; b < keys.length; b++) {
            long h = 0x9E3779B97F4A7C15L * (b + 1);
            for (int r = 0; r < rows; r++) {
                h = Shingles.mix(h ^ values[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE * 4);
        for (int v : values) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    public static MinHashSignature fromBytes(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] values = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            values[i] = buffer.getInt();
        }
        return new MinHashSignature(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MinHashSignature" + Arrays.toString(Arrays.copyOf(values, 4)) + "...";
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < SIZE; i++) {
            x = Shingles.mix(x + 0x9E3779B97F4A7C15L);
            seeds[i] = x;
        }
        return seeds;
    }
}
