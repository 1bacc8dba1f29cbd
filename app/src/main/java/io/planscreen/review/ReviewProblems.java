package io.planscreen.review;

import io.planscreen.shared.ProblemCode;
import org.springframework.http.HttpStatus;

/** Problem codes of the review module (texts in i18n/review_*.properties). */
public final class ReviewProblems {

    public static final ProblemCode REASON_REQUIRED = new ProblemCode("review.reason_required", HttpStatus.BAD_REQUEST);

    public static final ProblemCode NOT_REVIEWABLE = new ProblemCode("review.not_reviewable", HttpStatus.CONFLICT);

    public static final ProblemCode SECOND_EVALUATOR_REQUIRED =
            new ProblemCode("review.second_evaluator_required", HttpStatus.CONFLICT);

    public static final ProblemCode NO_REFERRAL_PENDING =
            new ProblemCode("review.no_referral_pending", HttpStatus.CONFLICT);

    public static final ProblemCode ASSIGNEE_INVALID =
            new ProblemCode("review.assignee_invalid", HttpStatus.BAD_REQUEST);

    public static final ProblemCode PAGE_NOT_RENDERABLE =
            new ProblemCode("review.page_not_renderable", HttpStatus.UNPROCESSABLE_CONTENT);

    public static final ProblemCode NOTHING_REQUESTED =
            new ProblemCode("review.nothing_requested", HttpStatus.CONFLICT);

    public static final ProblemCode ANSWER_EMPTY = new ProblemCode("review.answer_empty", HttpStatus.BAD_REQUEST);

    private ReviewProblems() {}
}
