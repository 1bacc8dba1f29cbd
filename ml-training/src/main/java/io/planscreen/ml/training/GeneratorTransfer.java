package io.planscreen.ml.training;

import io.planscreen.ml.broker.BrokerDetector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code --leave-one-generator-out}: the kept candidate's settings trained on all generators but one and tested on
 * the one left out (its training and selection corpora; final corpora stay unread), with the same threshold rule.
 * A model that learnt one generator's style falls here; one that learnt brokers' reuse should not.
 */
final class GeneratorTransfer {

    /** What a model trained without {@code heldOut} did on it. */
    record Result(String heldOut, int trainPlans, int choosingPlans, SplitMetrics test) {

        String line() {
            SplitMetrics t = test;
            return "| %s | %d | %d | %d | %s | %.4f / %.4f | %d / %d |"
                    .formatted(
                            heldOut,
                            trainPlans,
                            choosingPlans,
                            t.plans(),
                            t.rocAuc(),
                            t.precision(),
                            t.recall(),
                            t.fp(),
                            t.fp() + t.tn());
        }
    }

    private GeneratorTransfer() {}

    static List<Result> run(
            List<CorpusRoles.Corpus> corpora,
            BrokerTrainer.Settings settings,
            String version,
            double target,
            double precisionZ,
            Consumer<String> log) {
        Set<String> generators = new LinkedHashSet<>();
        corpora.stream()
                .filter(c -> c.role() != CorpusRoles.Role.FINAL)
                .forEach(c -> generators.add(c.ref().generator()));
        List<Result> out = new ArrayList<>();
        for (String g : generators) {
            CorpusRoles.Split split = CorpusRoles.leaveOut(corpora, g);
            if (split.train().isEmpty() || split.select().isEmpty()) {
                log.accept("leave %s out: nothing left to train or choose on; skipped".formatted(g));
                continue;
            }
            BrokerTrainer.Result r = BrokerTrainer.train(
                    version,
                    BrokerDataset.x(split.train()),
                    BrokerDataset.y(split.train()),
                    BrokerDataset.x(split.select()),
                    BrokerDataset.y(split.select()),
                    settings,
                    m -> {});
            r = BrokerTraining.withThreshold(r, split.select(), target, precisionZ, log);
            try (BrokerDetector d = BrokerDetector.of(r.schema(), r.weights())) {
                Result result = new Result(
                        g, split.train().size(), split.select().size(), BrokerEvaluation.summary(d, split.last()));
                log.accept("leave %s out: %s".formatted(g, result.test().describe()));
                out.add(result);
            }
        }
        return out;
    }
}
