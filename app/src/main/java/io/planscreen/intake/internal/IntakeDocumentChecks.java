package io.planscreen.intake.internal;

import io.planscreen.intake.DocumentChecks;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The document checks intake runs on every upload: {@link DocumentInspector} on the bounded inspection pool. */
@Component
class IntakeDocumentChecks implements DocumentChecks {

    private static final Logger log = LoggerFactory.getLogger(IntakeDocumentChecks.class);

    private final DocumentInspector inspector;

    private final InspectionExecutor executor;

    private final IntakeProperties limits;

    IntakeDocumentChecks(DocumentInspector inspector, InspectionExecutor executor, IntakeProperties limits) {
        this.inspector = inspector;
        this.executor = executor;
        this.limits = limits;
    }

    /** Size limit first, then the inspection; refusals are {@link IntakeProblems.Refusal}s with their reason. */
    @Override
    public DocumentType inspect(byte[] content, String declaredName) {
        if (content.length > limits.maxSize().toBytes()) {
            throw IntakeProblems.refuse(
                    ProblemCode.DOCUMENT_TOO_LARGE,
                    "size " + content.length + " > " + limits.maxSize().toBytes());
        }
        Future<DocumentType> future;
        try {
            future = executor.submit(() -> inspector.inspect(content, declaredName));
        } catch (RejectedExecutionException e) {
            throw new PlanScreenException(ProblemCode.UNAVAILABLE);
        }
        try {
            return future.get(limits.inspectionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw IntakeProblems.refuse(
                    ProblemCode.DOCUMENT_PARSE_TIMEOUT, "inspection exceeded " + limits.inspectionTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanScreenException(ProblemCode.UNAVAILABLE);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IntakeProblems.Refusal refusal) {
                throw refusal;
            }
            // An OutOfMemoryError or a parser bug on a hostile file: that file is refused, the service goes on.
            log.warn("upload inspection failed: {}", String.valueOf(cause));
            throw IntakeProblems.refuse(ProblemCode.DOCUMENT_UNREADABLE, "inspection failed: " + cause);
        }
    }
}
