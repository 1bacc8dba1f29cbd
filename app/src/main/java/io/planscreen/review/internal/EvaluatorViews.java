package io.planscreen.review.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.intake.Applications;
import io.planscreen.intake.StoredDocument;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.review.ReviewProblems;
import io.planscreen.review.Reviews;
import io.planscreen.review.Reviews.EvaluatorView;
import io.planscreen.review.Reviews.Range;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.TextReuse;
import io.planscreen.similarity.WriterEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * One application as the evaluator reads it: the evidence each module produced, the risk explained part by part,
 * other companies' plans only as far as this evaluator may read them, and the original's pages as images.
 */
@Component
class EvaluatorViews {

    private final ReviewAccess access;

    private final Screening screening;

    private final ReviewRepository repository;

    private final Applications applications;

    private final DocumentParsing parsing;

    private final FieldExtraction extraction;

    private final TextReuse reuse;

    private final BrokerScoring scoring;

    private final WriterEvidence writers;

    private final EvidenceExplanation explanations;

    EvaluatorViews(
            ReviewAccess access,
            Screening screening,
            ReviewRepository repository,
            Applications applications,
            DocumentParsing parsing,
            FieldExtraction extraction,
            TextReuse reuse,
            BrokerScoring scoring,
            WriterEvidence writers,
            MessageSource messages) {
        this.access = access;
        this.screening = screening;
        this.repository = repository;
        this.applications = applications;
        this.parsing = parsing;
        this.extraction = extraction;
        this.reuse = reuse;
        this.scoring = scoring;
        this.writers = writers;
        this.explanations = new EvidenceExplanation(messages);
    }

    EvaluatorView view(CurrentUser user, ApplicationId application) {
        ApplicationView view = access.readable(user, application);
        ParsedDocument parsed = parsing.parsed(application).orElse(null);
        ExtractionResult extracted = extraction
                .extracted(application, LocaleContextHolder.getLocale())
                .orElse(null);
        ReuseReport stored = reuse.report(application).orElse(null);
        BrokerAssessment broker = scoring.assessment(application).orElse(null);
        RiskRanking.Risk risk = RiskRanking.of(broker, stored, extracted, parsed);
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
        Predicate<ApplicationId> readable = screening.readableBy(user);
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
            signals.add(0, ReviewQueue.WRITER_CLUSTER);
            if (ReviewQueue.CLUSTER_RISK > score) {
                long raised = Math.round((ReviewQueue.CLUSTER_RISK - score) * 100);
                parts = new ArrayList<>(parts);
                parts.add(new Reviews.RiskPart(
                        ReviewQueue.WRITER_CLUSTER,
                        raised,
                        List.of(Math.round(ReviewQueue.CLUSTER_RISK * 100), raised)));
            }
            score = Math.max(score, ReviewQueue.CLUSTER_RISK);
        }
        return new EvaluatorView(
                view,
                score,
                List.copyOf(signals),
                parts,
                extracted,
                broker,
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
                explanations.explain(broker, shown, withheld, cluster));
    }

    byte[] pageImage(CurrentUser user, ApplicationId application, int page, @Nullable Range highlight) {
        access.readable(user, application);
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
}
