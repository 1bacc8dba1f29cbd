/** The evaluation harness: runs planscreen's pipeline over a labelled dataset and writes a readable report with metrics and plots. */
@NullMarked
package io.planscreen.evaluation;

import org.jspecify.annotations.NullMarked;
