package io.planscreen.ml.broker;

/** Per-feature mean and standard deviation from the training split; the model sees z-scores. */
public record FeatureNormalization(double[] mean, double[] std) {

    public static FeatureNormalization fit(double[][] rows) {
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] std = new double[d];
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / rows.length;
            }
        }
        for (double[] r : rows) {
            for (int j = 0; j < d; j++) {
                std[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / rows.length;
            }
        }
        for (int j = 0; j < d; j++) {
            std[j] = Math.max(Math.sqrt(std[j]), 1e-6);
        }
        return new FeatureNormalization(mean, std);
    }

    public float[] apply(double[] raw) {
        float[] z = new float[raw.length];
        for (int j = 0; j < raw.length; j++) {
            z[j] = (float) Math.max(-6, Math.min(6, (raw[j] - mean[j]) / std[j]));
        }
        return z;
    }
}
