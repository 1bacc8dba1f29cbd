package io.planscreen.review.internal;

import io.planscreen.review.ReviewProblems;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who may read an application under review, and who may decide on it now. */
@Component
class ReviewAccess {

    /** The statuses in which an application waits for (or is under) review. */
    static final Set<ApplicationStatus> OPEN = Set.of(ApplicationStatus.SCREENED, ApplicationStatus.IN_REVIEW);

    private final Screening screening;

    ReviewAccess(Screening screening) {
        this.screening = screening;
    }

    /** Readable by this caller, or "not found" (never a hint that it exists). */
    ApplicationView readable(CurrentUser user, ApplicationId application) {
        return screening
                .view(application)
                .filter(v ->
                        (user.is(Role.EVALUATOR) || user.is(Role.AUDITOR)) && user.mayRead(v.company(), v.program()))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
    }

    /** Readable, and open for a decision by this evaluator. */
    ApplicationView deciding(CurrentUser user, ApplicationId application) {
        if (!user.is(Role.EVALUATOR)) {
            throw new PlanScreenException(ProblemCode.FORBIDDEN);
        }
        ApplicationView view = readable(user, application);
        if (!OPEN.contains(view.status())) {
            throw new PlanScreenException(
                    ReviewProblems.NOT_REVIEWABLE, view.status().name());
        }
        return view;
    }
}
