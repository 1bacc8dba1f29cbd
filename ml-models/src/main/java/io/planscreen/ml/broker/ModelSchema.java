package io.planscreen.ml.broker;

import java.util.List;

/**
 * Everything besides the weights that a prediction needs, stored as {@code feature-schema.json}: the
 * feature order with the training split's normalisation, the network shape, the calibration and the
 * operating threshold.
 */
public record ModelSchema(
        String name,
        String version,
        List<String> features,
        double[] mean,
        double[] std,
        int[] hidden,
        double plattA,
        double plattB,
        double threshold,
        double mediumFrom,
        long seed) {

    public FeatureNormalization normalization() {
        return new FeatureNormalization(mean, std);
    }

    /** This schema with another operating threshold; the MEDIUM band starts at half of it (at most 0.25). */
    public ModelSchema withThreshold(double operating) {
        return new ModelSchema(
                name,
                version,
                features,
                mean,
                std,
                hidden,
                plattA,
                plattB,
                operating,
                Math.min(operating, 0.5) / 2,
                seed);
    }

    public PlattCalibration calibration() {
        return new PlattCalibration(plattA, plattB);
    }
}
