package io.planscreen.screening.internal;

import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a stage's failure that may pass (the database away, a timeout under load: retried with backoff)
 * from one the document causes (its text refused by the database, a parser's stack overflow: the same on
 * every attempt, so it ends at once as a typed rejection). What is neither is retried, and ends as a
 * rejection when it fails the same way again.
 */
final class Failures {

    enum Kind {
        TRANSIENT,
        CONTENT,
        UNKNOWN
    }

    private Failures() {}

    static Kind kind(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PlanScreenException problem) {
                if (problem.problem().code().startsWith("document.")) {
                    return Kind.CONTENT;
                }
                if (problem.problem().equals(ProblemCode.UNAVAILABLE)) {
                    return Kind.TRANSIENT;
                }
            }
            if (t instanceof TransientDataAccessException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException
                    || t instanceof TimeoutException
                    || t instanceof InterruptedIOException
                    || t instanceof ConnectException) {
                return Kind.TRANSIENT;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08 connection, 40 rollback/deadlock, 53 resources, 57 operator intervention (shutdown, cancel)
                if (state.startsWith("08")
                        || state.startsWith("40")
                        || state.startsWith("53")
                        || state.startsWith("57")) {
                    return Kind.TRANSIENT;
                }
                // 22 data exception (e.g. 22P05 "\u0000 cannot be converted to text"), 54 program limit exceeded
                if (state.startsWith("22") || state.startsWith("54")) {
                    return Kind.CONTENT;
                }
            }
            if (t instanceof StackOverflowError || t instanceof DataIntegrityViolationException) {
                return Kind.CONTENT;
            }
        }
        return Kind.UNKNOWN;
    }

    /** The code a content failure is told by: the document's own when it has one. */
    static ProblemCode contentProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PlanScreenException problem
                    && problem.problem().code().startsWith("document.")) {
                return problem.problem();
            }
        }
        return ProblemCode.DOCUMENT_UNPROCESSABLE;
    }

    /** What the job records of a failure; two attempts with the same signature failed "the same way". */
    static String describe(Object stage, Throwable failure) {
        return stage + ": " + failure;
    }
}
