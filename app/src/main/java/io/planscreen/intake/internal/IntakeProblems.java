package io.planscreen.intake.internal;

import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;

/** Builds intake's refusals: a stable code for the company plus a reason kept for the record. */
final class IntakeProblems {

    private IntakeProblems() {}

    /** A refusal with the reason recorded in intake_rejection (never shown raw to the company). */
    static final class Refusal extends PlanScreenException {

        private final String reason;

        Refusal(ProblemCode problem, String reason, Object... arguments) {
            super(problem, arguments);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    static Refusal refuse(ProblemCode problem, String reason, Object... arguments) {
        return new Refusal(problem, reason, arguments);
    }
}
