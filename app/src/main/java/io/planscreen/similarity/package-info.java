/** Korean-capable cross-application text reuse: shingle signatures in pgvector, reuse clusters. */
@NullMarked
package io.planscreen.similarity;

import org.jspecify.annotations.NullMarked;
