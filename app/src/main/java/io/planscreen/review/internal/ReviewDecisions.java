package io.planscreen.review.internal;

import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.review.ReviewOutcome;
import io.planscreen.review.ReviewProblems;
import io.planscreen.review.Reviews.Decision;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.Sha256;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What evaluators decide: an assignment, a decision with its reason, a referral that takes effect only once a
 * second evaluator confirms it. Each decision is audited as the evaluator's, beside the model output it was about.
 */
@Component
class ReviewDecisions {

    private final ReviewAccess access;

    private final Screening screening;

    private final ReviewRepository repository;

    private final UserAccounts accounts;

    private final ApplicationEventPublisher events;

    private final Applications applications;

    private final BrokerScoring scoring;

    ReviewDecisions(
            ReviewAccess access,
            Screening screening,
            ReviewRepository repository,
            UserAccounts accounts,
            ApplicationEventPublisher events,
            Applications applications,
            BrokerScoring scoring) {
        this.access = access;
        this.screening = screening;
        this.repository = repository;
        this.accounts = accounts;
        this.events = events;
        this.applications = applications;
        this.scoring = scoring;
    }

    @Transactional
    void assign(CurrentUser user, ApplicationId application, String evaluator) {
        ApplicationView view = access.deciding(user, application);
        boolean eligible = accounts.users().stream()
                .anyMatch(u -> u.username().equals(evaluator)
                        && u.role() == Role.EVALUATOR
                        && u.programs().contains(view.program()));
        if (!eligible) {
            throw new PlanScreenException(ReviewProblems.ASSIGNEE_INVALID, evaluator);
        }
        repository.assign(application, evaluator, user.username());
        screening.markInReview(application);
    }

    @Transactional
    Decision decide(CurrentUser user, ApplicationId application, ReviewOutcome outcome, String reason) {
        String why = requireReason(reason);
        ApplicationView view = access.deciding(user, application);
        if (pending(application) != null) {
            throw new PlanScreenException(
                    ReviewProblems.NOT_REVIEWABLE, view.status().name());
        }
        if (outcome == ReviewOutcome.REFER) {
            Decision proposal = repository.insert(
                    application, view.program(), outcome, why, user.username(), Decision.State.PENDING_CONFIRMATION);
            screening.markInReview(application);
            publishAudit(application, "review.referral-proposed", user.username(), outcome, why);
            return proposal;
        }
        Decision decision =
                repository.insert(application, view.program(), outcome, why, user.username(), Decision.State.FINAL);
        takeEffect(view, decision, user.username(), null, why);
        return decision;
    }

    @Transactional
    Decision confirmReferral(CurrentUser user, ApplicationId application, String reason) {
        String why = requireReason(reason);
        ApplicationView view = access.deciding(user, application);
        Decision proposal = repository
                .pendingReferral(application)
                .orElseThrow(() -> new PlanScreenException(ReviewProblems.NO_REFERRAL_PENDING));
        if (proposal.evaluator().equals(user.username())) {
            throw new PlanScreenException(ReviewProblems.SECOND_EVALUATOR_REQUIRED);
        }
        Decision confirmed = repository.confirm(proposal.id(), user.username(), why);
        takeEffect(
                view,
                confirmed,
                user.username(),
                user.username(),
                proposal.evaluator() + ": " + proposal.reason() + " / " + user.username() + ": " + why);
        return confirmed;
    }

    private void takeEffect(
            ApplicationView view, Decision decision, String actor, @Nullable String confirmedBy, String explanation) {
        screening.markDecided(view.id());
        publishAudit(view.id(), "review.decision", actor, decision.outcome(), explanation);
    }

    private void publishAudit(
            ApplicationId application, String step, String actor, ReviewOutcome outcome, String explanation) {
        BrokerAssessment broker = broker(application);
        String output = "{\"outcome\":\"" + outcome.name() + "\",\"modelFlagged\":"
                + (broker != null && broker.flagged()) + ",\"probability\":"
                + (broker == null ? "null" : String.format(Locale.ROOT, "%.4f", broker.probability())) + "}";
        String input = applications
                .facts(application)
                .map(ApplicationFacts::sha256)
                .orElseGet(() -> Sha256.hex("application:" + application.value()));
        events.publishEvent(AuditableDecision.human(actor)
                .decided(application, step, input, output, explanation)
                .withModel(
                        broker == null ? null : broker.modelVersion(), broker == null ? null : broker.modelSha256()));
    }

    private @Nullable Decision pending(ApplicationId application) {
        return repository.decisions(application).stream()
                .filter(d -> d.state() == Decision.State.PENDING_CONFIRMATION)
                .findFirst()
                .orElse(null);
    }

    private @Nullable BrokerAssessment broker(ApplicationId application) {
        return scoring.assessment(application).orElse(null);
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PlanScreenException(ReviewProblems.REASON_REQUIRED);
        }
        return reason.strip();
    }
}
