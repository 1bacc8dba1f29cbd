package io.planscreen.intake.internal;

import io.planscreen.intake.ApplicationSummary;
import io.planscreen.security.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    private final ApplicationRepository applications;

    ApplicationController(ApplicationRepository applications) {
        this.applications = applications;
    }

    /** Applicants see their company's, evaluators their programs', auditors all; admins manage, not read. */
    @GetMapping
    @PreAuthorize("hasAnyRole('APPLICANT', 'EVALUATOR', 'AUDITOR')")
    List<ApplicationSummary> list(CurrentUser user) {
        return applications.visibleTo(user);
    }
}
