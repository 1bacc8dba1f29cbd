package io.planscreen.ml.reuse;

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

    private static final long[] SEEDS = MinHash.seeds(SIZE, 0x5DEECE66DL);

    public MinHashSignature {
        if (values.length != SIZE) {
            throw new IllegalArgumentException("a signature has " + SIZE + " values");
        }
    }

    public static MinHashSignature of(String paragraph) {
        return ofHashes(Shingles.hashes(paragraph));
    }

    public static MinHashSignature ofHashes(long[] shingles) {
        return new MinHashSignature(MinHash.minima(shingles, SEEDS));
    }

    public double similarity(MinHashSignature other) {
        return MinHash.similarity(values, other.values);
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
        return MinHash.keys(values, rows, 0x9E3779B97F4A7C15L);
    }

    public byte[] toBytes() {
        return MinHash.toBytes(values);
    }

    public static MinHashSignature fromBytes(byte[] bytes) {
        return new MinHashSignature(MinHash.fromBytes(bytes, SIZE));
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
}
