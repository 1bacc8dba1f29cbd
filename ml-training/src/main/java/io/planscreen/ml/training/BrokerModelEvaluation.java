package io.planscreen.ml.training;

import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.ml.corpus.CorpusGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code --evaluate DIR[,DIR] --corpus-seeds 1,2,3}: released models (hashes checked) on the pooled splits
 * ({@code --splits test}) of first-generator corpora generated with those seeds, each at {@code --size} and with
 * its own reuse index, as training has one; with seeds other than the training corpora's, every agency, company
 * and plan is new to the model. Adds a bootstrap 95% interval of the own-voice flag-rate ratio. {@code --report
 * FILE} writes the figures as JSON. Nothing is trained.
 */
final class BrokerModelEvaluation {

    private BrokerModelEvaluation() {}

    static void run(Arguments a, Consumer<String> log) {
        List<BrokerDataset.Row> rows = new ArrayList<>();
        if (!a.evaluateOn().isEmpty()) {
            // --on: corpora by generator; every plan counts (a second-generator corpus has no splits)
            rows.addAll(TrainingData.rows(a.evaluateOn(), a, log).stream()
                    .map(TrainBrokerModel::asTraining)
                    .toList());
        }
        for (long corpusSeed : a.evaluateOn().isEmpty() ? a.corpusSeeds() : List.<Long>of()) {
            rows.addAll(BrokerDataset.rows(TrainingData.firstGenerator(corpusSeed, a.size(), "", log), m -> {}));
        }
        Map<String, Object> reports = new LinkedHashMap<>();
        for (Path model : a.evaluate()) {
            reports.put(model.toString(), evaluate(model, rows, a, log));
        }
        if (a.report() != null) {
            Json.MAPPER.writeValue(a.report().toFile(), reports);
            log.accept("wrote " + a.report());
        }
    }

    private static Map<String, Object> evaluate(
            Path dir, List<BrokerDataset.Row> rows, Arguments a, Consumer<String> log) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put(
                "corpus",
                a.evaluateOn().isEmpty()
                        ? Map.of("version", CorpusGenerator.VERSION, "seeds", a.corpusSeeds(), "size", a.size())
                        : Map.of(
                                "on",
                                        a.evaluateOn().stream()
                                                .map(CorpusRef::toString)
                                                .toList(),
                                "arrival_order", a.arrivalOrder()));
        try (BrokerDetector detector = BrokerDetector.fromDirectory(dir)) {
            report.put("version", detector.schema().version());
            // with --on every plan is in one pool, "train" (asTraining above)
            for (String split : a.evaluateOn().isEmpty() ? a.splits() : List.of("train")) {
                // "train+validation+test": those splits pooled (with a fresh corpus seed, all of them are unseen)
                List<String> pooled = List.of(split.split("\\+"));
                List<BrokerDataset.Row> part = rows.stream()
                        .filter(r -> pooled.contains(r.plan().split()))
                        .toList();
                Map<String, Object> m = BrokerEvaluation.evaluate(detector, part);
                double[] p = BrokerEvaluation.probabilities(detector, part);
                double[] interval = BrokerEvaluation.ownVoiceRatioInterval(part, p, detector.threshold(), 2000, 7);
                m.put("own_voice_flag_rate_ratio_bootstrap_95", interval);
                // the area ratio within each language: English own-voice plans are flagged far more often, so a
                // chance imbalance of languages between the areas moves the overall ratio
                m.put(
                        "by_language_and_area",
                        BrokerEvaluation.groups(
                                part,
                                p,
                                BrokerDataset.y(part),
                                detector.threshold(),
                                r -> r.plan().plan().language() + "/"
                                        + (r.plan().region().capitalArea() ? "capital" : "non-capital")));
                report.put(split, m);
                log.accept("%s %s, corpora %s: %s; ratio 95%% interval %.3f-%.3f"
                        .formatted(
                                detector.schema().version(),
                                split,
                                a.evaluateOn().isEmpty() ? a.corpusSeeds() : a.evaluateOn(),
                                BrokerEvaluation.summary(part, p, detector.threshold())
                                        .describe(),
                                interval[0],
                                interval[1]));
            }
        }
        return report;
    }
}
