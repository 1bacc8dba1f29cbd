package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.PlanText;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** MinHash estimate of each plan's highest character-5-gram overlap with another company's plan. */
final class Reuse {

    private static final int HASHES = 64;

    private Reuse() {}

    static double[] maxSimilarity(List<CorpusPlan> plans) {
        int[][] signatures = new int[plans.size()][];
        for (int i = 0; i < plans.size(); i++) {
            signatures[i] = signature(plans.get(i).plan());
        }
        double[] best = new double[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            for (int j = i + 1; j < plans.size(); j++) {
                int same = 0;
                for (int h = 0; h < HASHES; h++) {
                    if (signatures[i][h] == signatures[j][h]) {
                        same++;
                    }
                }
                double sim = (double) same / HASHES;
                best[i] = Math.max(best[i], sim);
                best[j] = Math.max(best[j], sim);
            }
        }
        return best;
    }

    static int[] signature(PlanText plan) {
        String text = String.join("", plan.paragraphs()).replaceAll("\\s+", "");
        Set<Integer> shingles = new HashSet<>();
        for (int i = 0; i + 5 <= text.length(); i++) {
            shingles.add(text.substring(i, i + 5).hashCode());
        }
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int s : shingles) {
            for (int h = 0; h < HASHES; h++) {
                int v = mix(s * 0x9E3779B9 + h * 0x85EBCA6B);
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

    private static int mix(int x) {
        x ^= x >>> 16;
        x *= 0x7feb352d;
        x ^= x >>> 15;
        x *= 0x846ca68b;
        x ^= x >>> 16;
        return x;
    }
}
