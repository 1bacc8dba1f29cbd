package io.planscreen.review.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.similarity.ReuseReport;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Orders the queue: the broker model weighs most, then text shared with other companies, then
 * validation findings and signs that a human must look at the pages themselves. Never a decision.
 */
final class RiskRanking {

    static final double BROKER_WEIGHT = 0.5;

    static final double REUSE_WEIGHT = 0.25;

    private RiskRanking() {}

    record Risk(double score, List<String> signals) {}

    static Risk of(
            @Nullable BrokerAssessment broker,
            @Nullable ReuseReport reuse,
            @Nullable ExtractionResult extraction,
            @Nullable ParsedDocument parsed) {
        double score = 0;
        List<String> signals = new ArrayList<>();
        if (broker != null) {
            score += BROKER_WEIGHT * broker.probability();
            if (broker.flagged()) {
                signals.add("broker_flagged");
            }
        }
        if (reuse != null && reuse.paragraphsReused() > 0) {
            score += REUSE_WEIGHT * reuse.maxSimilarity();
            signals.add("text_reuse");
        }
        if (extraction != null) {
            long errors = extraction.findings().stream()
                    .filter(f -> f.severity() == ExtractionResult.Severity.ERROR)
                    .count();
            long warnings = extraction.findings().stream()
                    .filter(f -> f.severity() == ExtractionResult.Severity.WARNING)
                    .count();
            score += Math.min(0.1, errors * 0.05 + warnings * 0.02);
            if (errors + warnings > 0) {
                signals.add("validation_findings");
            }
        }
        if (parsed != null) {
            if (!parsed.hiddenText().isEmpty()) {
                score += 0.1;
                signals.add("hidden_text");
            }
            if (parsed.needsOcr()) {
                score += 0.05;
                signals.add("needs_ocr");
            }
        }
        return new Risk(Math.min(1.0, score), List.copyOf(signals));
    }
}
