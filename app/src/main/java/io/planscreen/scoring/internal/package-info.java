/** Scoring's implementation: model loading with hash checks, the SCORE pipeline step, storage, the evaluator API. */
@NullMarked
package io.planscreen.scoring.internal;

import org.jspecify.annotations.NullMarked;
