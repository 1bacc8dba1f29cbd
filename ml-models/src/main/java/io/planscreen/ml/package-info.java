/**
 * planscreen's machine-learning library: plan vocabulary, corpus generator, features, reuse signatures
 * and the DJL broker classifier. An open module: every service module may use any of it.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "ml-models library")
package io.planscreen.ml;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
