package io.planscreen.review.internal;

import io.planscreen.intake.Attachments;
import io.planscreen.review.Outcomes;
import io.planscreen.review.ReviewOutcome;
import io.planscreen.review.ReviewProblems;
import io.planscreen.review.Reviews.Decision;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.Sha256;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision as the company sees it (outcome, reason, what is asked) and the company's answer to it. */
@Service
class OutcomeService implements Outcomes {

    private final Screening screening;

    private final ReviewRepository repository;

    private final AnswerRepository answers;

    private final Attachments attachments;

    private final ApplicationEventPublisher events;

    OutcomeService(
            Screening screening,
            ReviewRepository repository,
            AnswerRepository answers,
            Attachments attachments,
            ApplicationEventPublisher events) {
        this.screening = screening;
        this.repository = repository;
        this.answers = answers;
        this.attachments = attachments;
        this.events = events;
    }

    @Override
    public Optional<ApplicantOutcome> outcome(CurrentUser user, ApplicationId application) {
        readable(user, application);
        return inEffect(application).map(decision -> {
            List<Answer> given = named(application);
            boolean answered = given.stream().anyMatch(a -> a.decisionId() == decision.id());
            return new ApplicantOutcome(
                    decision.outcome(),
                    decision.reason(),
                    decision.decidedAt(),
                    decision.outcome() == ReviewOutcome.REQUEST_INFO && !answered,
                    given);
        });
    }

    @Override
    @Transactional
    public Answer answer(CurrentUser user, ApplicationId application, String note, @Nullable Upload upload) {
        if (!user.is(Role.APPLICANT)) {
            throw new PlanScreenException(ProblemCode.FORBIDDEN);
        }
        ApplicationView view = readable(user, application);
        Decision request = inEffect(application)
                .filter(d -> d.outcome() == ReviewOutcome.REQUEST_INFO)
                .filter(d -> view.status() == ApplicationStatus.DECIDED)
                .filter(d -> answers.of(application).stream().noneMatch(a -> a.decisionId() == d.id()))
                .orElseThrow(() -> new PlanScreenException(ReviewProblems.NOTHING_REQUESTED));
        String text = note.strip();
        boolean withFile = upload != null && upload.content().length > 0;
        if (text.isEmpty() && !withFile) {
            throw new PlanScreenException(ReviewProblems.ANSWER_EMPTY);
        }
        Attachments.@Nullable Attachment attached = withFile
                ? attachments.attach(
                        user.requireCompany(),
                        application,
                        upload.documentKey(),
                        upload.declaredName(),
                        upload.content(),
                        user.username())
                : null;
        AnswerRepository.Row row = answers.insert(application, request.id(), text, attached, user.username());
        screening.markAnswered(application);
        events.publishEvent(AuditableDecision.human(user.username())
                .decided(
                        application,
                        "review.answer",
                        attached == null ? Sha256.hex(text) : attached.sha256(),
                        "{\"decisionId\":%d,\"attachment\":%s}"
                                .formatted(request.id(), attached == null ? "null" : String.valueOf(attached.id())),
                        text.isEmpty() ? "company answered with a document" : text));
        return named(row, attached == null ? List.of() : List.of(attached));
    }

    @Override
    public List<Answer> answers(CurrentUser user, ApplicationId application) {
        readable(user, application);
        return named(application);
    }

    private List<Answer> named(ApplicationId application) {
        List<Attachments.Attachment> attached = attachments.of(application);
        return answers.of(application).stream().map(row -> named(row, attached)).toList();
    }

    private static Answer named(AnswerRepository.Row row, List<Attachments.Attachment> attached) {
        Attachments.@Nullable Attachment file = attached.stream()
                .filter(a -> row.attachmentId() != null && a.id() == row.attachmentId())
                .findFirst()
                .orElse(null);
        return new Answer(
                row.id(),
                row.decisionId(),
                row.note(),
                file == null ? null : file.declaredName(),
                file == null ? null : file.documentKey(),
                row.answeredBy(),
                row.answeredAt());
    }

    /** The latest decision that took effect: a final one, or a referral a second evaluator confirmed. */
    private Optional<Decision> inEffect(ApplicationId application) {
        List<Decision> decisions = repository.decisions(application);
        for (int i = decisions.size() - 1; i >= 0; i--) {
            Decision d = decisions.get(i);
            if (d.state() != Decision.State.PENDING_CONFIRMATION) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Another company's application answers "not found", exactly like a missing one. */
    private ApplicationView readable(CurrentUser user, ApplicationId application) {
        return screening
                .view(application)
                .filter(v -> user.mayRead(v.company(), v.program()))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
    }
}
