/** Throughput measurements run as commands (scripts/bench-parse), never as timed tests. */
@NullMarked
package io.planscreen.evaluation.bench;

import org.jspecify.annotations.NullMarked;
