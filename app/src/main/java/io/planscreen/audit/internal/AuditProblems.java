package io.planscreen.audit.internal;

import io.planscreen.shared.ProblemCode;
import org.springframework.http.HttpStatus;

/** Problem codes of the audit module; texts in i18n/audit_*.properties. */
final class AuditProblems {

    static final ProblemCode RECORD_NOT_FOUND = new ProblemCode("audit.record_not_found", HttpStatus.NOT_FOUND);

    static final ProblemCode CHECKPOINT_NOT_FOUND = new ProblemCode("audit.checkpoint_not_found", HttpStatus.NOT_FOUND);

    /** Only extraction and scoring decisions can be re-run. */
    static final ProblemCode NOT_REPRODUCIBLE =
            new ProblemCode("audit.not_reproducible", HttpStatus.UNPROCESSABLE_CONTENT);

    static final ProblemCode ORIGINAL_MISSING = new ProblemCode("audit.original_missing", HttpStatus.CONFLICT);

    static final ProblemCode BAD_RANGE = new ProblemCode("audit.bad_range", HttpStatus.BAD_REQUEST);

    private AuditProblems() {}
}
