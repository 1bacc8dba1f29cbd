package io.planscreen.ml.training;

import io.planscreen.ml.corpus.CorpusGenerator;
import io.planscreen.ml.corpus.CorpusPlan;
import io.planscreen.ml.features.PlanFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The feature rows a run trains, chooses and reports on. Either one first-generator corpus with its splits
 * (plus {@code --train-seeds} corpora, as v7 and v9 were trained), or corpora by generator and role
 * ({@code --train}, {@code --select-on}, {@code --final}; {@link CorpusRoles}). Each corpus's features are
 * computed over its own reuse index.
 *
 * @param rows every row of the run (the fairness and feature-selection views read them)
 * @param validation the rows that choose: early stopping, calibration, candidate and threshold
 * @param reported the rows measured once for the chosen model, by name ({@code test}, {@code drift} or
 *     {@code final})
 * @param corpora the generator mode's corpora (empty otherwise), for leave-one-generator-out
 */
record TrainingData(
        List<BrokerDataset.Row> rows,
        List<BrokerDataset.Row> train,
        List<BrokerDataset.Row> validation,
        Map<String, List<BrokerDataset.Row>> reported,
        List<CorpusRoles.Corpus> corpora) {

    static TrainingData load(Arguments a, Consumer<String> log) {
        return a.generatorMode() ? byGenerator(a, log) : oneCorpus(a, log);
    }

    /** The plans of one first-generator corpus, labelled with its splits. */
    static List<LabeledPlan> firstGenerator(long seed, int size, String prefix, Consumer<String> log) {
        log.accept("generating corpus %s (seed %d, %d plans)".formatted(CorpusGenerator.VERSION, seed, size));
        List<CorpusPlan> corpus = new CorpusGenerator().generate(CorpusGenerator.Settings.of(seed, size));
        return corpus.stream().map(p -> TrainBrokerModel.labeled(p, prefix)).toList();
    }

    /** The features every candidate may read: all, less {@code --exclude}, within {@code --feature-groups}. */
    static List<String> pool(Arguments a) {
        if (!PlanFeatures.names().containsAll(a.exclude())) {
            throw new IllegalArgumentException("unknown feature in --exclude: " + a.exclude());
        }
        List<String> groups = a.featureGroups();
        List<String> known =
                PlanFeatures.SCHEMA.stream().map(f -> f.group()).distinct().toList();
        if (!known.containsAll(groups)) {
            throw new IllegalArgumentException("--feature-groups takes %s: %s".formatted(known, groups));
        }
        return PlanFeatures.SCHEMA.stream()
                .filter(f -> groups.isEmpty() || groups.contains(f.group()))
                .map(f -> f.name())
                .filter(n -> !a.exclude().contains(n))
                .toList();
    }

    private static TrainingData oneCorpus(Arguments a, Consumer<String> log) {
        List<BrokerDataset.Row> rows =
                new ArrayList<>(BrokerDataset.rows(firstGenerator(a.corpusSeed(), a.size(), "", log), log));
        // --train-seeds: the training and validation splits of more corpora are added to training and validation
        // (each with its own reuse index; its agencies, drawn anew from its seed, kept apart by a seed prefix).
        // Broker agencies are what a model must generalise over, and one corpus has only six training agencies.
        for (long extra : a.trainSeeds()) {
            List<LabeledPlan> more = firstGenerator(extra, a.size(), "s" + extra + "-", log);
            for (BrokerDataset.Row r : BrokerDataset.rows(more, m -> {})) {
                String split = r.plan().split();
                if (split.equals("validation")) {
                    rows.add(r);
                } else if (a.trainSeedSplits().contains(split)) {
                    // --train-seed-splits train,test (v9): that corpus's test split is trained on too
                    rows.add(split.equals("train") ? r : TrainBrokerModel.asTraining(r));
                }
            }
        }
        Map<String, List<BrokerDataset.Row>> reported = new LinkedHashMap<>();
        for (String split : List.of("test", "drift")) {
            List<BrokerDataset.Row> part = BrokerDataset.split(rows, split);
            if (!part.isEmpty()) {
                reported.put(split, part);
            }
        }
        return new TrainingData(
                rows, BrokerDataset.split(rows, "train"), BrokerDataset.split(rows, "validation"), reported, List.of());
    }

    private static TrainingData byGenerator(Arguments a, Consumer<String> log) {
        List<CorpusRoles.Corpus> corpora = new ArrayList<>();
        add(corpora, a.trainCorpora(), CorpusRoles.Role.TRAIN, a, log);
        add(corpora, a.selectCorpora(), CorpusRoles.Role.SELECT, a, log);
        add(corpora, a.finalCorpora(), CorpusRoles.Role.FINAL, a, log);
        CorpusRoles.Split split = CorpusRoles.split(corpora, a.trainSeedSplits());
        List<BrokerDataset.Row> rows = new ArrayList<>(split.train());
        rows.addAll(split.select());
        Map<String, List<BrokerDataset.Row>> reported = new LinkedHashMap<>();
        if (!split.last().isEmpty()) {
            reported.put("final", split.last());
        }
        return new TrainingData(rows, split.train(), split.select(), reported, corpora);
    }

    /** The rows of these corpora (each over its own reuse index; in arrival order with {@code --arrival-order}). */
    static List<BrokerDataset.Row> rows(List<CorpusRef> refs, Arguments a, Consumer<String> log) {
        List<CorpusRoles.Corpus> corpora = new ArrayList<>();
        add(corpora, refs, CorpusRoles.Role.FINAL, a, log);
        return corpora.stream().flatMap(c -> c.rows().stream()).toList();
    }

    private static void add(
            List<CorpusRoles.Corpus> corpora,
            List<CorpusRef> refs,
            CorpusRoles.Role role,
            Arguments a,
            Consumer<String> log) {
        for (CorpusRef ref : refs) {
            // --size is the first generator's corpus size; the second's corpora have its own shape
            CorpusRef sized = ref.generator().equals(CorpusRoles.SPLIT_GENERATOR) ? ref.withDefaultSize(a.size()) : ref;
            log.accept("corpus %s (%s), role %s".formatted(sized, Generators.describe(sized.generator()), role));
            List<LabeledPlan> plans = Generators.plans(sized);
            List<BrokerDataset.Row> rows = a.arrivalOrder()
                    ? BrokerDataset.rowsInArrivalOrder(plans, sized.seed())
                    : BrokerDataset.rows(plans, m -> {});
            corpora.add(new CorpusRoles.Corpus(sized, role, rows));
        }
    }
}
