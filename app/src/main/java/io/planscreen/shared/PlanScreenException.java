package io.planscreen.shared;

import java.util.Arrays;

/**
 * A failure the user should hear about as an RFC 9457 problem with a stable code. The message
 * arguments fill the localized detail text; they must never carry secrets or stack traces.
 */
public class PlanScreenException extends RuntimeException {

    private final ProblemCode problem;

    private final transient Object[] arguments;

    public PlanScreenException(ProblemCode problem, Object... arguments) {
        super(problem.code() + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public PlanScreenException(ProblemCode problem, Throwable cause, Object... arguments) {
        this(problem, arguments);
        initCause(cause);
    }

    public ProblemCode problem() {
        return problem;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
