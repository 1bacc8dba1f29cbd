package io.planscreen.ml.training;

import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.ml.broker.ModelSchema;
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

        if (options.containsKey("evaluate")) {
            evaluate(options, size);
            return;
        }
        long started = System.nanoTime();
        log("generating corpus %s (seed %d, %d plans)".formatted(CorpusGenerator.VERSION, corpusSeed, size));
        List<CorpusPlan> corpus = new CorpusGenerator().generate(CorpusGenerator.Settings.of(corpusSeed, size));
        List<LabeledPlan> plans = corpus.stream().map(TrainBrokerModel::labeled).toList();
        log("splits: " + plans.stream().collect(Collectors.groupingBy(LabeledPlan::split, Collectors.counting())));

        List<BrokerDataset.Row> rows = BrokerDataset.rows(plans, TrainBrokerModel::log);
        if (options.containsKey("dump-features")) {
            dump(Path.of(options.get("dump-features")), rows);
            return;
        }
        // --train-seeds 1,2,3: the training and validation splits of corpora generated with these seeds are added to
        // training and validation (each corpus with its own reuse index; its agencies, drawn anew from its seed,
        // kept apart by a seed prefix). Broker agencies are what a model must generalise over, and one corpus has
        // only six training agencies. Test and drift stay the primary corpus's own.
        List<Long> trainSeeds = options.containsKey("train-seeds")
                ? java.util.Arrays.stream(options.get("train-seeds").split(","))
                        .map(Long::parseLong)
                        .toList()
                : List.of();
        List<String> extraSplits =
                List.of(options.getOrDefault("train-seed-splits", "train").split(","));
        if (!List.of("train", "test").containsAll(extraSplits)) {
            throw new IllegalArgumentException("--train-seed-splits takes train and/or test: " + extraSplits);
        }
        if (!trainSeeds.isEmpty()) {
            List<BrokerDataset.Row> all = new java.util.ArrayList<>(rows);
            for (long extra : trainSeeds) {
                if (extra == corpusSeed) {
                    throw new IllegalArgumentException("--train-seeds must differ from the corpus seed " + corpusSeed);
                }
                log("generating corpus %s (seed %d, %d plans) for training and validation"
                        .formatted(CorpusGenerator.VERSION, extra, size));
                // features over the whole corpus (its reuse index holds every plan, as the primary one does)
                List<LabeledPlan> more = new CorpusGenerator()
                        .generate(CorpusGenerator.Settings.of(extra, size)).stream()
                                .map(p -> labeled(p, "s" + extra + "-"))
                                .toList();
                for (BrokerDataset.Row r : BrokerDataset.rows(more, m -> {})) {
                    String split = r.plan().split();
                    if (split.equals("validation")) {
                        all.add(r);
                    } else if (extraSplits.contains(split)) {
                        // --train-seed-splits train,test: that corpus's test split (three agencies with fewer
                        // clients each, the shape of the primary test split) is trained on too
                        all.add(split.equals("train") ? r : asTraining(r));
                    }
                }
            }
            rows = all;
        }
        List<BrokerDataset.Row> train = BrokerDataset.split(rows, "train");
        List<BrokerDataset.Row> validation = BrokerDataset.split(rows, "validation");
        log("training on %d plans (%d agencies), validation %d plans (%d agencies)"
                .formatted(
                        train.size(),
                        train.stream()
                                .map(r -> r.plan().broker())
                                .filter(b -> b != null)
                                .distinct()
                                .count(),
                        validation.size(),
                        validation.stream()
                                .map(r -> r.plan().broker())
                                .filter(b -> b != null)
                                .distinct()
                                .count()));
        // Candidates are compared on the validation split only (ROC-AUC, then log-loss); test is
        // evaluated once, for the chosen one.
        String network = options.getOrDefault("network", version);
        // --exclude a,b: features left out of the pool (and of feature selection), e.g. proxies of the area
        List<String> excluded =
                options.containsKey("exclude") ? List.of(options.get("exclude").split(",")) : List.of();
        if (!io.planscreen.ml.features.PlanFeatures.names().containsAll(excluded)) {
            throw new IllegalArgumentException("unknown feature in --exclude: " + excluded);
        }
        List<String> pool = io.planscreen.ml.features.PlanFeatures.names().stream()
                .filter(n -> !excluded.contains(n))
                .toList();
        if ("true".equals(options.get("agency-cv"))) {
            // --agency-cv true: held-out-agency ROC-AUC of the hidden-layer candidates on the pool (after
            // --exclude), training and validation splits only; nothing is written and test is not touched
            for (String width : options.getOrDefault("mlp-hidden", "8").split(",")) {
                BrokerTrainer.Settings settings = BrokerTrainer.Settings.candidates(seed)
                        .get(1)
                        .withHidden(new int[] {Integer.parseInt(width)})
                        .withFeatures(pool);
                AgencyCrossValidation.Result cv = AgencyCrossValidation.run(rows, settings, TrainBrokerModel::log);
                log("agency-cv: %s: mean held-out-agency ROC-AUC %.4f (%s)"
                        .formatted(settings.describe(), cv.mean(), java.util.Arrays.toString(cv.rocAuc())));
                // the threshold rules, on the out-of-fold probabilities: 2 agencies choose (as validation
                // does), 3 others check (as test does)
                List<ThresholdRuleCheck.Outcome> rules = thresholdRules(cv, seed);
                rules.forEach(o -> log("agency-cv threshold rule: " + o.describe()));
                log("agency-cv threshold rule meeting both targets most often: z %.2f"
                        .formatted(ThresholdRuleCheck.best(rules).z()));
            }
            return;
        }
        FeatureSelection.Result chosenFeatures = null;
        List<BrokerTrainer.Settings> candidates;
        if ("v1".equals(network)) {
            candidates = List.of(BrokerTrainer.Settings.defaults(seed));
        } else if ("v2".equals(network)) {
            candidates = BrokerTrainer.Settings.candidates(seed);
        } else {
            // v3: features that carry over to unseen agencies, chosen by leave-agencies-out CV on train only
            List<List<String>> featureSets = new java.util.ArrayList<>();
            featureSets.add(pool);
            if (!"false".equals(options.get("selection"))) {
                chosenFeatures = FeatureSelection.backward(train, pool, 3, 0.01, 0.002, seed, TrainBrokerModel::log);
                log("kept %d features: %s".formatted(chosenFeatures.kept().size(), chosenFeatures.kept()));
                featureSets.add(chosenFeatures.kept());
            }
            // --mlp-decays 0.01,0.05: weight decays of the hidden [8] candidate (v3/v4: 0.01 only)
            List<Float> decays = java.util.Arrays.stream(
                            options.getOrDefault("mlp-decays", "0.01").split(","))
                    .map(Float::parseFloat)
                    .toList();
            // --mlp-hidden 8,16: widths of the one-hidden-layer candidates (v3/v4: 8 only; from v5: 8 and 16)
            List<Integer> widths = java.util.Arrays.stream(options.getOrDefault(
                                    "mlp-hidden", List.of("v3", "v4").contains(network) ? "8" : "8,16")
                            .split(","))
                    .map(Integer::parseInt)
                    .toList();
            candidates = new java.util.ArrayList<>();
            for (List<String> features : featureSets) {
                List<BrokerTrainer.Settings> base = BrokerTrainer.Settings.candidates(seed);
                candidates.add(base.get(0).withFeatures(features));
                for (int width : widths) {
                    for (float decay : decays) {
                        candidates.add(base.get(1)
                                .withHidden(new int[] {width})
                                .withWeightDecay(decay)
                                .withFeatures(features));
                    }
                }
            }
        }
        // --select roc (default): highest validation ROC-AUC. --select fair --min-roc R: among the candidates
        // with validation ROC-AUC ≥ R, the one whose validation own-voice flag-rate ratio is closest to 1.
        // --select agency-cv (v6): the highest mean held-out-agency ROC-AUC (--agency-cv's estimate, training and
        // validation splits only), and the threshold rule that check found to carry over best. v6 chose so and did
        // worse than v5 on test and on fresh corpora: the estimates of the candidates lay within their noise.
        String select = options.getOrDefault("select", "roc");
        boolean fair = "fair".equals(select);
        boolean byAgencies = "agency-cv".equals(select);
        double bestCv = -1;
        double cvZ = 0;
        double minRoc = Double.parseDouble(options.getOrDefault("min-roc", "0"));
        BrokerTrainer.Result result = null;
        double bestAuc = -1;
        double bestLoss = Double.MAX_VALUE;
        double bestGap = Double.MAX_VALUE;
        boolean bestEligible = false;
        String chosen = "";
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
            double meanRatio;
            Map<String, Object> val;
            try (BrokerDetector d = BrokerDetector.of(r.schema(), r.weights())) {
                double[] p = BrokerEvaluation.probabilities(d, validation);
                auc = Metrics.rocAuc(p, BrokerDataset.y(validation));
                val = BrokerEvaluation.evaluate(d, validation);
                meanRatio = ownVoiceMean(validation, p, false) / ownVoiceMean(validation, p, true);
            }
            double loss = r.bestValidationLoss();
            Object ratio = val.get("own_voice_flag_rate_ratio_non_capital_to_capital");
            double cv = Double.NaN;
            ThresholdRuleCheck.Outcome rule = null;
            if (byAgencies) {
                AgencyCrossValidation.Result held = AgencyCrossValidation.run(rows, candidate, m -> {});
                cv = held.mean();
                rule = ThresholdRuleCheck.best(thresholdRules(held, seed));
                log("candidate held-out-agency ROC-AUC %.4f; threshold rule %s".formatted(cv, rule.describe()));
            }
            String line = "| %s | %s%.4f | %.4f | %s / %s | %s | %s (%s / %s) | %.3f |"
                    .formatted(
                            candidate.describe(),
                            byAgencies
                                    ? "%.4f (both targets in %.1f%% of draws at z %.2f) | "
                                            .formatted(cv, 100 * rule.bothMet(), rule.z())
                                    : "",
                            auc,
                            loss,
                            val.get("precision"),
                            val.get("recall"),
                            val.get("ece_10_bins"),
                            ratio,
                            val.get("own_voice_flag_rate_non_capital"),
                            val.get("own_voice_flag_rate_capital"),
                            meanRatio);
            log("candidate validation: " + line);
            double gap = ratio == null ? Double.MAX_VALUE : Math.abs(Math.log((Double) ratio));
            boolean eligible = auc >= minRoc;
            boolean better;
            if (byAgencies) {
                better = cv > bestCv + 1e-9;
            } else if (fair) {
                better = (eligible && !bestEligible)
                        || (eligible == bestEligible
                                && (eligible
                                        ? gap < bestGap - 1e-9 || (Math.abs(gap - bestGap) <= 1e-9 && auc > bestAuc)
                                        : auc > bestAuc + 1e-9));
            } else {
                better = auc > bestAuc + 1e-9 || (Math.abs(auc - bestAuc) <= 1e-9 && loss < bestLoss);
            }
            if (better) {
                result = r;
                bestAuc = auc;
                if (byAgencies) {
                    bestCv = cv;
                    cvZ = rule.z();
                }
                bestLoss = loss;
                bestGap = gap;
                bestEligible = eligible;
                chosen = candidate.describe();
            }
            selection.add(line);
        }
        if (options.containsKey("validation-only")) {
            log("validation only: nothing evaluated on test, nothing written");
            selection.forEach(TrainBrokerModel::log);
            log("would choose: " + chosen);
            return;
        }
        log("chosen (%s): hidden %s"
                .formatted(select, java.util.Arrays.toString(result.schema().hidden())));
        // --precision-z Z: the threshold is the lowest whose validation precision's Wilson lower bound at Z
        // reaches 0.90 (default 0, the precision itself, as v1-v5; with --select agency-cv, the z its check found
        // to carry over best; v7 and v9: 1.0)
        double precisionZ = options.containsKey("precision-z")
                ? Double.parseDouble(options.get("precision-z"))
                : byAgencies ? cvZ : 0;
        if (precisionZ != 0) {
            result = withThreshold(result, validation, precisionZ);
        }

        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("model", "broker-detector");
        metrics.put("version", version);
        metrics.put("seed", seed);
        Map<String, Object> corpusInfo = new LinkedHashMap<>();
        corpusInfo.put("version", CorpusGenerator.VERSION);
        corpusInfo.put("seed", corpusSeed);
        corpusInfo.put("size", size);
        if (!trainSeeds.isEmpty()) {
            corpusInfo.put("train_seeds", trainSeeds);
        }
        if (!extraSplits.equals(List.of("train"))) {
            corpusInfo.put("train_seed_splits", extraSplits);
        }
        metrics.put("corpus", corpusInfo);
        metrics.put("features", result.schema().features().size());
        if (precisionZ != 0) {
            // (absent for z = 0, so that a rerun of v1-v5 writes their metrics.json unchanged)
            metrics.put(
                    "threshold_rule",
                    "lowest validation threshold whose precision's Wilson lower bound at z = %s is ≥ 0.90"
                            .formatted(precisionZ));
        }
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
            card.append(
                            byAgencies
                                    ? "\n## Model selection (training and validation splits only)\n\n"
                                    : "\n## Model selection (validation split only)\n\n")
                    .append(
                            "Each candidate was trained on the training split with early stopping on validation log-loss;")
                    .append(
                            byAgencies
                                    ? " the one with the highest mean held-out-agency ROC-AUC (`--agency-cv`: leave-one-agency-out over the training and validation agencies) was kept, with the threshold rule that its out-of-fold probabilities showed to meet both targets (precision ≥ 0.90, recall ≥ 0.80) most often when 2 held-out agencies choose the threshold and 3 others check it (all 560 combinations; Wilson z of %s compared)."
                                            .formatted(java.util.Arrays.toString(PRECISION_Z_CANDIDATES))
                                    : fair
                                            ? " among those with validation ROC-AUC ≥ %s, the one whose validation own-voice flag-rate ratio is closest to 1 was kept."
                                                    .formatted(minRoc)
                                            : " the one with the highest validation ROC-AUC was kept.")
                    .append(" Test was evaluated once, for it.")
                    .append(
                            excluded.isEmpty()
                                    ? "\n\n"
                                    : " Left out of every candidate: %s.\n\n".formatted(String.join(", ", excluded)))
                    .append(
                            byAgencies
                                    ? "| candidate | mean held-out-agency ROC-AUC (best threshold rule on its out-of-fold probabilities) | validation ROC-AUC (uncalibrated) | best validation log-loss | validation precision / recall | validation ECE | validation own-voice flag-rate ratio (non-capital / capital) | validation own-voice mean probability, non-capital / capital |\n|---|---|---|---|---|---|---|---|\n"
                                    : "| candidate | validation ROC-AUC (uncalibrated) | best validation log-loss | validation precision / recall | validation ECE | validation own-voice flag-rate ratio (non-capital / capital) | validation own-voice mean probability, non-capital / capital |\n|---|---|---|---|---|---|---|\n");
            selection.forEach(l -> card.append(l).append('\n'));
        }
        if (chosenFeatures != null) {
            card.append("\n## Feature selection (training split only)\n\n")
                    .append(
                            "`FeatureSelection`: %d leave-agencies-out folds on the training split (each fold's broker plans"
                                    .formatted(chosenFeatures.folds()))
                    .append(" come from agencies absent from its fitting part), L2 logistic regression (λ 0.01),")
                    .append(
                            " backward elimination while the mean held-out ROC-AUC does not fall by more than 0.002.\n\n")
                    .append("- grouped-CV ROC-AUC, all %d features: %.4f; kept %d: %.4f\n"
                            .formatted(
                                    pool.size(),
                                    chosenFeatures.scoreAll(),
                                    chosenFeatures.kept().size(),
                                    chosenFeatures.scoreKept()))
                    .append("- dropped, in order: %s\n".formatted(String.join(", ", chosenFeatures.dropped())))
                    .append("- kept: %s\n".formatted(String.join(", ", chosenFeatures.kept())));
        }
        metrics.put("train_seconds", Math.round((System.nanoTime() - started) / 1e8) / 10.0);
        BrokerModelRelease.write(out, result, metrics, card.toString());
        log("wrote %s in %.1f s".formatted(out, (System.nanoTime() - started) / 1e9));
    }

    /** The Wilson z candidates {@code --agency-cv} compares for the threshold rule. */
    static final double[] PRECISION_Z_CANDIDATES = {0, 0.5, 1.0, 1.28, 1.64, 2.0};

    /** The threshold rules on out-of-fold probabilities: 2 held-out agencies choose, 3 others check. */
    static List<ThresholdRuleCheck.Outcome> thresholdRules(AgencyCrossValidation.Result cv, long seed) {
        return ThresholdRuleCheck.run(
                cv.rows().stream().map(r -> r.plan().broker()).toList(),
                cv.outOfFold(),
                PRECISION_Z_CANDIDATES,
                2,
                3,
                seed);
    }

    /** The result with its threshold (and the MEDIUM band's start) re-chosen on validation at Wilson z. */
    static BrokerTrainer.Result withThreshold(
            BrokerTrainer.Result result, List<BrokerDataset.Row> validation, double z) {
        ModelSchema s = result.schema();
        double threshold;
        try (BrokerDetector d = BrokerDetector.of(s, result.weights())) {
            threshold = Metrics.thresholdForPrecision(
                    BrokerEvaluation.probabilities(d, validation), BrokerDataset.y(validation), 0.90, z);
        }
        log("threshold %.4f: lowest validation threshold whose precision's Wilson lower bound at z = %s is ≥ 0.90"
                .formatted(threshold, z));
        return new BrokerTrainer.Result(s.withThreshold(threshold), result.weights(), result.validationLoss());
    }

    /**
     * {@code --evaluate DIR --corpus-seeds 1,2,3}: the released model in DIR (hashes checked) on the pooled
     * splits ({@code --splits test}) of corpora generated with those seeds, each at {@code --size} and with its
     * own reuse index, as training has one; with seeds other than the training corpus's, every agency, company
     * and plan is new to the model. Adds a bootstrap 95% interval of the own-voice flag-rate ratio. {@code
     * --report FILE} writes the figures as JSON. Nothing is trained.
     */
    private static void evaluate(Map<String, String> options, int size) throws java.io.IOException {
        List<Long> seeds = java.util.Arrays.stream(options.getOrDefault(
                                "corpus-seeds",
                                options.getOrDefault("corpus-seed", String.valueOf(CorpusGenerator.DEFAULT_SEED)))
                        .split(","))
                .map(Long::parseLong)
                .toList();
        List<BrokerDataset.Row> rows = new java.util.ArrayList<>();
        for (long corpusSeed : seeds) {
            log("generating corpus %s (seed %d, %d plans)".formatted(CorpusGenerator.VERSION, corpusSeed, size));
            List<CorpusPlan> corpus = new CorpusGenerator().generate(CorpusGenerator.Settings.of(corpusSeed, size));
            rows.addAll(BrokerDataset.rows(
                    corpus.stream().map(TrainBrokerModel::labeled).toList(), m -> {}));
        }
        Map<String, Object> reports = new LinkedHashMap<>();
        for (String model : options.get("evaluate").split(",")) {
            reports.put(model, evaluate(Path.of(model), rows, options, seeds, size));
        }
        if (options.containsKey("report")) {
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValue(Path.of(options.get("report")).toFile(), reports);
            log("wrote " + options.get("report"));
        }
    }

    private static Map<String, Object> evaluate(
            Path dir, List<BrokerDataset.Row> rows, Map<String, String> options, List<Long> seeds, int size) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("corpus", Map.of("version", CorpusGenerator.VERSION, "seeds", seeds, "size", size));
        try (BrokerDetector detector = BrokerDetector.fromDirectory(dir)) {
            report.put("version", detector.schema().version());
            for (String split : options.getOrDefault("splits", "test").split(",")) {
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
                log("%s %s, corpus seeds %s (%d plans): %s; confusion %s; ratio 95%% interval %.3f-%.3f"
                        .formatted(
                                detector.schema().version(),
                                split,
                                seeds,
                                part.size(),
                                summary(m),
                                m.get("confusion"),
                                interval[0],
                                interval[1]));
            }
        }
        return report;
    }

    /** Mean calibrated probability of the own-voice plans of one area (a less count-bound fairness view). */
    private static double ownVoiceMean(List<BrokerDataset.Row> rows, double[] p, boolean capital) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < rows.size(); i++) {
            BrokerDataset.Row r = rows.get(i);
            if (r.label() == 0 && r.plan().region().capitalArea() == capital) {
                sum += p[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * {@code --dump-features FILE}: the feature table (split, agency, label, area, region, features) for analysis
     * outside the trainer; nothing is trained.
     */
    private static void dump(Path file, List<BrokerDataset.Row> rows) throws java.io.IOException {
        StringBuilder csv = new StringBuilder("split,agency,label,capital,region,")
                .append(String.join(",", io.planscreen.ml.features.PlanFeatures.names()))
                .append('\n');
        for (BrokerDataset.Row r : rows) {
            csv.append(r.plan().split())
                    .append(',')
                    .append(r.plan().broker() == null ? "" : r.plan().broker())
                    .append(',')
                    .append(r.label())
                    .append(',')
                    .append(r.plan().region().capitalArea() ? 1 : 0)
                    .append(',')
                    .append(r.plan().region().name());
            for (double v : r.features()) {
                csv.append(',').append(v);
            }
            csv.append('\n');
        }
        java.nio.file.Files.writeString(file, csv);
        log("wrote %d feature rows to %s".formatted(rows.size(), file));
    }

    static LabeledPlan labeled(CorpusPlan p) {
        return labeled(p, "");
    }

    /** Another corpus's row moved to the training split (its features are its own corpus's, unchanged). */
    static BrokerDataset.Row asTraining(BrokerDataset.Row r) {
        return new BrokerDataset.Row(r.plan().withSplit("train"), r.features());
    }

    /** @param prefix put before the plan, company and agency ids (another corpus seed's) */
    static LabeledPlan labeled(CorpusPlan p, String prefix) {
        Map<String, String> fields = new LinkedHashMap<>();
        p.gold().forEach((k, v) -> {
            if (v != null) {
                fields.put(k, String.valueOf(v));
            }
        });
        return new LabeledPlan(
                prefix + p.id(),
                prefix + p.company().id(),
                p.broker() ? prefix + (p.agency() == null ? "unknown" : p.agency()) : null,
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
