package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Applications;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.screening.PipelineStage;
import io.planscreen.screening.PipelineStep;
import io.planscreen.screening.StepResult;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.ProblemCode;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline's EXTRACT stage: reads the stored parse, extracts (the LLM call, if any, outside the
 * database transaction), then stores the result and publishes the audit record in one transaction.
 * Running again overwrites the stored result (idempotent).
 */
@Component
class ExtractionStep implements PipelineStep {

    private final Applications applications;

    private final DocumentParsing parsing;

    private final ExtractionService extraction;

    private final ExtractionRepository repository;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    private final JsonMapper json;

    private final Clock clock = Clock.systemUTC();

    ExtractionStep(
            Applications applications,
            DocumentParsing parsing,
            ExtractionService extraction,
            ExtractionRepository repository,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JsonMapper json) {
        this.applications = applications;
        this.parsing = parsing;
        this.extraction = extraction;
        this.repository = repository;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.EXTRACT;
    }

    @Override
    public StepResult run(ApplicationId application) {
        ApplicationFacts facts = applications
                .facts(application)
                .orElseThrow(() -> new IllegalStateException("no application " + application.value()));
        Optional<ProgramDefinition> program = extraction.programs().get(facts.program());
        if (program.isEmpty()) {
            return StepResult.rejectInput(
                    ProblemCode.PROGRAM_NOT_FOUND,
                    "unknown program " + facts.program().value());
        }
        ParsedDocument parsed = parsing.parsed(application)
                .orElseThrow(() -> new IllegalStateException("no stored parse for " + application.value()));
        ExtractionResult result = extraction.extract(parsed, program.get());
        String inputSha256 = ProgramSchema.sha256(ProgramSchema.CANONICAL.writeValueAsString(parsed));
        transactions.executeWithoutResult(tx -> {
            repository.upsert(application, program.get().version(), result, inputSha256);
            long errors = result.findings().stream()
                    .filter(f -> f.severity() == ExtractionResult.Severity.ERROR)
                    .count();
            events.publishEvent(AuditableDecision.model(
                            result.llmModel() == null ? "extraction-offline" : "extraction-llm",
                            result.extractorVersion() + (result.llmModel() == null ? "" : "+" + result.llmModel()))
                    .decided(
                            application,
                            "extraction.fields",
                            inputSha256,
                            // the application's own JSON mapper, so the audit's reproduction compares byte for byte
                            json.writeValueAsString(result),
                            "%d fields, %d error findings, paperwork reduction %.3f, program %s v%d, flags %s"
                                    .formatted(
                                            result.fields().size(),
                                            errors,
                                            result.paperwork().reductionRatio(),
                                            program.get().id(),
                                            program.get().version(),
                                            result.flags()))
                    .withPrompt(result.promptPath(), result.promptSha256())
                    .at(clock.instant()));
        });
        return StepResult.done();
    }
}
