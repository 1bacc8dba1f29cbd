/** The plan vocabulary shared by the corpus generator, the features and the service: regions, field keys, plan text. */
@NullMarked
package io.planscreen.ml.plan;

import org.jspecify.annotations.NullMarked;
