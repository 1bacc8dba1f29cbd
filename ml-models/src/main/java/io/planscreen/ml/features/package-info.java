/** Plan features for the broker classifier — one code path for training (corpus) and serving (parsed uploads). */
@NullMarked
package io.planscreen.ml.features;

import org.jspecify.annotations.NullMarked;
