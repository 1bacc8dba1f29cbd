package io.planscreen.review.internal;

import io.planscreen.review.ReviewOutcome;
import io.planscreen.review.Reviews;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Review's facade over its three parts: the queue ({@link ReviewQueue}), one application's evidence
 * ({@link EvaluatorViews}) and the evaluators' decisions ({@link ReviewDecisions}); each checks the caller.
 */
@Service
class ReviewService implements Reviews {

    private final ReviewQueue queue;

    private final EvaluatorViews views;

    private final ReviewDecisions decisions;

    ReviewService(ReviewQueue queue, EvaluatorViews views, ReviewDecisions decisions) {
        this.queue = queue;
        this.views = views;
        this.decisions = decisions;
    }

    @Override
    public List<QueueItem> queue(CurrentUser user, ProgramId program, QueueFilter filter) {
        return queue.queue(user, program, filter);
    }

    @Override
    public EvaluatorView view(CurrentUser user, ApplicationId application) {
        return views.view(user, application);
    }

    @Override
    public void assign(CurrentUser user, ApplicationId application, String evaluator) {
        decisions.assign(user, application, evaluator);
    }

    @Override
    public Decision decide(CurrentUser user, ApplicationId application, ReviewOutcome outcome, String reason) {
        return decisions.decide(user, application, outcome, reason);
    }

    @Override
    public Decision confirmReferral(CurrentUser user, ApplicationId application, String reason) {
        return decisions.confirmReferral(user, application, reason);
    }

    @Override
    public byte[] pageImage(CurrentUser user, ApplicationId application, int page, @Nullable Range highlight) {
        return views.pageImage(user, application, page, highlight);
    }
}
