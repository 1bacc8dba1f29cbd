package io.planscreen.review;

/** What an evaluator decides. A referral takes effect only once a second evaluator confirms it. */
public enum ReviewOutcome {
    CLEAR,
    REQUEST_INFO,
    REFER
}
