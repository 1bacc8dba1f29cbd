/** Extraction's implementation: program catalogue, offline and LLM extractors, validation, storage, API. */
@NullMarked
package io.planscreen.extraction.internal;

import org.jspecify.annotations.NullMarked;
