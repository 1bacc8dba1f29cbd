/** Offline and LLM rubric, the per-company rate limit and the self-assessment endpoint; not API. */
@NullMarked
package io.planscreen.selfassessment.internal;

import org.jspecify.annotations.NullMarked;
