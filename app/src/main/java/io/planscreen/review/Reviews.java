package io.planscreen.review;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.screening.ApplicationView;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Review's facade, used by its REST API and the web pages. Every method checks the caller: evaluators
 * act only within their programs; anything outside them answers "not found".
 */
public interface Reviews {

    /** Screened applications of a program, highest risk first. */
    List<QueueItem> queue(CurrentUser user, ProgramId program, QueueFilter filter);

    EvaluatorView view(CurrentUser user, ApplicationId application);

    void assign(CurrentUser user, ApplicationId application, String evaluator);

    Decision decide(CurrentUser user, ApplicationId application, ReviewOutcome outcome, String reason);

    /** A second evaluator confirms a pending referral; then it takes effect. */
    Decision confirmReferral(CurrentUser user, ApplicationId application, String reason);

    /** PNG of one page of the original, the characters {@code [start, end)} boxed in colour when given. */
    byte[] pageImage(CurrentUser user, ApplicationId application, int page, @Nullable Range highlight);

    record Range(int start, int end) {}

    /**
     * @param assignee "me", "none" or null for anyone
     * @param status e.g. SCREENED, IN_REVIEW, DECIDED; null for the open ones (SCREENED and IN_REVIEW)
     */
    record QueueFilter(
            @Nullable String status,
            boolean flaggedOnly,
            boolean hiddenTextOnly,
            @Nullable String assignee) {

        public static QueueFilter open() {
            return new QueueFilter(null, false, false, null);
        }
    }

    /** @param risk 0..1, what the queue is ordered by; {@code signals} say why (codes for i18n) */
    record QueueItem(
            ApplicationView application,
            double risk,
            @Nullable Double brokerProbability,
            boolean flagged,
            double maxReuse,
            int findings,
            boolean hiddenText,
            boolean needsOcr,
            @Nullable String assignee,
            @Nullable Decision pending,
            List<String> signals) {}

    record Decision(
            long id,
            ApplicationId application,
            ReviewOutcome outcome,
            String reason,
            String evaluator,
            State state,
            @Nullable String confirmedBy,
            @Nullable String confirmReason,
            Instant decidedAt) {

        public enum State {
            FINAL,
            PENDING_CONFIRMATION,
            CONFIRMED
        }
    }

    /**
     * What one piece of evidence added to the risk score, for the page to say in words.
     *
     * @param code "broker", "reuse", "findings", "hidden_text" or "needs_ocr" (message {@code risk.part.<code>})
     * @param points the part of the 0..100 score it added
     * @param args the message's arguments: the evidence's own figures, then the points
     */
    record RiskPart(String code, long points, List<Object> args) {

        public RiskPart {
            args = List.copyOf(args);
        }
    }

    /** Everything an evaluator needs to decide; parts the pipeline has not produced are null or empty. */
    record EvaluatorView(
            ApplicationView application,
            double risk,
            List<String> signals,
            List<RiskPart> riskParts,
            @Nullable ExtractionResult extraction,
            @Nullable BrokerAssessment broker,
            @Nullable ReuseReport reuse,
            List<ParsedDocument.HiddenText> hiddenText,
            List<Integer> pagesNeedingOcr,
            int pageCount,
            boolean pagesRenderable,
            @Nullable String assignee,
            List<Decision> decisions) {}
}
