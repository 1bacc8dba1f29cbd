package io.planscreen.ml.training;

import org.jspecify.annotations.Nullable;

/**
 * The headline figures of a detector on one set of plans at its shipped threshold (rounded to 4 places as
 * metrics.json stores them; NaN where a figure is undefined, e.g. precision with nothing flagged). The breakdowns by area, region, size, industry and language stay in
 * {@link BrokerEvaluation#evaluate}'s map, which metrics.json writes as it always has.
 *
 * @param ownVoiceRatio own-voice flag rate of non-capital over capital-area companies; 1 when neither is flagged,
 *     null when only the non-capital area is
 */
public record SplitMetrics(
        int plans,
        int brokerPlans,
        double rocAuc,
        double prAuc,
        double threshold,
        double precision,
        double recall,
        int tp,
        int fp,
        int fn,
        int tn,
        double ece,
        double ownVoiceCapital,
        double ownVoiceNonCapital,
        @Nullable Double ownVoiceRatio) {

    /** Whether the issue-16 targets hold: ROC-AUC ≥ 0.95, precision ≥ 0.90, recall ≥ 0.85. */
    public boolean meetsTransferTargets() {
        return rocAuc >= 0.95 && precision >= 0.90 && recall >= 0.85;
    }

    public String describe() {
        return "%d plans (%d broker): ROC-AUC %s, PR-AUC %s, precision %.4f, recall %.4f (tp %d fp %d fn %d tn %d),"
                        .formatted(plans, brokerPlans, rocAuc, prAuc, precision, recall, tp, fp, fn, tn)
                + " ECE %s, own-voice flag rate non-capital / capital %s (%.4f / %.4f)"
                        .formatted(ece, ownVoiceRatio, ownVoiceNonCapital, ownVoiceCapital);
    }
}
