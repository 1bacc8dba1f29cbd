/** The batch command line: screen a folder of plans with the service's own pipeline, in-process, and report. */
@NullMarked
package io.planscreen.cli;

import org.jspecify.annotations.NullMarked;
