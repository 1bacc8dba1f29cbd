package io.planscreen.evaluation;

import io.planscreen.ml.corpus.CorpusJson;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.reuse.PlanSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * Where broker probabilities come from. The service's {@code BrokerScoring} facade scores stored
 * applications only, so the harness takes (a) probabilities a model wrote to a file ({@code --scores},
 * JSONL {"id", "probability", "threshold"?}) and (b) always a transparent single-signal baseline: the
 * plan's highest whole-plan character-5-gram overlap ({@link PlanSignature}, the signature the service stores)
 * with another plan in the same data set, every pair compared (no LSH).
 */
final class BrokerScores {

    /** @param threshold the operating threshold (flagged = probability ≥ threshold) */
    record Scorer(
            String name, String description, Map<String, Double> probabilities, double threshold, boolean calibrated) {}

    private BrokerScores() {}

    static Scorer fromFile(Path file) throws IOException {
        Map<String, Double> probabilities = new HashMap<>();
        double threshold = 0.5;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = CorpusJson.parse(line);
            probabilities.put(n.get("id").asString(), n.get("probability").asDouble());
            if (n.has("threshold")) {
                threshold = n.get("threshold").asDouble();
            }
        }
        return new Scorer("model", "probabilities from " + file.getFileName(), probabilities, threshold, true);
    }

    /** Every {@link PlanBrokerScorer} on the class path, run over the evaluated plans. */
    static List<Scorer> registered(List<Evaluator.ItemResult> results, Consumer<String> log) {
        List<Scorer> scorers = new ArrayList<>();
        for (PlanBrokerScorer scorer : ServiceLoader.load(PlanBrokerScorer.class)) {
            List<Evaluator.ItemResult> scored =
                    results.stream().filter(r -> r.plan() != null).toList();
            List<PlanBrokerScorer.Input> inputs = scored.stream()
                    .map(r -> new PlanBrokerScorer.Input(
                            r.item().id(),
                            r.plan(),
                            r.offline(),
                            r.item().company() == null
                                    ? r.item().id()
                                    : r.item().company()))
                    .toList();
            log.accept("[evaluate] broker model " + scorer.name() + " on " + inputs.size() + " plans");
            double[] p = scorer.probabilities(inputs);
            Map<String, Double> probabilities = new HashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                probabilities.put(inputs.get(i).id(), p[i]);
            }
            scorers.add(new Scorer(scorer.name(), scorer.description(), probabilities, scorer.threshold(), true));
        }
        return scorers;
    }

    static Scorer reuseBaseline(List<Evaluator.ItemResult> results) {
        int n = results.size();
        PlanSignature[] signatures = new PlanSignature[n];
        for (int i = 0; i < n; i++) {
            PlanText plan = results.get(i).plan();
            signatures[i] = PlanSignature.of(plan == null ? List.of() : plan.paragraphs());
        }
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = signatures[i].similarity(signatures[j]);
                best[i] = Math.max(best[i], s);
                best[j] = Math.max(best[j], s);
            }
        }
        Map<String, Double> probabilities = new HashMap<>();
        for (int i = 0; i < n; i++) {
            probabilities.put(results.get(i).item().id(), best[i]);
        }
        return new Scorer(
                "reuse-baseline",
                "max whole-plan MinHash (char 5-gram, ml-models PlanSignature, every other plan compared) overlap with"
                        + " another plan in the evaluated set; a similarity, not a calibrated"
                        + " probability; threshold by Youden's J on the evaluated data itself (optimistic)",
                probabilities,
                youden(results, best),
                false);
    }

    /** The threshold maximising TPR − FPR over the labelled items (0.5 when there are no labels). */
    static double youden(List<Evaluator.ItemResult> results, double[] scores) {
        List<Integer> labelled = IntStream.range(0, results.size())
                .filter(i -> results.get(i).item().label() != null)
                .boxed()
                .toList();
        if (labelled.isEmpty()) {
            return 0.5;
        }
        double[] s = labelled.stream().mapToDouble(i -> scores[i]).toArray();
        int[] y = labelled.stream().mapToInt(i -> results.get(i).item().label()).toArray();
        double best = 0.5;
        double bestJ = -1;
        for (double t : Arrays.stream(s).distinct().sorted().toArray()) {
            BinaryMetrics.Confusion c = BinaryMetrics.confusion(s, y, t);
            double fpr = c.fp() + c.tn() == 0 ? 0 : (double) c.fp() / (c.fp() + c.tn());
            if (c.recall() - fpr > bestJ) {
                bestJ = c.recall() - fpr;
                best = t;
            }
        }
        return best;
    }
}
