package io.planscreen.ml.training;

import io.planscreen.ml.broker.BrokerDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The candidates a run compares and how one is kept. Candidates are compared on the choosing rows only (the
 * validation split, or the {@code --select-on} corpora); what is reported is evaluated once, for the one kept.
 */
final class CandidateSelection {

    /** One trained candidate and what the choosing rows said of it. */
    record Outcome(
            BrokerTrainer.Settings settings,
            BrokerTrainer.Result result,
            double rocAuc,
            double loss,
            SplitMetrics validation,
            double meanRatio,
            double agencyCv,
            ThresholdRuleCheck.@Nullable Outcome rule) {

        /** The card's table row. */
        String line() {
            String cv = rule == null
                    ? ""
                    : "%.4f (both targets in %.1f%% of draws at z %.2f) | "
                            .formatted(agencyCv, 100 * rule.bothMet(), rule.z());
            SplitMetrics v = validation;
            return "| %s | %s%.4f | %.4f | %s / %s | %s | %s (%s / %s) | %.3f |"
                    .formatted(
                            settings.describe(),
                            cv,
                            rocAuc,
                            loss,
                            v.precision(),
                            v.recall(),
                            v.ece(),
                            v.ownVoiceRatio(),
                            v.ownVoiceNonCapital(),
                            v.ownVoiceCapital(),
                            meanRatio);
        }

        /** Distance of the own-voice flag-rate ratio from 1 on a log scale (--select fair). */
        double fairnessGap() {
            Double r = validation.ownVoiceRatio();
            return r == null ? Double.MAX_VALUE : Math.abs(Math.log(r));
        }
    }

    /** The candidates and, from v3, the backward feature selection that gave one of their feature sets. */
    record Candidates(List<BrokerTrainer.Settings> settings, FeatureSelection.@Nullable Result featureSelection) {}

    private CandidateSelection() {}

    static Candidates candidates(Arguments a, List<String> pool, List<BrokerDataset.Row> train, Consumer<String> log) {
        if ("v1".equals(a.network())) {
            return new Candidates(List.of(BrokerTrainer.Settings.defaults(a.seed())), null);
        }
        if ("v2".equals(a.network())) {
            return new Candidates(BrokerTrainer.Settings.candidates(a.seed()), null);
        }
        // from v3: the pool, and the features that carry over to unseen agencies (leave-agencies-out CV on train)
        List<List<String>> featureSets = new ArrayList<>();
        featureSets.add(pool);
        FeatureSelection.Result chosen = null;
        if (a.featureSelection()) {
            chosen = FeatureSelection.backward(train, pool, 3, 0.01, 0.002, a.seed(), log);
            log.accept("kept %d features: %s".formatted(chosen.kept().size(), chosen.kept()));
            featureSets.add(chosen.kept());
        }
        List<BrokerTrainer.Settings> out = new ArrayList<>();
        for (List<String> features : featureSets) {
            List<BrokerTrainer.Settings> base = BrokerTrainer.Settings.candidates(a.seed());
            out.add(base.get(0).withFeatures(features));
            for (int width : a.mlpHidden()) {
                for (float decay : a.mlpDecays()) {
                    out.add(base.get(1)
                            .withHidden(new int[] {width})
                            .withWeightDecay(decay)
                            .withFeatures(features));
                }
            }
        }
        return new Candidates(
                out.stream()
                        .map(s -> s.withTargetPrecision(a.targetPrecision()))
                        .toList(),
                chosen);
    }

    /** Trains every candidate and returns them all, the kept one first. */
    static List<Outcome> choose(
            Arguments a, List<BrokerTrainer.Settings> candidates, TrainingData data, Consumer<String> log) {
        List<Outcome> all = new ArrayList<>();
        Outcome best = null;
        for (BrokerTrainer.Settings candidate : candidates) {
            log.accept("candidate: " + candidate.describe());
            Outcome o = train(a, candidate, data, log);
            log.accept("candidate validation: " + o.line());
            all.add(o);
            if (best == null || better(a, o, best)) {
                best = o;
            }
        }
        List<Outcome> ordered = new ArrayList<>(List.of(best));
        for (Outcome o : all) {
            if (o != best) {
                ordered.add(o);
            }
        }
        return ordered;
    }

    static boolean better(Arguments a, Outcome o, Outcome best) {
        return switch (a.select()) {
            case AGENCY_CV -> o.agencyCv() > best.agencyCv() + 1e-9;
            case FAIR -> {
                boolean eligible = o.rocAuc() >= a.minRoc();
                boolean bestEligible = best.rocAuc() >= a.minRoc();
                if (eligible != bestEligible) {
                    yield eligible;
                }
                if (!eligible) {
                    yield o.rocAuc() > best.rocAuc() + 1e-9;
                }
                double gap = o.fairnessGap();
                double bestGap = best.fairnessGap();
                yield gap < bestGap - 1e-9 || (Math.abs(gap - bestGap) <= 1e-9 && o.rocAuc() > best.rocAuc());
            }
            case ROC ->
                o.rocAuc() > best.rocAuc() + 1e-9
                        || (Math.abs(o.rocAuc() - best.rocAuc()) <= 1e-9 && o.loss() < best.loss());
        };
    }

    static Outcome train(Arguments a, BrokerTrainer.Settings candidate, TrainingData data, Consumer<String> log) {
        List<BrokerDataset.Row> train = data.train();
        List<BrokerDataset.Row> validation = data.validation();
        BrokerTrainer.Result r = BrokerTrainer.train(
                a.version(),
                BrokerDataset.x(train),
                BrokerDataset.y(train),
                BrokerDataset.x(validation),
                BrokerDataset.y(validation),
                candidate,
                log::accept);
        double auc;
        double meanRatio;
        SplitMetrics val;
        try (BrokerDetector d = BrokerDetector.of(r.schema(), r.weights())) {
            double[] p = BrokerEvaluation.probabilities(d, validation);
            auc = Metrics.rocAuc(p, BrokerDataset.y(validation));
            val = BrokerEvaluation.summary(validation, p, d.threshold());
            meanRatio = ownVoiceMean(validation, p, false) / ownVoiceMean(validation, p, true);
        }
        double cv = Double.NaN;
        ThresholdRuleCheck.Outcome rule = null;
        if (a.select() == Arguments.Selection.AGENCY_CV) {
            AgencyCrossValidation.Result held = AgencyCrossValidation.run(data.rows(), candidate, m -> {});
            cv = held.mean();
            rule = ThresholdRuleCheck.best(AgencyCvCheck.thresholdRules(held, a.seed()));
            log.accept("candidate held-out-agency ROC-AUC %.4f; threshold rule %s".formatted(cv, rule.describe()));
        }
        return new Outcome(candidate, r, auc, r.bestValidationLoss(), val, meanRatio, cv, rule);
    }

    /** Mean calibrated probability of the own-voice plans of one area (a less count-bound fairness view). */
    static double ownVoiceMean(List<BrokerDataset.Row> rows, double[] p, boolean capital) {
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

    static String hidden(Outcome o) {
        return Arrays.toString(o.result().schema().hidden());
    }
}
