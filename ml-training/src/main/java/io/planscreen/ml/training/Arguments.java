package io.planscreen.ml.training;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@code scripts/train-broker-model} was asked to do, parsed by {@link TrainBrokerModel}; every run's
 * card repeats the command, so each field keeps the option name it came from.
 *
 * @param network which candidate family ({@code v1}, {@code v2}, from {@code v3} the feature-selected MLPs)
 * @param featureGroups {@code PlanFeatures} categories every candidate reads ({@code reuse}, ...); empty: all
 * @param mlpHidden widths of the one-hidden-layer candidates
 * @param precisionZ Wilson z of the threshold rule; null: 0, or the z {@code --select agency-cv} found
 * @param trainCorpora {@code --train}: corpora whose plans are trained on (generator mode)
 * @param selectCorpora {@code --select-on}: corpora that choose features, hyper-parameters, calibration and
 *     threshold (early stopping included); their agencies must be new to training
 * @param finalCorpora {@code --final}: corpora evaluated once, for the chosen model only
 * @param arrivalOrder {@code --arrival-order}: each corpus's reuse signals as its plans arrive one by one
 *     ({@link BrokerDataset#rowsInArrivalOrder}), not against the whole corpus (generator mode, {@code --on})
 * @param targetPrecision the precision the threshold rule asks of the choosing rows (0.90 up to v9)
 * @param evaluateOn {@code --on}: corpora by generator {@code --evaluate} reads instead of {@code --corpus-seeds}
 */
public record Arguments(
        long seed,
        long corpusSeed,
        int size,
        String version,
        Path out,
        List<Long> trainSeeds,
        List<String> trainSeedSplits,
        String network,
        List<String> exclude,
        List<String> featureGroups,
        boolean featureSelection,
        List<Float> mlpDecays,
        List<Integer> mlpHidden,
        Selection select,
        double minRoc,
        @Nullable Double precisionZ,
        boolean validationOnly,
        boolean agencyCv,
        @Nullable Path dumpFeatures,
        List<Path> evaluate,
        List<Long> corpusSeeds,
        List<String> splits,
        @Nullable Path report,
        List<CorpusRef> trainCorpora,
        List<CorpusRef> selectCorpora,
        List<CorpusRef> finalCorpora,
        boolean leaveOneGeneratorOut,
        boolean arrivalOrder,
        List<CorpusRef> evaluateOn,
        double targetPrecision,
        String commandLine) {

    /** How the kept candidate is chosen. */
    public enum Selection {
        /** highest ROC-AUC on the selection rows (validation split, or {@code --select-on} corpora) */
        ROC,
        /** among candidates with ROC-AUC ≥ {@code --min-roc}, the own-voice flag-rate ratio closest to 1 */
        FAIR,
        /** v6: the highest mean held-out-agency ROC-AUC on the training and validation splits */
        AGENCY_CV
    }

    public Arguments {
        trainSeeds = List.copyOf(trainSeeds);
        trainSeedSplits = List.copyOf(trainSeedSplits);
        exclude = List.copyOf(exclude);
        featureGroups = List.copyOf(featureGroups);
        mlpDecays = List.copyOf(mlpDecays);
        mlpHidden = List.copyOf(mlpHidden);
        evaluate = List.copyOf(evaluate);
        corpusSeeds = List.copyOf(corpusSeeds);
        splits = List.copyOf(splits);
        trainCorpora = List.copyOf(trainCorpora);
        selectCorpora = List.copyOf(selectCorpora);
        finalCorpora = List.copyOf(finalCorpora);
        evaluateOn = List.copyOf(evaluateOn);
        if (!List.of("train", "test", "validation").containsAll(trainSeedSplits)) {
            throw new IllegalArgumentException(
                    "--train-seed-splits takes train, validation and/or test: " + trainSeedSplits);
        }
        if (trainSeeds.contains(corpusSeed)) {
            throw new IllegalArgumentException("--train-seeds must differ from the corpus seed " + corpusSeed);
        }
        if (!selectCorpora.isEmpty() && trainCorpora.isEmpty()) {
            throw new IllegalArgumentException("--select-on needs --train corpora");
        }
        if (!trainCorpora.isEmpty() && selectCorpora.isEmpty()) {
            throw new IllegalArgumentException("--train needs --select-on corpora (a generator mode run)");
        }
        CorpusRoles.requireDisjoint(trainCorpora, selectCorpora, finalCorpora);
    }

    /** A run on corpora by generator ({@code --train}/{@code --select-on}/{@code --final}), not on one corpus's splits. */
    public boolean generatorMode() {
        return !selectCorpora.isEmpty();
    }
}
