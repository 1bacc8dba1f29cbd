/**
 * planscreen's machine-learning library as the service runs it: plan vocabulary, features, reuse signatures
 * and the DJL broker classifier's predictor (training, the corpus generator and renderers are in ml-training). An open module: every service module may use any of it.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "ml-models library")
package io.planscreen.ml;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
