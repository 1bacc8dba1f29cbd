package io.planscreen.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranking and threshold metrics of a binary classifier's scores (label 1 = broker-written). */
public final class BinaryMetrics {

    private BinaryMetrics() {}

    /** ROC-AUC by the Mann-Whitney statistic, ties counted half; 0.5 when a class is missing. */
    public static double rocAuc(double[] scores, int[] labels) {
        Integer[] order = sortedAscending(scores);
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (labels[order[k]] == 1) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return 0.5;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** PR-AUC as average precision (precision at each positive, in score order, ties grouped). */
    public static double prAuc(double[] scores, int[] labels) {
        Integer[] order = sortedAscending(scores);
        long positives = Arrays.stream(labels).filter(l -> l == 1).count();
        if (positives == 0) {
            return 0;
        }
        double ap = 0;
        long tp = 0;
        long seen = 0;
        int i = order.length - 1;
        while (i >= 0) {
            int j = i;
            while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]]) {
                j--;
            }
            long groupPositives = 0;
            for (int k = j; k <= i; k++) {
                groupPositives += labels[order[k]];
            }
            tp += groupPositives;
            seen += i - j + 1;
            ap += groupPositives * ((double) tp / seen);
            i = j - 1;
        }
        return ap / positives;
    }

    /** Counts at a threshold (score ≥ threshold is flagged). */
    public record Confusion(long tp, long fp, long fn, long tn) {

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double flagRate() {
            long n = tp + fp + fn + tn;
            return n == 0 ? 0 : (double) (tp + fp) / n;
        }
    }

    public static Confusion confusion(double[] scores, int[] labels, double threshold) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean flagged = scores[i] >= threshold;
            if (flagged && labels[i] == 1) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (labels[i] == 1) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Confusion(tp, fp, fn, tn);
    }

    /** Points of the ROC curve (false positive rate, true positive rate), one per distinct threshold. */
    public static double[][] rocCurve(double[] scores, int[] labels) {
        double[] thresholds = distinctDescending(scores);
        double[][] curve = new double[2][thresholds.length + 1];
        for (int t = 0; t < thresholds.length; t++) {
            Confusion c = confusion(scores, labels, thresholds[t]);
            curve[0][t + 1] = c.fp() + c.tn() == 0 ? 0 : (double) c.fp() / (c.fp() + c.tn());
            curve[1][t + 1] = c.recall();
        }
        return curve;
    }

    /** Points of the precision-recall curve (recall, precision). */
    public static double[][] prCurve(double[] scores, int[] labels) {
        double[] thresholds = distinctDescending(scores);
        double[][] curve = new double[2][thresholds.length];
        for (int t = 0; t < thresholds.length; t++) {
            Confusion c = confusion(scores, labels, thresholds[t]);
            curve[0][t] = c.recall();
            curve[1][t] = c.precision();
        }
        return curve;
    }

    private static double[] distinctDescending(double[] scores) {
        return Arrays.stream(scores)
                .boxed()
                .distinct()
                .sorted(Comparator.reverseOrder())
                .mapToDouble(d -> d)
                .toArray();
    }

    private static Integer[] sortedAscending(double[] scores) {
        return IntStream.range(0, scores.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> scores[i]))
                .toArray(Integer[]::new);
    }
}
