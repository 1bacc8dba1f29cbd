/** Similarity's implementation: storage of paragraph signatures in pgvector, lookup, the pipeline step. */
@NullMarked
package io.planscreen.similarity.internal;

import org.jspecify.annotations.NullMarked;
