package io.planscreen.ml.reuse;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** The MinHash arithmetic the paragraph ({@link MinHashSignature}) and plan ({@link PlanSignature}) signatures share. */
final class MinHash {

    private MinHash() {}

    /** Independent hash seeds, a splitmix sequence from {@code start}. */
    static long[] seeds(int n, long start) {
        long[] seeds = new long[n];
        long x = start;
        for (int i = 0; i < n; i++) {
            x = Shingles.mix(x + 0x9E3779B97F4A7C15L);
            seeds[i] = x;
        }
        return seeds;
    }

    /** Per seed, the minimum hash over the (distinct) shingles; Integer.MAX_VALUE when there are none. */
    static int[] minima(long[] distinctShingles, long[] seeds) {
        int[] min = new int[seeds.length];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (long s : distinctShingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) (Shingles.mix(s ^ seeds[i]) >>> 33);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return min;
    }

    /** Share of equal positions, positions without any shingle never counting as equal. */
    static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    /** One key per group of {@code rows} consecutive values (LSH bands), salted per band. */
    static long[] keys(int[] values, int rows, long salt) {
        long[] keys = new long[values.length / rows];
        for (int b = 0; b < keys.length; b++) {
            long h = salt * (b + 1);
            for (int r = 0; r < rows; r++) {
                h = Shingles.mix(h ^ values[b * rows + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    static byte[] toBytes(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        for (int v : values) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    static int[] fromBytes(byte[] bytes, int size) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = buffer.getInt();
        }
        return values;
    }
}
