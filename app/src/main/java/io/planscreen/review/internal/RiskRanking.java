package io.planscreen.review.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FindingCounts;
import io.planscreen.parsing.ParseSummary;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.review.Reviews;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerSummary;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.ReuseSummary;
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

    /** @param parts what each piece of evidence added, in points of 100, for the page to explain */
    record Risk(double score, List<String> signals, List<Reviews.RiskPart> parts) {}

    /** The single-application view's ranking, from the full evidence: the same as the queue's. */
    static Risk of(
            @Nullable BrokerAssessment broker,
            @Nullable ReuseReport reuse,
            @Nullable ExtractionResult extraction,
            @Nullable ParsedDocument parsed) {
        return ofSummaries(
                broker == null ? null : BrokerSummary.of(broker),
                reuse == null ? null : ReuseSummary.of(reuse),
                extraction == null ? null : FindingCounts.of(extraction),
                parsed == null ? null : ParseSummary.of(parsed));
    }

    /** The queue's ranking, from the compact summaries each module reads in bulk. */
    static Risk ofSummaries(
            @Nullable BrokerSummary broker,
            @Nullable ReuseSummary reuse,
            @Nullable FindingCounts findings,
            @Nullable ParseSummary parsed) {
        double score = 0;
        List<String> signals = new ArrayList<>();
        List<Reviews.RiskPart> parts = new ArrayList<>();
        if (broker != null) {
            score += BROKER_WEIGHT * broker.probability();
            parts.add(part("broker", BROKER_WEIGHT * broker.probability(), percent(broker.probability())));
            if (broker.flagged()) {
                signals.add("broker_flagged");
            }
        }
        if (reuse != null && reuse.paragraphsReused() > 0) {
            score += REUSE_WEIGHT * reuse.maxSimilarity();
            parts.add(part("reuse", REUSE_WEIGHT * reuse.maxSimilarity(), percent(reuse.maxSimilarity())));
            signals.add("text_reuse");
        }
        if (findings != null) {
            long errors = findings.errors();
            long warnings = findings.warnings();
            score += Math.min(0.1, errors * 0.05 + warnings * 0.02);
            if (errors + warnings > 0) {
                parts.add(part("findings", Math.min(0.1, errors * 0.05 + warnings * 0.02), errors, warnings));
                signals.add("validation_findings");
            }
        }
        if (parsed != null) {
            if (parsed.hiddenSpans() > 0) {
                score += 0.1;
                parts.add(part("hidden_text", 0.1, parsed.hiddenSpans()));
                signals.add("hidden_text");
            }
            if (parsed.needsOcr()) {
                score += 0.05;
                parts.add(part("needs_ocr", 0.05));
                signals.add("needs_ocr");
            }
            if (parsed.notRead() != null) { // nothing was read: only a human can judge this plan
                score += 0.3;
                parts.add(part("not_read", 0.3));
                signals.add("not_read_" + parsed.notRead());
            }
        }
        return new Risk(Math.min(1.0, score), List.copyOf(signals), List.copyOf(parts));
    }

    /** The message arguments come first; the points this part added are the last argument. */
    private static Reviews.RiskPart part(String code, double share, Object... arguments) {
        List<Object> args = new ArrayList<>(List.of(arguments));
        long points = Math.round(share * 100);
        args.add(points);
        return new Reviews.RiskPart(code, points, args);
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }
}
