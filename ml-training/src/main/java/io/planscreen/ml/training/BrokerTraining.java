package io.planscreen.ml.training;

import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.ml.broker.ModelSchema;
import io.planscreen.ml.corpus.CorpusGenerator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One training run: the corpora's features through the serving path, the candidates trained and one kept on the
 * choosing rows, its threshold, the once-only figures, the version folder and its card.
 */
public final class BrokerTraining {

    private BrokerTraining() {}

    public static TrainingResult train(Arguments a, Consumer<String> log) throws IOException {
        long started = System.nanoTime();
        TrainingData data = TrainingData.load(a, log);
        log.accept("training on %d plans (%d agencies), choosing on %d plans (%d agencies)"
                .formatted(
                        data.train().size(),
                        agencies(data.train()),
                        data.validation().size(),
                        agencies(data.validation())));
        List<String> pool = TrainingData.pool(a);
        CandidateSelection.Candidates candidates = CandidateSelection.candidates(a, pool, data.train(), log);
        List<CandidateSelection.Outcome> outcomes = CandidateSelection.choose(a, candidates.settings(), data, log);
        CandidateSelection.Outcome kept = outcomes.get(0);
        if (a.validationOnly()) {
            log.accept("validation only: nothing evaluated on what is reported, nothing written");
            outcomes.forEach(o -> log.accept(o.line()));
            log.accept("would choose: " + kept.settings().describe());
            // leave-one-generator-out reads no final corpus, so it may inform a choice
            List<GeneratorTransfer.Result> transfer = a.leaveOneGeneratorOut()
                    ? GeneratorTransfer.run(
                            data.corpora(), kept.settings(), a.version(), a.targetPrecision(), zOf(a, kept), log)
                    : List.of();
            return new TrainingResult(kept.result(), outcomes, kept.validation(), Map.of(), transfer, null);
        }
        log.accept("chosen (%s): hidden %s".formatted(a.select(), CandidateSelection.hidden(kept)));
        // --precision-z Z: the lowest threshold whose choosing precision's Wilson lower bound at Z reaches 0.90
        // (default 0, the precision itself, as v1-v5; with --select agency-cv, the z its check found to carry over)
        double z = zOf(a, kept);
        BrokerTrainer.Result result = kept.result();
        if (z != 0) {
            result = withThreshold(result, data.validation(), a.targetPrecision(), z, log);
        }
        Map<String, Object> metrics = header(a, result, z);
        Map<String, SplitMetrics> reported = new LinkedHashMap<>();
        SplitMetrics validation;
        List<BrokerDataset.Row> importanceRows =
                data.reported().getOrDefault("test", data.reported().getOrDefault("final", data.validation()));
        try (BrokerDetector detector = BrokerDetector.of(result.schema(), result.weights())) {
            metrics.put("validation", BrokerEvaluation.evaluate(detector, data.validation()));
            validation = BrokerEvaluation.summary(detector, data.validation());
            log.accept("validation: " + validation.describe());
            for (Map.Entry<String, List<BrokerDataset.Row>> e : data.reported().entrySet()) {
                metrics.put(e.getKey(), BrokerEvaluation.evaluate(detector, e.getValue()));
                reported.put(e.getKey(), BrokerEvaluation.summary(detector, e.getValue()));
                log.accept(e.getKey() + ": " + reported.get(e.getKey()).describe());
            }
            metrics.put("top_features_test", ModelCard.topFeatures(detector, importanceRows));
        }
        List<GeneratorTransfer.Result> transfer = a.leaveOneGeneratorOut()
                ? GeneratorTransfer.run(data.corpora(), kept.settings(), a.version(), a.targetPrecision(), z, log)
                : List.of();
        if (!transfer.isEmpty()) {
            metrics.put("leave_one_generator_out", transfer);
        }
        String card = ModelCard.render(result.schema(), metrics)
                + SelectionCard.render(a, pool, candidates, outcomes, transfer);
        metrics.put("train_seconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        BrokerModelRelease.write(a.out(), result, metrics, card);
        log.accept("wrote %s in %.1f s".formatted(a.out(), (System.nanoTime() - started) / 1e9));
        return new TrainingResult(result, outcomes, validation, reported, transfer, a.out());
    }

    private static double zOf(Arguments a, CandidateSelection.Outcome kept) {
        return a.precisionZ() != null
                ? a.precisionZ()
                : a.select() == Arguments.Selection.AGENCY_CV
                        ? Objects.requireNonNull(kept.rule()).z()
                        : 0;
    }

    /** The result with its threshold (and the MEDIUM band's start) re-chosen on the choosing rows at Wilson z. */
    static BrokerTrainer.Result withThreshold(
            BrokerTrainer.Result result,
            List<BrokerDataset.Row> validation,
            double target,
            double z,
            Consumer<String> log) {
        ModelSchema s = result.schema();
        double threshold;
        try (BrokerDetector d = BrokerDetector.of(s, result.weights())) {
            threshold = Metrics.thresholdForPrecision(
                    BrokerEvaluation.probabilities(d, validation), BrokerDataset.y(validation), target, z);
        }
        log.accept("threshold %.4f: lowest threshold whose precision's Wilson lower bound at z = %s is ≥ %s"
                .formatted(threshold, z, target));
        return new BrokerTrainer.Result(s.withThreshold(threshold), result.weights(), result.validationLoss());
    }

    private static Map<String, Object> header(Arguments a, BrokerTrainer.Result result, double z) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("model", "broker-detector");
        metrics.put("version", a.version());
        metrics.put("seed", a.seed());
        Map<String, Object> corpus = new LinkedHashMap<>();
        if (a.generatorMode()) {
            corpus.put(
                    "train", a.trainCorpora().stream().map(CorpusRef::toString).toList());
            corpus.put(
                    "select",
                    a.selectCorpora().stream().map(CorpusRef::toString).toList());
            corpus.put(
                    "final", a.finalCorpora().stream().map(CorpusRef::toString).toList());
            corpus.put("size", a.size());
            corpus.put("g1_train_splits", a.trainSeedSplits());
            corpus.put("arrival_order", a.arrivalOrder());
            metrics.put("command", a.commandLine());
        } else {
            corpus.put("version", CorpusGenerator.VERSION);
            corpus.put("seed", a.corpusSeed());
            corpus.put("size", a.size());
            if (!a.trainSeeds().isEmpty()) {
                corpus.put("train_seeds", a.trainSeeds());
            }
            if (!a.trainSeedSplits().equals(List.of("train"))) {
                corpus.put("train_seed_splits", a.trainSeedSplits());
            }
        }
        metrics.put("corpus", corpus);
        metrics.put("features", result.schema().features().size());
        if (z != 0) {
            // (absent for z = 0, so that a rerun of v1-v5 writes their metrics.json unchanged)
            metrics.put(
                    "threshold_rule",
                    "lowest %s threshold whose precision's Wilson lower bound at z = %s is ≥ %s"
                            .formatted(
                                    a.generatorMode() ? "selection-set" : "validation",
                                    z,
                                    a.targetPrecision() == 0.90 ? "0.90" : a.targetPrecision()));
        }
        return metrics;
    }

    private static long agencies(List<BrokerDataset.Row> rows) {
        return rows.stream()
                .map(r -> r.plan().broker())
                .filter(Objects::nonNull)
                .distinct()
                .count();
    }
}
