/** The broker-written-plan classifier: DJL MLP training, Platt calibration, the versioned artifact and its predictor with reasons. */
@NullMarked
package io.planscreen.ml.broker;

import org.jspecify.annotations.NullMarked;
