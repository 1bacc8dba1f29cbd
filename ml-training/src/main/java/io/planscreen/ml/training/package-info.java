/**
 * Training the broker-written-plan classifier: datasets from generated corpora, the DJL trainer and
 * its candidate selection, calibration checks, evaluation and the model card. Not in the service jar.
 */
@NullMarked
package io.planscreen.ml.training;

import org.jspecify.annotations.NullMarked;
