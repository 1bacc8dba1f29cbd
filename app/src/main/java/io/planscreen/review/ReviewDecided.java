package io.planscreen.review;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A human decision took effect. {@code confirmedBy} is the second evaluator of a referral.
 *
 * @param modelFlagged whether the broker model had flagged the application when the human decided
 */
public record ReviewDecided(
        ApplicationId application,
        ProgramId program,
        ReviewOutcome outcome,
        String evaluator,
        @Nullable String confirmedBy,
        String reason,
        boolean modelFlagged,
        Instant at) {}
