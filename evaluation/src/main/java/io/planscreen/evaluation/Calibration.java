package io.planscreen.evaluation;

/**
 * Expected calibration error over equal-width probability bins: the sample-weighted gap between the
 * mean predicted probability and the observed positive rate in each bin.
 */
public final class Calibration {

    /** @param meanPredicted NaN for an empty bin */
    public record Bin(double lower, double upper, long count, double meanPredicted, double observedRate) {}

    private Calibration() {}

    public static Bin[] bins(double[] probabilities, int[] labels, int bins) {
        long[] count = new long[bins];
        double[] sumP = new double[bins];
        double[] sumY = new double[bins];
        for (int i = 0; i < probabilities.length; i++) {
            int b = Math.min(bins - 1, (int) Math.floor(probabilities[i] * bins));
            count[b]++;
            sumP[b] += probabilities[i];
            sumY[b] += labels[i];
        }
        Bin[] out = new Bin[bins];
        for (int b = 0; b < bins; b++) {
            out[b] = new Bin(
                    (double) b / bins,
                    (double) (b + 1) / bins,
                    count[b],
                    count[b] == 0 ? Double.NaN : sumP[b] / count[b],
                    count[b] == 0 ? Double.NaN : sumY[b] / count[b]);
        }
        return out;
    }

    public static double ece(double[] probabilities, int[] labels, int bins) {
        if (probabilities.length == 0) {
            return 0;
        }
        double ece = 0;
        for (Bin bin : bins(probabilities, labels, bins)) {
            if (bin.count() > 0) {
                ece += (double) bin.count() / probabilities.length * Math.abs(bin.meanPredicted() - bin.observedRate());
            }
        }
        return ece;
    }
}
