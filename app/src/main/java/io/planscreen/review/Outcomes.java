package io.planscreen.review;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the company sees of the human decision, and how it answers a request for information. The
 * company reads only its own applications; evaluators and auditors read those they may read.
 */
public interface Outcomes {

    /** The decision in effect (a referral only once confirmed), empty while none is. */
    Optional<ApplicantOutcome> outcome(CurrentUser user, ApplicationId application);

    /**
     * The company answers the request in effect with a note, a document or both; the application returns
     * to the evaluators (IN_REVIEW).
     */
    Answer answer(CurrentUser user, ApplicationId application, String note, @Nullable Upload upload);

    /** Every answer the company gave, oldest first. */
    List<Answer> answers(CurrentUser user, ApplicationId application);

    /** @param documentKey the program's document key the file stands for, or "other" */
    record Upload(String documentKey, String declaredName, byte[] content) {}

    /**
     * @param awaitingAnswer a request for information the company has not answered yet
     */
    record ApplicantOutcome(
            ReviewOutcome outcome, String reason, Instant decidedAt, boolean awaitingAnswer, List<Answer> answers) {}

    record Answer(
            long id,
            long decisionId,
            String note,
            @Nullable String attachmentName,
            @Nullable String attachmentDocumentKey,
            String answeredBy,
            Instant answeredAt) {}
}
