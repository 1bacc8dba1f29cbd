package io.planscreen.similarity.internal;

import io.planscreen.intake.Applications;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.FileProvenance;
import io.planscreen.parsing.FileProvenanceReader;
import io.planscreen.parsing.PlanTexts;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.PipelineStage;
import io.planscreen.screening.PipelineStep;
import io.planscreen.screening.Screening;
import io.planscreen.screening.StepResult;
import io.planscreen.shared.ApplicationId;
import io.planscreen.similarity.ReuseReport;
import org.springframework.stereotype.Component;

/** The pipeline's similarity stage: idempotent (a re-run replaces the stored paragraphs and report). */
@Component
class SimilarityStep implements PipelineStep {

    private final TextReuseService reuse;

    private final DocumentParsing parsing;

    private final Screening screening;

    private final WriterService writers;

    private final Applications applications;

    SimilarityStep(
            TextReuseService reuse,
            DocumentParsing parsing,
            Screening screening,
            WriterService writers,
            Applications applications) {
        this.reuse = reuse;
        this.parsing = parsing;
        this.screening = screening;
        this.writers = writers;
        this.applications = applications;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.SIMILARITY;
    }

    @Override
    public StepResult run(ApplicationId application) {
        ApplicationView view = screening
                .view(application)
                .orElseThrow(() -> new IllegalStateException("no screening job for " + application));
        var parsed = parsing.parsed(application)
                .orElseThrow(() -> new IllegalStateException("application " + application + " is not parsed yet"));
        ReuseReport report = reuse.compute(application, view.company(), view.program(), PlanTexts.from(parsed));
        // the writer evidence: what the original file says about its writer, and links to other companies' plans
        FileProvenance provenance = applications
                .original(application)
                .map(o -> FileProvenanceReader.read(o.type(), o.content()))
                .orElse(FileProvenance.NONE);
        writers.record(application, view.company(), view.program(), provenance, report, parsed.visibleText());
        return StepResult.done();
    }
}
