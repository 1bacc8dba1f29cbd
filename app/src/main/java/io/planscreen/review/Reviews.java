package io.planscreen.review;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.parsing.FileProvenance;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.screening.ApplicationView;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.WriterEvidence;
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

    /**
     * @param risk 0..1, what the queue is ordered by; {@code signals} say why (codes for i18n)
     * @param flagged for closer review: by the model, or as part of a writer cluster spanning three or more
     *     companies
     * @param writerClusterCompanies companies in the application's writer cluster (0: in none)
     */
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
            List<String> signals,
            int writerClusterCompanies) {}

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

    /**
     * Everything an evaluator needs to decide; parts the pipeline has not produced are null or empty.
     *
     * @param reuse the reuse report as this caller may see it ({@link ReuseReport#visibleTo}): other
     *     applications from programs the caller is not assigned to are left out, text and id alike
     * @param writerCluster the applications sharing a writer with this one across companies, as this caller may
     *     see them (others counted), or null when it shares a writer with no other company
     * @param provenance what the original file says about its writer and template
     * @param explanation the reasons raising and lowering the likelihood, with checkable numbers
     * @param withheldApplications how many other applications the stored report names that this caller may not
     *     read (counted, never shown)
     */
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
            List<Decision> decisions,
            int withheldApplications,
            WriterEvidence.@Nullable Cluster writerCluster,
            @Nullable FileProvenance provenance,
            List<ExplanationLine> explanation) {}

    /**
     * One line of the evaluator's explanation, in both languages (pages show one, by the reader's locale).
     *
     * @param kind RAISES or LOWERS the likelihood of broker writing, a FACT, or a NOTE on reading them together
     */
    record ExplanationLine(Kind kind, String textKo, String textEn) {

        public enum Kind {
            RAISES,
            LOWERS,
            FACT,
            NOTE
        }
    }
}
