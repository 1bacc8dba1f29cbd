package io.planscreen.scoring.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.PlanTexts;
import io.planscreen.screening.PipelineStage;
import io.planscreen.screening.PipelineStep;
import io.planscreen.screening.StepResult;
import io.planscreen.shared.ApplicationId;
import io.planscreen.similarity.TextReuse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The pipeline's SCORE stage: idempotent (a re-run overwrites the stored assessment). */
@Component
class ScoreStep implements PipelineStep {

    private final BrokerScoringService scoring;

    private final DocumentParsing parsing;

    private final FieldExtraction extraction;

    private final TextReuse reuse;

    ScoreStep(BrokerScoringService scoring, DocumentParsing parsing, FieldExtraction extraction, TextReuse reuse) {
        this.scoring = scoring;
        this.parsing = parsing;
        this.extraction = extraction;
        this.reuse = reuse;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.SCORE;
    }

    @Override
    public StepResult run(ApplicationId application) {
        var parsed = parsing.parsed(application)
                .orElseThrow(() -> new IllegalStateException("application " + application + " is not parsed yet"));
        Map<String, String> fields = new LinkedHashMap<>();
        extraction.extracted(application).ifPresent(result -> {
            for (ExtractionResult.ExtractedField f : result.fields()) {
                fields.put(f.key(), f.normalized());
            }
        });
        scoring.score(application, PlanTexts.from(parsed), fields, reuse.report(application));
        return StepResult.done();
    }
}
