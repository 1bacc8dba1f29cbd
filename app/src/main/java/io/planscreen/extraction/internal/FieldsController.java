package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.ExtractionResult.PaperworkReport;
import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Extracted fields with their evidence, the applicant's corrections, and the paperwork report. Another
 * tenant's application answers 404, exactly like a missing one.
 */
@RestController
@RequestMapping("/api/applications/{id}")
@PreAuthorize("hasAnyRole('APPLICANT', 'EVALUATOR', 'AUDITOR')")
class FieldsController {

    private final Applications applications;

    private final ExtractionService extraction;

    private final ExtractionRepository repository;

    private final FieldCorrections corrections;

    FieldsController(
            Applications applications,
            ExtractionService extraction,
            ExtractionRepository repository,
            FieldCorrections corrections) {
        this.applications = applications;
        this.extraction = extraction;
        this.repository = repository;
        this.corrections = corrections;
    }

    record Correction(String value) {}

    @Operation(summary = "Fields read from the plan with their evidence, and findings in the caller's language")
    @GetMapping("/fields")
    ExtractionResult fields(@PathVariable UUID id, CurrentUser user) {
        ApplicationId application = readable(id, user);
        ExtractionRepository.Stored stored = stored(application);
        return extraction.localized(stored, LocaleContextHolder.getLocale());
    }

    @Operation(summary = "The paperwork report: each required item and who supplies it")
    @GetMapping("/paperwork")
    PaperworkReport paperwork(@PathVariable UUID id, CurrentUser user) {
        return stored(readable(id, user)).result().paperwork();
    }

    /** Kept beside the extracted value (never over it) and recorded as a human decision. */
    @Operation(
            summary = "Correct a field read from the plan (the applying company only); kept beside the extracted value")
    @PutMapping("/fields/{key}")
    @PreAuthorize("hasRole('APPLICANT')")
    ExtractionResult.ExtractedField correct(
            @PathVariable UUID id, @PathVariable String key, @RequestBody Correction correction, CurrentUser user) {
        String raw = correction == null || correction.value() == null ? "" : correction.value();
        return corrections.correct(user, new ApplicationId(id), key, raw);
    }

    private ApplicationId readable(UUID id, CurrentUser user) {
        ApplicationId application = new ApplicationId(id);
        ApplicationFacts facts = applications
                .facts(application)
                .filter(f -> user.mayRead(f.company(), f.program()))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
        if (user.is(Role.APPLICANT) && !facts.company().equals(user.companyId())) {
            throw new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND);
        }
        return application;
    }

    private ExtractionRepository.Stored stored(ApplicationId application) {
        return repository
                .find(application)
                .orElseThrow(() -> new PlanScreenException(ExtractionProblems.NOT_EXTRACTED));
    }
}
