package io.planscreen.ml.broker;

import java.util.Arrays;

/**
 * Platt scaling: p = σ(a·logit + b), fitted on the validation split by Newton's method on the log-loss
 * with Platt's smoothed targets (so a separable validation set does not push a to infinity).
 */
public record PlattCalibration(double a, double b) {

    public static final PlattCalibration IDENTITY = new PlattCalibration(1, 0);

    public double probability(double logit) {
        return 1 / (1 + Math.exp(-(a * logit + b)));
    }

    public static PlattCalibration fit(double[] logits, int[] labels) {
        long pos = Arrays.stream(labels).filter(l -> l == 1).count();
        long neg = labels.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 1, b = 0;
        double loss = loss(logits, labels, hi, lo, a, b);
        for (int iter = 0; iter < 200; iter++) {
            double ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
            for (int i = 0; i < logits.length; i++) {
                double t = labels[i] == 1 ? hi : lo;
                double p = sigmoid(a * logits[i] + b);
                double d = p - t;
                double w = Math.max(p * (1 - p), 1e-12);
                ga += d * logits[i];
                gb += d;
                haa += w * logits[i] * logits[i];
                hab += w * logits[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            // Newton with step halving: the log-loss must go down, or the step is too long.
            double step = 1;
            double next = loss(logits, labels, hi, lo, a - da, b - db);
            while (next > loss && step > 1e-8) {
                step /= 2;
                next = loss(logits, labels, hi, lo, a - step * da, b - step * db);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-12;
            loss = next;
            if (converged) {
                break;
            }
        }
        return new PlattCalibration(a, b);
    }

    private static double loss(double[] logits, int[] labels, double hi, double lo, double a, double b) {
        double loss = 0;
        for (int i = 0; i < logits.length; i++) {
            double t = labels[i] == 1 ? hi : lo;
            double z = a * logits[i] + b;
            // log(1+e^z) - t*z, computed stably
            loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - t * z;
        }
        return loss;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
