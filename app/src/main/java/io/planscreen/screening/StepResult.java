package io.planscreen.screening;

import io.planscreen.shared.ProblemCode;

/** How a stage ended when it did not throw. */
public sealed interface StepResult {

    record Done() implements StepResult {}

    /** The document cannot be used (encrypted, unreadable, ...): final, the company is told why. */
    record RejectedInput(ProblemCode problem, String reason) implements StepResult {}

    static StepResult done() {
        return new Done();
    }

    static StepResult rejectInput(ProblemCode problem, String reason) {
        return new RejectedInput(problem, reason);
    }
}
