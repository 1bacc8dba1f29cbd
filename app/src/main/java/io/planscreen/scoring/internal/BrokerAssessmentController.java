package io.planscreen.scoring.internal;

import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.ScoringProblems;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.TextReuse;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The broker assessment with its evidence, for evaluators of the application's program and auditors.
 * Applicants are refused (403) before anything is looked up: they never see the score or other companies.
 */
@RestController
@PreAuthorize("hasAnyRole('EVALUATOR', 'AUDITOR')")
class BrokerAssessmentController {

    private final BrokerScoringService scoring;

    private final TextReuse reuse;

    private final Screening screening;

    BrokerAssessmentController(BrokerScoringService scoring, TextReuse reuse, Screening screening) {
        this.scoring = scoring;
        this.reuse = reuse;
        this.screening = screening;
    }

    /**
     * @param reuse the reuse report as the caller may see it (other programs' applications left out)
     * @param reusedPassages this plan's paragraph beside the other application's, with that application's id
     *     (only applications the caller may read)
     * @param withheldApplications other applications the report names that the caller may not read: counted only
     */
    record AssessmentView(
            ApplicationId application,
            BrokerAssessment assessment,
            String routing,
            @Nullable ReuseReport reuse,
            List<ReuseReport.ReusedPassage> reusedPassages,
            int withheldApplications) {}

    @Operation(summary = "The broker-likelihood assessment of an application, with its reasons")
    @GetMapping("/api/applications/{id}/broker-assessment")
    AssessmentView get(@PathVariable UUID id, CurrentUser user) {
        ApplicationId application = new ApplicationId(id);
        screening
                .view(application)
                .filter(view -> user.mayRead(view.company(), view.program()))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
        BrokerAssessment assessment = scoring.assessment(application)
                .orElseThrow(() -> new PlanScreenException(ScoringProblems.NOT_SCORED, id.toString()));
        ReuseReport stored = reuse.report(application).orElse(null);
        Predicate<ApplicationId> readable = screening.readableBy(user);
        ReuseReport report = stored == null ? null : stored.visibleTo(readable);
        return new AssessmentView(
                application,
                assessment,
                assessment.flagged() ? "HUMAN_REVIEW_FIRST" : "HUMAN_REVIEW",
                report,
                report == null ? List.of() : report.passages(),
                stored == null
                        ? 0
                        : (int) stored.namedApplications().stream()
                                .filter(readable.negate())
                                .count());
    }
}
