package io.planscreen.audit.internal;

import io.planscreen.intake.Applications;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Human overrides of the model: a review that clears a flagged application or refers one the model did not
 * flag, judged against the last scoring decision before the review.
 */
@Service
class Overrides {

    private final Decisions decisions;

    private final Applications applications;

    Overrides(Decisions decisions, Applications applications) {
        this.decisions = decisions;
        this.applications = applications;
    }

    /** @param kind CLEARED_FLAG or REFERRED_UNFLAGGED */
    record Override(Decisions.ReviewedScore review, String kind) {}

    /**
     * @param reviewed reviews in the range that had a scoring decision before them
     * @param rate overrides / reviewed
     */
    record Report(
            @Nullable String program,
            Instant from,
            Instant to,
            int reviewed,
            int overrides,
            int clearedFlags,
            int referredUnflagged,
            @Nullable Double rate,
            List<Override> items) {}

    Report report(Instant from, Instant to, @Nullable ProgramId program) {
        List<Decisions.ReviewedScore> reviews = decisions.reviews(from, to).stream()
                .filter(r -> r.flagged() != null)
                .toList();
        if (program != null) {
            reviews = reviews.stream()
                    .filter(r -> applications
                            .facts(new ApplicationId(r.application()))
                            .map(f -> f.program().equals(program))
                            .orElse(false))
                    .toList();
        }
        List<Override> items =
                reviews.stream().map(Overrides::override).filter(o -> o != null).toList();
        int cleared = (int)
                items.stream().filter(o -> o.kind().equals("CLEARED_FLAG")).count();
        return new Report(
                program == null ? null : program.value(),
                from,
                to,
                reviews.size(),
                items.size(),
                cleared,
                items.size() - cleared,
                reviews.isEmpty() ? null : (double) items.size() / reviews.size(),
                items);
    }

    private static @Nullable Override override(Decisions.ReviewedScore review) {
        boolean flagged = Boolean.TRUE.equals(review.flagged());
        if (flagged && "CLEAR".equals(review.outcome())) {
            return new Override(review, "CLEARED_FLAG");
        }
        if (!flagged && "REFER".equals(review.outcome())) {
            return new Override(review, "REFERRED_UNFLAGGED");
        }
        return null;
    }
}
