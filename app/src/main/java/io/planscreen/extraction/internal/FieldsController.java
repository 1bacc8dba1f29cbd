package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.ExtractionResult.PaperworkReport;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
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

    private final ApplicationEventPublisher events;

    private final Clock clock = Clock.systemUTC();

    FieldsController(
            Applications applications,
            ExtractionService extraction,
            ExtractionRepository repository,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.extraction = extraction;
        this.repository = repository;
        this.events = events;
    }

    record Correction(String value) {}

    @GetMapping("/fields")
    ExtractionResult fields(@PathVariable UUID id, CurrentUser user) {
        ApplicationId application = readable(id, user);
        ExtractionRepository.Stored stored = stored(application);
        return extraction.localized(stored, LocaleContextHolder.getLocale());
    }

    @GetMapping("/paperwork")
    PaperworkReport paperwork(@PathVariable UUID id, CurrentUser user) {
        return stored(readable(id, user)).result().paperwork();
    }

    /** Kept beside the extracted value (never over it) and recorded as a human decision. */
    @PutMapping("/fields/{key}")
    @PreAuthorize("hasRole('APPLICANT')")
    @Transactional
    ExtractionResult.ExtractedField correct(
            @PathVariable UUID id, @PathVariable String key, @RequestBody Correction correction, CurrentUser user) {
        ApplicationId application = readable(id, user);
        ExtractionRepository.Stored stored = stored(application);
        ProgramDefinition program = extraction
                .programs()
                .get(stored.result().program(), stored.programVersion())
                .orElseThrow(() -> new PlanScreenException(ProblemCode.PROGRAM_NOT_FOUND));
        ProgramDefinition.FieldSpec spec =
                program.field(key).orElseThrow(() -> new PlanScreenException(ExtractionProblems.FIELD_UNKNOWN, key));
        String raw = correction == null || correction.value() == null ? "" : correction.value();
        String normalized = CorrectionValues.normalize(spec.type(), raw)
                .orElseThrow(() -> new PlanScreenException(ExtractionProblems.CORRECTION_INVALID, key, spec.type()));
        repository.correct(application, key, normalized, user.username());
        ExtractionResult.ExtractedField field =
                repository.find(application).flatMap(s -> s.result().field(key)).orElseThrow();
        events.publishEvent(new AuditableDecision(
                application,
                "extraction.correction",
                "user:" + user.username(),
                null,
                null,
                null,
                null,
                stored.inputSha256(),
                ProgramSchema.CANONICAL.writeValueAsString(Map.of(
                        "field",
                        key,
                        "extracted",
                        field.normalized(),
                        "corrected",
                        normalized,
                        "extractor",
                        field.extractor())),
                "applicant corrected " + key,
                clock.instant()));
        return field;
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
