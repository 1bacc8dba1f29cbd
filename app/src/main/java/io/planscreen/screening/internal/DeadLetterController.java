package io.planscreen.screening.internal;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationStatusChanged;
import io.planscreen.screening.ApplicationView;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Jobs that failed too often wait here until an admin sends them back through. */
@RestController
@RequestMapping("/api/admin/pipeline")
@PreAuthorize("hasRole('ADMIN')")
class DeadLetterController {

    private final JobRepository jobs;

    private final ApplicationEventPublisher events;

    DeadLetterController(JobRepository jobs, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.events = events;
    }

    record DeadJob(ApplicationView application, String lastError) {}

    @Operation(summary = "List pipeline jobs that failed for good (the dead-letter queue)")
    @GetMapping("/dead")
    List<DeadJob> dead() {
        return jobs.dead().stream()
                .map(view -> new DeadJob(view, String.valueOf(jobs.lastError(view.id()))))
                .toList();
    }

    @Operation(summary = "Retry a failed pipeline job (admin)")
    @PostMapping("/{id}/retry")
    @Transactional
    ApplicationView retry(@PathVariable UUID id) {
        ApplicationId application = new ApplicationId(id);
        ApplicationStatus status =
                jobs.resurrect(application).orElseThrow(() -> new PlanScreenException(ProblemCode.CONFLICT));
        jobs.history(application, status, "pipeline.retried");
        events.publishEvent(
                new ApplicationStatusChanged(application, ApplicationStatus.FAILED, status, "pipeline.retried"));
        return jobs.view(application).orElseThrow();
    }
}
