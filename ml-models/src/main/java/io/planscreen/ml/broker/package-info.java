/** The broker-written-plan classifier as the service runs it: the versioned artifact, its integrity check and its predictor with reasons. */
@NullMarked
package io.planscreen.ml.broker;

import org.jspecify.annotations.NullMarked;
