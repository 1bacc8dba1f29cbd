package io.planscreen.review.internal;

import io.planscreen.review.ReviewOutcome;
import io.planscreen.review.Reviews;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The evaluator's API: queue, application view, assignment, decisions, referral confirmation, page images. */
@RestController
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    record Assignment(String evaluator) {}

    record DecisionRequest(
            @Nullable ReviewOutcome outcome, @Nullable String reason) {}

    record Confirmation(@Nullable String reason) {}

    @Operation(summary = "A program's review queue, highest risk first, with the signals behind each risk")
    @GetMapping("/api/review/programs/{program}/queue")
    @PreAuthorize("hasAnyRole('EVALUATOR', 'AUDITOR')")
    List<Reviews.QueueItem> queue(
            @PathVariable String program,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "false") boolean hiddenText,
            @RequestParam(required = false) @Nullable String assignee,
            CurrentUser user) {
        return reviews.queue(user, programId(program), new Reviews.QueueFilter(status, flagged, hiddenText, assignee));
    }

    @Operation(summary = "Everything an evaluator needs to decide one application")
    @GetMapping("/api/review/applications/{id}")
    @PreAuthorize("hasAnyRole('EVALUATOR', 'AUDITOR')")
    Reviews.EvaluatorView view(@PathVariable UUID id, CurrentUser user) {
        return reviews.view(user, new ApplicationId(id));
    }

    @Operation(summary = "Assign an application to an evaluator of its program")
    @PutMapping("/api/review/applications/{id}/assignment")
    @PreAuthorize("hasRole('EVALUATOR')")
    Reviews.EvaluatorView assign(@PathVariable UUID id, @RequestBody Assignment assignment, CurrentUser user) {
        reviews.assign(user, new ApplicationId(id), assignment.evaluator());
        return reviews.view(user, new ApplicationId(id));
    }

    @Operation(summary = "Decide an application with a reason; a referral waits for a second evaluator")
    @PostMapping("/api/review/applications/{id}/decisions")
    @PreAuthorize("hasRole('EVALUATOR')")
    Reviews.Decision decide(@PathVariable UUID id, @RequestBody DecisionRequest request, CurrentUser user) {
        if (request.outcome() == null) {
            throw new PlanScreenException(ProblemCode.BAD_REQUEST);
        }
        String reason = request.reason();
        return reviews.decide(user, new ApplicationId(id), request.outcome(), reason == null ? "" : reason);
    }

    @Operation(summary = "Confirm another evaluator's referral, which then takes effect")
    @PostMapping("/api/review/applications/{id}/referral/confirmation")
    @PreAuthorize("hasRole('EVALUATOR')")
    Reviews.Decision confirm(@PathVariable UUID id, @RequestBody Confirmation confirmation, CurrentUser user) {
        String reason = confirmation.reason();
        return reviews.confirmReferral(user, new ApplicationId(id), reason == null ? "" : reason);
    }

    @Operation(summary = "One page of the original PDF as PNG, a quoted span boxed")
    @GetMapping(value = "/api/applications/{id}/pages/{page}.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PreAuthorize("hasAnyRole('EVALUATOR', 'AUDITOR')")
    byte[] page(
            @PathVariable UUID id,
            @PathVariable int page,
            @RequestParam(required = false) @Nullable String highlight,
            CurrentUser user) {
        return reviews.pageImage(user, new ApplicationId(id), page, range(highlight));
    }

    static Reviews.@Nullable Range range(@Nullable String highlight) {
        if (highlight == null || highlight.isBlank()) {
            return null;
        }
        String[] parts = highlight.split("-", 2);
        try {
            int start = Integer.parseInt(parts[0].strip());
            int end = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : start + 1;
            if (start < 0 || end < start) {
                throw new PlanScreenException(ProblemCode.BAD_REQUEST);
            }
            return new Reviews.Range(start, end);
        } catch (NumberFormatException e) {
            throw new PlanScreenException(ProblemCode.BAD_REQUEST);
        }
    }

    private static ProgramId programId(String program) {
        try {
            return new ProgramId(program);
        } catch (IllegalArgumentException e) {
            throw new PlanScreenException(ProblemCode.PROGRAM_ID_INVALID);
        }
    }
}
