package io.planscreen.screening;

import io.planscreen.shared.ApplicationId;

/**
 * One module's part of the pipeline (parsing, extraction, similarity, scoring, ...), found as a Spring
 * bean. Steps must be idempotent: after a crash or a lost lease the same stage runs again for the same
 * application and must overwrite, not duplicate, what it stored. Throwing means "try again later" (with
 * backoff, then dead letter); {@link StepResult#rejectInput} means the input itself is unusable.
 */
public interface PipelineStep {

    PipelineStage stage();

    StepResult run(ApplicationId application);
}
