package io.planscreen.screening.internal;

import io.planscreen.screening.ApplicationView;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Status of applications: applicants their company's, evaluators their programs', auditors all. */
@RestController
@RequestMapping("/api/applications")
@PreAuthorize("hasAnyRole('APPLICANT', 'EVALUATOR', 'AUDITOR')")
class ApplicationStatusController {

    private final JobRepository jobs;

    ApplicationStatusController(JobRepository jobs) {
        this.jobs = jobs;
    }

    @Operation(summary = "List the applications the caller may read")
    @GetMapping
    List<ApplicationView> list(CurrentUser user) {
        return switch (user.role()) {
            case APPLICANT -> jobs.byCompany(user.requireCompany());
            case EVALUATOR ->
                jobs.byPrograms(user.programIds().stream().map(ProgramId::value).toList());
            case AUDITOR -> jobs.all(500);
            case ADMIN -> List.of();
        };
    }

    /** Another tenant's application answers 404, exactly like a missing one: nothing leaks. */
    @Operation(summary = "Read an application's status and its history")
    @GetMapping("/{id}")
    ApplicationView one(@PathVariable UUID id, CurrentUser user) {
        return jobs.view(new ApplicationId(id))
                .filter(view -> user.mayRead(view.company(), view.program()))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
    }
}
