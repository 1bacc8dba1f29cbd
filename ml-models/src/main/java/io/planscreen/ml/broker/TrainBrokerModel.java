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
        BrokerTrainer.Result result = BrokerTrainer.train(
                version,
                BrokerDataset.x(train),
                BrokerDataset.y(train),
                BrokerDataset.x(validation),
                BrokerDataset.y(validation),
                BrokerTrainer.Settings.defaults(seed),
                TrainBrokerModel::log);

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
        BrokerModelRelease.write(out, result, metrics, ModelCard.render(result.schema(), metrics));
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
