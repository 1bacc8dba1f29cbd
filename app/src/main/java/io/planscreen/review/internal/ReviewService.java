package io.planscreen.review.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.extraction.FindingCounts;
import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.intake.StoredDocument;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParseSummary;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.review.ReviewDecided;
import io.planscreen.review.ReviewOutcome;
import io.planscreen.review.ReviewProblems;
import io.planscreen.review.Reviews;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.scoring.BrokerSummary;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.ReuseSummary;
import io.planscreen.similarity.TextReuse;
import io.planscreen.similarity.WriterEvidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ReviewService implements Reviews {

    /** The queue's signal for an application in a writer cluster spanning three or more companies. */
    static final String WRITER_CLUSTER = "writer_cluster";

    /** A flagged writer cluster ranks at least this high in the queue (a model flag ranks by its own risk). */
    static final double CLUSTER_RISK = 0.75;

    private static final Set<ApplicationStatus> OPEN = Set.of(ApplicationStatus.SCREENED, ApplicationStatus.IN_REVIEW);

    private final Screening screening;

    private final ReviewRepository repository;

    private final UserAccounts accounts;

    private final ApplicationEventPublisher events;

    private final Applications applications;

    private final DocumentParsing parsing;

    private final FieldExtraction extraction;

    private final TextReuse reuse;

    private final BrokerScoring scoring;

    private final WriterEvidence writers;

    private final EvidenceExplanation explanations;

    ReviewService(
            Screening screening,
            ReviewRepository repository,
            UserAccounts accounts,
            ApplicationEventPublisher events,
            Applications applications,
            DocumentParsing parsing,
            FieldExtraction extraction,
            TextReuse reuse,
            BrokerScoring scoring,
            WriterEvidence writers,
            MessageSource messages) {
        this.screening = screening;
        this.repository = repository;
        this.accounts = accounts;
        this.events = events;
        this.applications = applications;
        this.parsing = parsing;
        this.extraction = extraction;
        this.reuse = reuse;
        this.scoring = scoring;
        this.writers = writers;
        this.explanations = new EvidenceExplanation(messages);
    }

    /** What the pipeline produced for one application; parts not (yet) produced are null. */
    private record Evidence(
            @Nullable ParsedDocument parsed,
            @Nullable ExtractionResult extraction,
            @Nullable ReuseReport reuse,
            @Nullable BrokerAssessment broker) {

        RiskRanking.Risk risk() {
            return RiskRanking.of(broker, reuse, extraction, parsed);
        }
    }

    @Override
    public List<QueueItem> queue(CurrentUser user, ProgramId program, QueueFilter filter) {
        if (!(user.is(Role.EVALUATOR) || user.is(Role.AUDITOR)) || !user.mayAccessProgram(program)) {
            throw new PlanScreenException(ProblemCode.PROGRAM_NOT_FOUND);
        }
        List<ApplicationView> candidates = screening.inProgram(program).stream()
                .filter(view -> filter.status() == null
                        ? OPEN.contains(view.status())
                        : view.status().name().equalsIgnoreCase(filter.status()))
                .toList();
        Map<UUID, String> assignees = repository.assignees(
                candidates.stream().map(v -> v.id().value()).toList());
        Map<UUID, Decision> pending = repository.pendingReferrals(
                candidates.stream().map(v -> v.id().value()).toList());
        List<ApplicationId> ids = candidates.stream().map(ApplicationView::id).toList();
        Summaries summaries = summaries(ids);
        Map<ApplicationId, WriterEvidence.Size> clusters = writers.clusterSizes(ids);
        List<QueueItem> items = new ArrayList<>();
        for (ApplicationView view : candidates) {
            String assignee = assignees.get(view.id().value());
            if ("me".equals(filter.assignee()) && !user.username().equals(assignee)) {
                continue;
            }
            if ("none".equals(filter.assignee()) && assignee != null) {
                continue;
            }
            BrokerSummary broker = summaries.broker().get(view.id());
            ReuseSummary reused = summaries.reuse().get(view.id());
            FindingCounts findings = summaries.findings().get(view.id());
            ParseSummary parsed = summaries.parsed().get(view.id());
            RiskRanking.Risk risk = RiskRanking.ofSummaries(broker, reused, findings, parsed);
            WriterEvidence.Size cluster = clusters.get(view.id());
            boolean inCluster = cluster != null && cluster.flagged();
            boolean flagged = (broker != null && broker.flagged()) || inCluster;
            List<String> signals = risk.signals();
            double score = risk.score();
            if (inCluster) {
                signals = new ArrayList<>(signals);
                signals.add(0, WRITER_CLUSTER);
                score = Math.max(score, CLUSTER_RISK);
            }
            boolean hidden = parsed != null && parsed.hiddenSpans() > 0;
            if ((filter.flaggedOnly() && !flagged) || (filter.hiddenTextOnly() && !hidden)) {
                continue;
            }
            items.add(new QueueItem(
                    view,
                    score,
                    broker == null ? null : broker.probability(),
                    flagged,
                    reused == null ? 0 : reused.maxSimilarity(),
                    findings == null ? 0 : findings.total(),
                    hidden,
                    parsed != null && parsed.needsOcr(),
                    assignee,
                    pending.get(view.id().value()),
                    List.copyOf(signals),
                    cluster == null ? 0 : cluster.companies()));
        }
        items.sort(Comparator.comparingDouble(QueueItem::risk).reversed().thenComparing(item -> item.application()
                .receivedAt()));
        return items;
    }

    @Override
    public EvaluatorView view(CurrentUser user, ApplicationId application) {
        ApplicationView view = readable(user, application);
        Evidence evidence = evidence(application);
        RiskRanking.Risk risk = evidence.risk();
        ParsedDocument parsed = evidence.parsed();
        List<Integer> needingOcr = parsed == null
                ? List.of()
                : parsed.pages().stream()
                        .filter(ParsedDocument.Page::needsOcr)
                        .map(ParsedDocument.Page::number)
                        .toList();
        boolean renderable = applications
                .facts(application)
                .map(f -> f.type() == DocumentType.PDF)
                .orElse(false);
        ReuseReport stored = evidence.reuse();
        java.util.function.Predicate<ApplicationId> readable = screening.readableBy(user);
        ReuseReport shown = stored == null ? null : stored.visibleTo(readable);
        int withheld = stored == null
                ? 0
                : (int) stored.namedApplications().stream()
                        .filter(readable.negate())
                        .count();
        WriterEvidence.Cluster cluster = writers.cluster(application, readable).orElse(null);
        List<String> signals = risk.signals();
        double score = risk.score();
        List<Reviews.RiskPart> parts = risk.parts();
        if (cluster != null && cluster.flagged()) {
            signals = new ArrayList<>(signals);
            signals.add(0, WRITER_CLUSTER);
            if (CLUSTER_RISK > score) {
                parts = new ArrayList<>(parts);
                parts.add(new Reviews.RiskPart(
                        WRITER_CLUSTER,
                        Math.round((CLUSTER_RISK - score) * 100),
                        List.of(Math.round(CLUSTER_RISK * 100), Math.round((CLUSTER_RISK - score) * 100))));
            }
            score = Math.max(score, CLUSTER_RISK);
        }
        return new EvaluatorView(
                view,
                score,
                List.copyOf(signals),
                parts,
                evidence.extraction(),
                evidence.broker(),
                shown,
                parsed == null ? List.of() : parsed.hiddenText(),
                needingOcr,
                parsed == null ? 0 : parsed.pages().size(),
                renderable,
                repository.assignee(application).orElse(null),
                repository.decisions(application),
                withheld,
                cluster,
                writers.provenance(application).orElse(null),
                explanations.explain(evidence.broker(), shown, withheld, cluster));
    }

    @Override
    @Transactional
    public void assign(CurrentUser user, ApplicationId application, String evaluator) {
        ApplicationView view = deciding(user, application);
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

    @Override
    @Transactional
    public Decision decide(CurrentUser user, ApplicationId application, ReviewOutcome outcome, String reason) {
        String why = requireReason(reason);
        ApplicationView view = deciding(user, application);
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

    @Override
    @Transactional
    public Decision confirmReferral(CurrentUser user, ApplicationId application, String reason) {
        String why = requireReason(reason);
        ApplicationView view = deciding(user, application);
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

    @Override
    public byte[] pageImage(CurrentUser user, ApplicationId application, int page, @Nullable Range highlight) {
        readable(user, application);
        StoredDocument original = applications
                .original(application)
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
        if (original.type() != DocumentType.PDF) {
            throw new PlanScreenException(
                    ReviewProblems.PAGE_NOT_RENDERABLE, original.type().name());
        }
        List<ParsedDocument.Box> boxes = List.of();
        if (highlight != null) {
            ParsedDocument parsed = parsing.parsed(application).orElse(null);
            if (parsed != null) {
                boxes = PageImages.boxesFor(parsed, page, highlight.start(), highlight.end());
            }
        }
        try {
            return PageImages.render(original.content(), page, boxes);
        } catch (IllegalArgumentException noSuchPage) {
            throw new PlanScreenException(ProblemCode.NOT_FOUND);
        }
    }

    private void takeEffect(
            ApplicationView view, Decision decision, String actor, @Nullable String confirmedBy, String explanation) {
        screening.markDecided(view.id());
        BrokerAssessment broker = broker(view.id());
        boolean flagged = broker != null && broker.flagged();
        events.publishEvent(new ReviewDecided(
                view.id(),
                view.program(),
                decision.outcome(),
                decision.evaluator(),
                confirmedBy,
                decision.reason(),
                flagged,
                Instant.now()));
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
                .orElseGet(() -> sha256("application:" + application.value()));
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

    /** Readable by this caller, or "not found" (never a hint that it exists). */
    private ApplicationView readable(CurrentUser user, ApplicationId application) {
        return screening
                .view(application)
                .filter(v ->
                        (user.is(Role.EVALUATOR) || user.is(Role.AUDITOR)) && user.mayRead(v.company(), v.program()))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
    }

    private ApplicationView deciding(CurrentUser user, ApplicationId application) {
        if (!user.is(Role.EVALUATOR)) {
            throw new PlanScreenException(ProblemCode.FORBIDDEN);
        }
        ApplicationView view = readable(user, application);
        if (!OPEN.contains(view.status())) {
            throw new PlanScreenException(
                    ReviewProblems.NOT_REVIEWABLE, view.status().name());
        }
        return view;
    }

    private static String requireReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PlanScreenException(ReviewProblems.REASON_REQUIRED);
        }
        return reason.strip();
    }

    /** Each module's compact summaries of the listed applications, one read per module (never the evidence). */
    private record Summaries(
            Map<ApplicationId, ParseSummary> parsed,
            Map<ApplicationId, FindingCounts> findings,
            Map<ApplicationId, ReuseSummary> reuse,
            Map<ApplicationId, BrokerSummary> broker) {}

    private Summaries summaries(List<ApplicationId> ids) {
        return new Summaries(
                parsing.parseSummaries(ids),
                extraction.findingCounts(ids),
                reuse.reuseSummaries(ids),
                scoring.brokerSummaries(ids));
    }

    private Evidence evidence(ApplicationId application) {
        return new Evidence(
                parsing.parsed(application).orElse(null),
                extraction
                        .extracted(application, LocaleContextHolder.getLocale())
                        .orElse(null),
                reuse.report(application).orElse(null),
                broker(application));
    }

    private @Nullable BrokerAssessment broker(ApplicationId application) {
        return scoring.assessment(application).orElse(null);
    }

    private static String sha256(String text) {
        return io.planscreen.shared.Sha256.hex(text);
    }
}
