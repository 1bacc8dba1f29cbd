/** Language-independent paragraph representations (character shingles, MinHash, hashed n-gram vectors) for Korean text reuse. */
@NullMarked
package io.planscreen.ml.reuse;

import org.jspecify.annotations.NullMarked;
