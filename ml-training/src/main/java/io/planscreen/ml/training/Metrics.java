package io.planscreen.ml.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The evaluation measures the model card reports; labels are 1 = broker-written. */
public final class Metrics {

    private Metrics() {}

    /** Area under the ROC curve (Mann-Whitney, ties counted half). */
    public static double rocAuc(double[] scores, int[] labels) {
        Integer[] order = sorted(scores);
        double[] ranks = new double[scores.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == 1) {
                sum += ranks[i];
            }
        }
        return (sum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    /** Average precision (area under the precision-recall curve, step-wise). */
    public static double prAuc(double[] scores, int[] labels) {
        Integer[] order = sorted(scores);
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        if (positives == 0) {
            return Double.NaN;
        }
        double ap = 0;
        int tp = 0;
        for (int k = order.length - 1, seen = 1; k >= 0; k--, seen++) {
            if (labels[order[k]] == 1) {
                tp++;
                ap += (double) tp / seen;
            }
        }
        return ap / positives;
    }

    public record AtThreshold(double precision, double recall, int tp, int fp, int fn, int tn) {}

    public static AtThreshold at(double[] probabilities, int[] labels, double threshold) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean flag = probabilities[i] >= threshold;
            if (flag && labels[i] == 1) tp++;
            else if (flag) fp++;
            else if (labels[i] == 1) fn++;
            else tn++;
        }
        return new AtThreshold(
                tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn), tp, fp, fn, tn);
    }

    /**
     * The ROC curve as [false positive rate, true positive rate] points, one per distinct score from the highest
     * down, thinned to at most {@code maxPoints} (the first and last points always kept).
     */
    public static List<double[]> rocCurve(double[] scores, int[] labels, int maxPoints) {
        Integer[] order = sorted(scores);
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        long negatives = labels.length - positives;
        List<double[]> all = new ArrayList<>();
        all.add(new double[] {0, 0});
        if (positives == 0 || negatives == 0) {
            return all;
        }
        int tp = 0;
        int fp = 0;
        for (int i = order.length - 1; i >= 0; i--) {
            if (labels[order[i]] == 1) {
                tp++;
            } else {
                fp++;
            }
            if (i == 0 || scores[order[i - 1]] != scores[order[i]]) {
                all.add(new double[] {fp / (double) negatives, tp / (double) positives});
            }
        }
        if (all.size() <= maxPoints) {
            return all;
        }
        List<double[]> thinned = new ArrayList<>();
        for (int k = 0; k < maxPoints; k++) {
            thinned.add(all.get((int) Math.round(k * (all.size() - 1) / (double) (maxPoints - 1))));
        }
        return thinned;
    }

    /** Reliability diagram: per non-empty equal-width bin, [mean predicted probability, observed positive rate]. */
    public static List<double[]> reliability(double[] probabilities, int[] labels, int bins) {
        double[] sum = new double[bins];
        int[] positives = new int[bins];
        int[] count = new int[bins];
        for (int i = 0; i < probabilities.length; i++) {
            int b = Math.min(bins - 1, (int) (probabilities[i] * bins));
            sum[b] += probabilities[i];
            positives[b] += labels[i];
            count[b]++;
        }
        List<double[]> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                out.add(new double[] {sum[b] / count[b], positives[b] / (double) count[b]});
            }
        }
        return out;
    }

    /** Expected calibration error over equal-width probability bins. */
    public static double ece(double[] probabilities, int[] labels, int bins) {
        double[] sumP = new double[bins];
        double[] sumY = new double[bins];
        int[] n = new int[bins];
        for (int i = 0; i < labels.length; i++) {
            int b = Math.min(bins - 1, (int) (probabilities[i] * bins));
            sumP[b] += probabilities[i];
            sumY[b] += labels[i];
            n[b]++;
        }
        double ece = 0;
        for (int b = 0; b < bins; b++) {
            if (n[b] > 0) {
                ece += (double) n[b] / labels.length * Math.abs(sumP[b] / n[b] - sumY[b] / n[b]);
            }
        }
        return ece;
    }

    /**
     * The lowest threshold whose precision on these (validation) examples is at least the target —
     * the most recall that keeps the precision; the highest-precision threshold when none reaches it.
     */
    public static double thresholdForPrecision(double[] probabilities, int[] labels, double target) {
        return thresholdForPrecision(probabilities, labels, target, 0);
    }

    /**
     * The lowest threshold whose precision's Wilson lower bound at {@code z} on these (validation) examples
     * is at least the target: {@code z = 0} is the precision itself; a larger z asks the flagged set to
     * hold the precision with that confidence, a margin against the optimism of the lowest threshold that
     * just reaches it. The highest-precision threshold when none reaches it.
     */
    public static double thresholdForPrecision(double[] probabilities, int[] labels, double target, double z) {
        double[] candidates = Arrays.stream(probabilities).distinct().sorted().toArray();
        for (double t : candidates) {
            AtThreshold at = at(probabilities, labels, t);
            if (at.tp() > 0 && wilsonLower(at.tp(), at.tp() + at.fp(), z) >= target) {
                return t;
            }
        }
        double best = candidates.length == 0 ? 0.5 : candidates[candidates.length - 1];
        double bestPrecision = -1;
        for (double t : candidates) {
            AtThreshold at = at(probabilities, labels, t);
            if (at.tp() > 0 && at.precision() > bestPrecision) {
                bestPrecision = at.precision();
                best = t;
            }
        }
        return best;
    }

    /** Wilson score lower bound of the proportion k/n at z standard deviations; k/n itself at z = 0. */
    public static double wilsonLower(int k, int n, double z) {
        if (z == 0) {
            return (double) k / n;
        }
        double p = (double) k / n;
        double z2 = z * z;
        return (p + z2 / (2.0 * n) - z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n))) / (1 + z2 / n);
    }

    private static Integer[] sorted(double[] scores) {
        return IntStream.range(0, scores.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> scores[i]))
                .toArray(Integer[]::new);
    }
}
