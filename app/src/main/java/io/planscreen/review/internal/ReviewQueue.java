package io.planscreen.review.internal;

import io.planscreen.extraction.FieldExtraction;
import io.planscreen.extraction.FindingCounts;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParseSummary;
import io.planscreen.review.Reviews.Decision;
import io.planscreen.review.Reviews.QueueFilter;
import io.planscreen.review.Reviews.QueueItem;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.scoring.BrokerSummary;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseSummary;
import io.planscreen.similarity.TextReuse;
import io.planscreen.similarity.WriterEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A program's review queue, riskiest first, from each module's compact summaries (one read per module, never
 * the evidence itself). Flagged means the system's flag: the model's, or a flagged writer cluster's.
 */
@Component
class ReviewQueue {

    /** The queue's signal for an application in a writer cluster spanning three or more companies. */
    static final String WRITER_CLUSTER = "writer_cluster";

    /** A flagged writer cluster ranks at least this high in the queue (a model flag ranks by its own risk). */
    static final double CLUSTER_RISK = 0.75;

    private final Screening screening;

    private final ReviewRepository repository;

    private final DocumentParsing parsing;

    private final FieldExtraction extraction;

    private final TextReuse reuse;

    private final BrokerScoring scoring;

    private final WriterEvidence writers;

    ReviewQueue(
            Screening screening,
            ReviewRepository repository,
            DocumentParsing parsing,
            FieldExtraction extraction,
            TextReuse reuse,
            BrokerScoring scoring,
            WriterEvidence writers) {
        this.screening = screening;
        this.repository = repository;
        this.parsing = parsing;
        this.extraction = extraction;
        this.reuse = reuse;
        this.scoring = scoring;
        this.writers = writers;
    }

    /** Each module's compact summaries of the listed applications. */
    private record Summaries(
            Map<ApplicationId, ParseSummary> parsed,
            Map<ApplicationId, FindingCounts> findings,
            Map<ApplicationId, ReuseSummary> reuse,
            Map<ApplicationId, BrokerSummary> broker) {}

    List<QueueItem> queue(CurrentUser user, ProgramId program, QueueFilter filter) {
        if (!(user.is(Role.EVALUATOR) || user.is(Role.AUDITOR)) || !user.mayAccessProgram(program)) {
            throw new PlanScreenException(ProblemCode.PROGRAM_NOT_FOUND);
        }
        List<ApplicationView> candidates = screening.inProgram(program).stream()
                .filter(view -> filter.status() == null
                        ? ReviewAccess.OPEN.contains(view.status())
                        : view.status().name().equalsIgnoreCase(filter.status()))
                .toList();
        List<UUID> uuids = candidates.stream().map(v -> v.id().value()).toList();
        Map<UUID, String> assignees = repository.assignees(uuids);
        Map<UUID, Decision> pending = repository.pendingReferrals(uuids);
        List<ApplicationId> ids = candidates.stream().map(ApplicationView::id).toList();
        Summaries summaries = new Summaries(
                parsing.parseSummaries(ids),
                extraction.findingCounts(ids),
                reuse.reuseSummaries(ids),
                scoring.brokerSummaries(ids));
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
}
