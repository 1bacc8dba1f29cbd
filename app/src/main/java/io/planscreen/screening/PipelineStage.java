package io.planscreen.screening;

import org.jspecify.annotations.Nullable;

/** The automatic stages, in order, and the status an application has once a stage is done. */
public enum PipelineStage {
    PARSE(ApplicationStatus.PARSED),
    EXTRACT(ApplicationStatus.EXTRACTED),
    SIMILARITY(ApplicationStatus.EXTRACTED),
    SCORE(ApplicationStatus.SCORED),
    SCREEN(ApplicationStatus.SCREENED);

    private final ApplicationStatus statusWhenDone;

    PipelineStage(ApplicationStatus statusWhenDone) {
        this.statusWhenDone = statusWhenDone;
    }

    public ApplicationStatus statusWhenDone() {
        return statusWhenDone;
    }

    /** The status an application has while this stage is still to do. */
    public ApplicationStatus statusBefore() {
        return ordinal() == 0 ? ApplicationStatus.RECEIVED : values()[ordinal() - 1].statusWhenDone();
    }

    public @Nullable PipelineStage next() {
        int next = ordinal() + 1;
        return next < values().length ? values()[next] : null;
    }
}
