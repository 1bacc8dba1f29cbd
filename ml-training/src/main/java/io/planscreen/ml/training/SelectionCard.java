package io.planscreen.ml.training;

import java.util.Arrays;
import java.util.List;

/** The card's sections on how the model was chosen: the candidates, feature selection, leave-one-generator-out. */
final class SelectionCard {

    private SelectionCard() {}

    static String render(
            Arguments a,
            List<String> pool,
            CandidateSelection.Candidates candidates,
            List<CandidateSelection.Outcome> outcomes,
            List<GeneratorTransfer.Result> transfer) {
        StringBuilder card = new StringBuilder();
        boolean byAgencies = a.select() == Arguments.Selection.AGENCY_CV;
        String choosing = a.generatorMode() ? "selection corpora" : "validation split";
        if (outcomes.size() > 1) {
            card.append(
                            byAgencies
                                    ? "\n## Model selection (training and validation splits only)\n\n"
                                    : "\n## Model selection (%s only)\n\n".formatted(choosing))
                    .append("Each candidate was trained on the training %s with early stopping on %s log-loss;"
                            .formatted(a.generatorMode() ? "corpora" : "split", choosing))
                    .append(
                            switch (a.select()) {
                                case AGENCY_CV ->
                                    " the one with the highest mean held-out-agency ROC-AUC (`--agency-cv`: leave-one-agency-out over the training and validation agencies) was kept, with the threshold rule that its out-of-fold probabilities showed to meet both targets (precision ≥ 0.90, recall ≥ 0.80) most often when 2 held-out agencies choose the threshold and 3 others check it (all 560 combinations; Wilson z of %s compared)."
                                            .formatted(Arrays.toString(AgencyCvCheck.PRECISION_Z_CANDIDATES));
                                case FAIR ->
                                    " among those with %s ROC-AUC ≥ %s, the one whose own-voice flag-rate ratio is closest to 1 was kept."
                                            .formatted(choosing, a.minRoc());
                                case ROC -> " the one with the highest %s ROC-AUC was kept.".formatted(choosing);
                            })
                    .append(
                            a.generatorMode()
                                    ? " The final corpora were evaluated once, for it."
                                    : " Test was evaluated once, for it.")
                    .append(
                            a.exclude().isEmpty()
                                    ? ""
                                    : " Left out of every candidate: %s.".formatted(String.join(", ", a.exclude())))
                    .append(
                            a.featureGroups().isEmpty()
                                    ? "\n\n"
                                    : " Every candidate reads only the feature groups %s.\n\n"
                                            .formatted(String.join(", ", a.featureGroups())))
                    .append(
                            byAgencies
                                    ? "| candidate | mean held-out-agency ROC-AUC (best threshold rule on its out-of-fold probabilities) | validation ROC-AUC (uncalibrated) | best validation log-loss | validation precision / recall | validation ECE | validation own-voice flag-rate ratio (non-capital / capital) | validation own-voice mean probability, non-capital / capital |\n|---|---|---|---|---|---|---|---|\n"
                                    : "| candidate | %s ROC-AUC (uncalibrated) | best %s log-loss | %s precision / recall | %s ECE | %s own-voice flag-rate ratio (non-capital / capital) | %s own-voice mean probability, non-capital / capital |\n|---|---|---|---|---|---|---|\n"
                                            .formatted(choosing, choosing, choosing, choosing, choosing, choosing));
            outcomes.forEach(o -> card.append(o.line()).append('\n'));
        }
        FeatureSelection.Result chosen = candidates.featureSelection();
        if (chosen != null) {
            card.append("\n## Feature selection (training %s only)\n\n"
                            .formatted(a.generatorMode() ? "corpora" : "split"))
                    .append(
                            "`FeatureSelection`: %d leave-agencies-out folds on the training %s (each fold's broker plans"
                                    .formatted(chosen.folds(), a.generatorMode() ? "corpora" : "split"))
                    .append(" come from agencies absent from its fitting part), L2 logistic regression (λ 0.01),")
                    .append(
                            " backward elimination while the mean held-out ROC-AUC does not fall by more than 0.002.\n\n")
                    .append("- grouped-CV ROC-AUC, all %d features: %.4f; kept %d: %.4f\n"
                            .formatted(
                                    pool.size(),
                                    chosen.scoreAll(),
                                    chosen.kept().size(),
                                    chosen.scoreKept()))
                    .append("- dropped, in order: %s\n".formatted(String.join(", ", chosen.dropped())))
                    .append("- kept: %s\n".formatted(String.join(", ", chosen.kept())));
        }
        if (!transfer.isEmpty()) {
            card.append("\n## Leave one generator out\n\n")
                    .append("The kept candidate's settings, trained without one generator (its corpora's training and ")
                    .append("selection plans held out; final corpora unread), threshold by the same rule on the ")
                    .append("remaining generators' held-back plans, tested on the generator left out.\n\n")
                    .append("| generator left out | training plans | choosing plans | test plans | ROC-AUC | ")
                    .append("precision / recall | own-voice plans flagged |\n|---|---|---|---|---|---|---|\n");
            transfer.forEach(t -> card.append(t.line()).append('\n'));
        }
        if (a.generatorMode()) {
            card.append("\n## This run's command\n\n`").append(a.commandLine()).append("`\n");
        }
        return card.toString();
    }
}
