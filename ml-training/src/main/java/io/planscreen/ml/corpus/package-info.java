/** The deterministic synthetic corpus of Korean and English business plans, own-voice and broker-written, with gold fields. */
@NullMarked
package io.planscreen.ml.corpus;

import org.jspecify.annotations.NullMarked;
