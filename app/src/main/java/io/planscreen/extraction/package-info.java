/** Program schemas, the offline and LLM field extractors, validation, evidence, corrections and the paperwork report. */
@NullMarked
package io.planscreen.extraction;

import org.jspecify.annotations.NullMarked;
