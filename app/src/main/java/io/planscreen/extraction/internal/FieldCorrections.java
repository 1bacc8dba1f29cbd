package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldCorrection;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.intake.Applications;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's corrections, for the REST API and the applicant's page alike. */
@Service
class FieldCorrections implements FieldCorrection {

    private final Applications applications;

    private final ExtractionService extraction;

    private final ExtractionRepository repository;

    private final ApplicationEventPublisher events;

    private final Clock clock = Clock.systemUTC();

    FieldCorrections(
            Applications applications,
            ExtractionService extraction,
            ExtractionRepository repository,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.extraction = extraction;
        this.repository = repository;
        this.events = events;
    }

    @Override
    @Transactional
    public ExtractionResult.ExtractedField correct(
            CurrentUser user, ApplicationId application, String key, String value) {
        boolean own = user.is(Role.APPLICANT)
                && applications
                        .facts(application)
                        .filter(f -> f.company().equals(user.companyId()))
                        .isPresent();
        if (!own) {
            throw new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND);
        }
        ExtractionRepository.Stored stored = repository
                .find(application)
                .orElseThrow(() -> new PlanScreenException(ExtractionProblems.NOT_EXTRACTED));
        ProgramDefinition program = extraction
                .programs()
                .get(stored.result().program(), stored.programVersion())
                .orElseThrow(() -> new PlanScreenException(ProblemCode.PROGRAM_NOT_FOUND));
        ProgramDefinition.FieldSpec spec =
                program.field(key).orElseThrow(() -> new PlanScreenException(ExtractionProblems.FIELD_UNKNOWN, key));
        String normalized = CorrectionValues.normalize(spec.type(), value)
                .orElseThrow(() -> new PlanScreenException(ExtractionProblems.CORRECTION_INVALID, key, spec.type()));
        repository.correct(application, key, normalized, user.username());
        ExtractionResult.ExtractedField field =
                repository.find(application).flatMap(s -> s.result().field(key)).orElseThrow();
        events.publishEvent(AuditableDecision.human(user.username())
                .decided(
                        application,
                        "extraction.correction",
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
                        "applicant corrected " + key)
                .at(clock.instant()));
        return field;
    }
}
