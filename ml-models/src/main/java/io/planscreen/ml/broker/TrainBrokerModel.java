package io.planscreen.ml.broker;

import io.planscreen.ml.corpus.CorpusGenerator;
import io.planscreen.ml.corpus.CorpusPlan;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code scripts/train-broker-model}: generates the corpus (deterministic by its seed), computes
 * features through the serving path, trains, calibrates on validation, evaluates on test (agencies
 * unseen in training) and drift, and writes the version folder with its model card.
 */
public final class TrainBrokerModel {

    private TrainBrokerModel() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        long corpusSeed =
                Long.parseLong(options.getOrDefault("corpus-seed", String.valueOf(CorpusGenerator.DEFAULT_SEED)));
        int size = Integer.parseInt(options.getOrDefault("size", String.valueOf(CorpusGenerator.DEFAULT_SIZE)));
        String version = options.getOrDefault("version", "v1");
        Path out = Path.of(options.getOrDefault("out", "ml-models/models/broker-detector/" + version));

        long started = System.nanoTime();
        log("generating corpus %s (seed %d, %d plans)".formatted(CorpusGenerator.VERSION, corpusSeed, size));
        List<CorpusPlan> corpus = new CorpusGenerator().generate(CorpusGenerator.Settings.of(corpusSeed, size));
        List<LabeledPlan> plans = corpus.stream().map(TrainBrokerModel::labeled).toList();
        log("splits: " + plans.stream().collect(Collectors.groupingBy(LabeledPlan::split, Collectors.counting())));

        List<BrokerDataset.Row> rows = BrokerDataset.rows(plans, TrainBrokerModel::log);
        List<BrokerDataset.Row> train = BrokerDataset.split(rows, "train");
        List<BrokerDataset.Row> validation = BrokerDataset.split(rows, "validation");
        // Candidates are compared on the validation split only (ROC-AUC, then log-loss); test is
        // evaluated once, for the chosen one.
        List<BrokerTrainer.Settings> candidates = "v1".equals(options.getOrDefault("network", version))
                ? List.of(BrokerTrainer.Settings.defaults(seed))
                : BrokerTrainer.Settings.candidates(seed);
        BrokerTrainer.Result result = null;
        double bestAuc = -1;
        double bestLoss = Double.MAX_VALUE;
        List<String> selection = new java.util.ArrayList<>();
        for (BrokerTrainer.Settings candidate : candidates) {
            log("candidate: " + candidate.describe());
            BrokerTrainer.Result r = BrokerTrainer.train(
                    version,
                    BrokerDataset.x(train),
                    BrokerDataset.y(train),
                    BrokerDataset.x(validation),
                    BrokerDataset.y(validation),
                    candidate,
                    TrainBrokerModel::log);
            double auc;
            try (BrokerDetector d = BrokerDetector.of(r.schema(), r.weights())) {
                auc = Metrics.rocAuc(BrokerEvaluation.probabilities(d, validation), BrokerDataset.y(validation));
            }
            double loss = r.bestValidationLoss();
            String line = "| %s | %.4f | %.4f |".formatted(candidate.describe(), auc, loss);
            log("candidate validation: ROC-AUC %.4f, log-loss %.4f".formatted(auc, loss));
            boolean better = auc > bestAuc + 1e-9 || (Math.abs(auc - bestAuc) <= 1e-9 && loss < bestLoss);
            if (better) {
                result = r;
                bestAuc = auc;
                bestLoss = loss;
            }
            selection.add(line);
        }
        log("chosen on validation: hidden %s"
                .formatted(java.util.Arrays.toString(result.schema().hidden())));

        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("model", "broker-detector");
        metrics.put("version", version);
        metrics.put("seed", seed);
        metrics.put("corpus", Map.of("version", CorpusGenerator.VERSION, "seed", corpusSeed, "size", size));
        metrics.put("features", result.schema().features().size());
        try (BrokerDetector detector = BrokerDetector.of(result.schema(), result.weights())) {
            for (String split : List.of("validation", "test", "drift")) {
                List<BrokerDataset.Row> part = BrokerDataset.split(rows, split);
                if (!part.isEmpty()) {
                    metrics.put(split, BrokerEvaluation.evaluate(detector, part));
                    log(split + ": " + summary(metrics.get(split)));
                }
            }
            metrics.put("top_features_test", ModelCard.topFeatures(detector, BrokerDataset.split(rows, "test")));
        }
        StringBuilder card = new StringBuilder(ModelCard.render(result.schema(), metrics));
        if (candidates.size() > 1) {
            card.append("\n## Model selection (validation split only)\n\n")
                    .append(
                            "Each candidate was trained on the training split with early stopping on validation log-loss;")
                    .append(
                            " the one with the highest validation ROC-AUC was kept. Test was evaluated once, for it.\n\n")
                    .append(
                            "| candidate | validation ROC-AUC (uncalibrated) | best validation log-loss |\n|---|---|---|\n");
            selection.forEach(l -> card.append(l).append('\n'));
        }
        BrokerModelRelease.write(out, result, metrics, card.toString());
        log("wrote %s in %.1f s".formatted(out, (System.nanoTime() - started) / 1e9));
    }

    static LabeledPlan labeled(CorpusPlan p) {
        Map<String, String> fields = new LinkedHashMap<>();
        p.gold().forEach((k, v) -> {
            if (v != null) {
                fields.put(k, String.valueOf(v));
            }
        });
        return new LabeledPlan(
                p.id(),
                p.company().id(),
                p.broker() ? (p.agency() == null ? "unknown" : p.agency()) : null,
                p.split(),
                p.plan(),
                fields,
                p.company().region(),
                p.company().size(),
                p.company().industryKsic());
    }

    @SuppressWarnings("unchecked")
    private static String summary(Object metrics) {
        Map<String, Object> m = (Map<String, Object>) metrics;
        return "ROC-AUC %s, PR-AUC %s, precision %s, recall %s, ECE %s, own-voice flag ratio non-capital/capital %s"
                .formatted(
                        m.get("roc_auc"),
                        m.get("pr_auc"),
                        m.get("precision"),
                        m.get("recall"),
                        m.get("ece_10_bins"),
                        m.get("own_voice_flag_rate_ratio_non_capital_to_capital"));
    }

    private static void log(String message) {
        System.out.println("[train-broker-model] " + message);
        System.out.flush();
    }
}
