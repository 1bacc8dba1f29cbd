package io.planscreen.ml.training;

import io.planscreen.ml.broker.FeatureNormalization;
import io.planscreen.ml.features.PlanFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Chooses which features generalise to broker agencies the model has not seen, on the training split
 * alone: leave-agencies-out folds (each fold holds out whole agencies plus a seeded share of the own-voice
 * plans), scored by the mean held-out ROC-AUC of an L2-regularised logistic regression. Backward
 * elimination drops, one at a time, the feature whose removal raises that score most, and stops when
 * every removal costs more than {@code tolerance}. Style features that only describe the training
 * agencies' house style go first. Deterministic: same rows and seed → same features.
 */
public final class FeatureSelection {

    /** The outcome, with the grouped-CV score before and after and the order in which features went. */
    public record Result(List<String> kept, List<String> dropped, double scoreAll, double scoreKept, int folds) {}

    private FeatureSelection() {}

    public static Result backward(
            List<BrokerDataset.Row> train,
            int folds,
            double lambda,
            double tolerance,
            long seed,
            Consumer<String> progress) {
        return backward(train, PlanFeatures.names(), folds, lambda, tolerance, seed, progress);
    }

    /** Backward elimination starting from {@code pool}, a subset of {@link PlanFeatures#names()}. */
    public static Result backward(
            List<BrokerDataset.Row> train,
            List<String> pool,
            int folds,
            double lambda,
            double tolerance,
            long seed,
            Consumer<String> progress) {
        double[][] x = BrokerDataset.x(train);
        int[] y = BrokerDataset.y(train);
        int[] fold = folds(train, folds, seed);
        List<Integer> current = new ArrayList<>();
        for (String name : pool) {
            int j = PlanFeatures.names().indexOf(name);
            if (j < 0) {
                throw new IllegalArgumentException("unknown feature " + name);
            }
            current.add(j);
        }
        double all = score(x, y, fold, folds, current, lambda);
        double best = all;
        progress.accept("feature selection: %d leave-agencies-out folds, all %d features: ROC-AUC %.4f"
                .formatted(folds, current.size(), all));
        List<String> dropped = new ArrayList<>();
        while (current.size() > 2) {
            double bestScore = -1;
            int bestDrop = -1;
            for (int candidate : current) {
                List<Integer> without = new ArrayList<>(current);
                without.remove(Integer.valueOf(candidate));
                double s = score(x, y, fold, folds, without, lambda);
                if (s > bestScore + 1e-12) {
                    bestScore = s;
                    bestDrop = candidate;
                }
            }
            if (bestScore < best - tolerance) {
                break;
            }
            current.remove(Integer.valueOf(bestDrop));
            String name = PlanFeatures.names().get(bestDrop);
            dropped.add(name);
            best = Math.max(best, bestScore);
            progress.accept("  drop %s → %.4f".formatted(name, bestScore));
        }
        double kept = score(x, y, fold, folds, current, lambda);
        return new Result(current.stream().map(PlanFeatures.names()::get).toList(), dropped, all, kept, folds);
    }

    /**
     * Fold per row: broker plans by agency (agencies sorted by name, dealt round-robin), own-voice plans
     * by a seeded draw — so every fold's broker plans come from agencies absent from its training part.
     */
    static int[] folds(List<BrokerDataset.Row> rows, int folds, long seed) {
        List<String> agencies = new ArrayList<>(new TreeSet<>(rows.stream()
                .filter(r -> r.plan().brokerWritten())
                .map(r -> r.plan().broker())
                .toList()));
        if (agencies.size() < folds) {
            throw new IllegalArgumentException(
                    "need at least %d training agencies, found %d".formatted(folds, agencies.size()));
        }
        Random random = new Random(seed);
        int[] fold = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            LabeledPlan p = rows.get(i).plan();
            fold[i] = p.brokerWritten() ? agencies.indexOf(p.broker()) % folds : random.nextInt(folds);
        }
        return fold;
    }

    /** Mean held-out ROC-AUC over the folds for one feature subset. */
    static double score(double[][] x, int[] y, int[] fold, int folds, List<Integer> columns, double lambda) {
        double sum = 0;
        for (int k = 0; k < folds; k++) {
            List<double[]> fitX = new ArrayList<>();
            List<Integer> fitY = new ArrayList<>();
            List<double[]> heldX = new ArrayList<>();
            List<Integer> heldY = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                double[] row = new double[columns.size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = x[i][columns.get(j)];
                }
                (fold[i] == k ? heldX : fitX).add(row);
                (fold[i] == k ? heldY : fitY).add(y[i]);
            }
            Logistic model = Logistic.fit(
                    fitX.toArray(double[][]::new),
                    fitY.stream().mapToInt(v -> v).toArray(),
                    lambda);
            double[] scores = heldX.stream().mapToDouble(model::logit).toArray();
            sum += Metrics.rocAuc(scores, heldY.stream().mapToInt(v -> v).toArray());
        }
        return sum / folds;
    }

    /** L2-regularised logistic regression on clipped z-scores, fitted by Newton steps. */
    record Logistic(FeatureNormalization norm, double[] w) {

        static final int STEPS = 8;

        static Logistic fit(double[][] x, int[] y, double lambda) {
            FeatureNormalization norm = FeatureNormalization.fit(x);
            int n = x.length;
            int d = x[0].length + 1;
            double[][] z = new double[n][d];
            for (int i = 0; i < n; i++) {
                float[] zi = norm.apply(x[i]);
                for (int j = 0; j < d - 1; j++) {
                    z[i][j] = zi[j];
                }
                z[i][d - 1] = 1;
            }
            double[] w = new double[d];
            for (int step = 0; step < STEPS; step++) {
                double[] g = new double[d];
                double[][] h = new double[d][d];
                for (int i = 0; i < n; i++) {
                    double p = sigmoid(dot(w, z[i]));
                    double r = p * (1 - p);
                    for (int a = 0; a < d; a++) {
                        g[a] += (p - y[i]) * z[i][a] / n;
                        for (int b = a; b < d; b++) {
                            h[a][b] += r * z[i][a] * z[i][b] / n;
                        }
                    }
                }
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < a; b++) {
                        h[a][b] = h[b][a];
                    }
                    if (a < d - 1) {
                        g[a] += lambda * w[a];
                        h[a][a] += lambda;
                    } else {
                        h[a][a] += 1e-9;
                    }
                }
                double[] delta = solve(h, g);
                for (int a = 0; a < d; a++) {
                    w[a] -= delta[a];
                }
            }
            return new Logistic(norm, w);
        }

        double logit(double[] raw) {
            float[] zi = norm.apply(raw);
            double s = w[w.length - 1];
            for (int j = 0; j < zi.length; j++) {
                s += w[j] * zi[j];
            }
            return s;
        }

        private static double dot(double[] a, double[] b) {
            double s = 0;
            for (int i = 0; i < a.length; i++) {
                s += a[i] * b[i];
            }
            return s;
        }

        private static double sigmoid(double t) {
            return 1 / (1 + Math.exp(-t));
        }

        /** Gaussian elimination with partial pivoting (h is small: features + 1). */
        private static double[] solve(double[][] h, double[] g) {
            int d = g.length;
            double[][] a = new double[d][d + 1];
            for (int i = 0; i < d; i++) {
                System.arraycopy(h[i], 0, a[i], 0, d);
                a[i][d] = g[i];
            }
            for (int c = 0; c < d; c++) {
                int pivot = c;
                for (int r = c + 1; r < d; r++) {
                    if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                        pivot = r;
                    }
                }
                double[] t = a[c];
                a[c] = a[pivot];
                a[pivot] = t;
                if (Math.abs(a[c][c]) < 1e-12) {
                    continue;
                }
                for (int r = c + 1; r < d; r++) {
                    double f = a[r][c] / a[c][c];
                    for (int k = c; k <= d; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
            double[] out = new double[d];
            for (int r = d - 1; r >= 0; r--) {
                double s = a[r][d];
                for (int k = r + 1; k < d; k++) {
                    s -= a[r][k] * out[k];
                }
                out[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : s / a[r][r];
            }
            return out;
        }
    }
}
