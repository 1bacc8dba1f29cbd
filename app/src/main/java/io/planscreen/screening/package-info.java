/**
 * The screening pipeline: a persistent job per application that runs each module's {@link
 * io.planscreen.screening.PipelineStep} in order, with leases, retries, backoff and a dead-letter state;
 * owns the application status and the status API.
 */
@NullMarked
package io.planscreen.screening;

import org.jspecify.annotations.NullMarked;
