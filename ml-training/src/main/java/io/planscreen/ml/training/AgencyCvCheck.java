package io.planscreen.ml.training;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code --agency-cv true}: held-out-agency ROC-AUC of the hidden-layer candidates on the feature pool, training
 * and validation splits only, and how the threshold rules carry over on their out-of-fold probabilities. Nothing
 * is written and test is not read.
 */
final class AgencyCvCheck {

    /** The Wilson z candidates compared for the threshold rule. */
    static final double[] PRECISION_Z_CANDIDATES = {0, 0.5, 1.0, 1.28, 1.64, 2.0};

    private AgencyCvCheck() {}

    static void run(Arguments a, Consumer<String> log) {
        TrainingData data = TrainingData.load(a, log);
        List<String> pool = TrainingData.pool(a);
        for (int width : a.mlpHidden()) {
            BrokerTrainer.Settings settings = BrokerTrainer.Settings.candidates(a.seed())
                    .get(1)
                    .withHidden(new int[] {width})
                    .withFeatures(pool);
            AgencyCrossValidation.Result cv = AgencyCrossValidation.run(data.rows(), settings, log);
            log.accept("agency-cv: %s: mean held-out-agency ROC-AUC %.4f (%s)"
                    .formatted(settings.describe(), cv.mean(), Arrays.toString(cv.rocAuc())));
            // the threshold rules on the out-of-fold probabilities: 2 agencies choose (as validation does),
            // 3 others check (as test does)
            List<ThresholdRuleCheck.Outcome> rules = thresholdRules(cv, a.seed());
            rules.forEach(o -> log.accept("agency-cv threshold rule: " + o.describe()));
            log.accept("agency-cv threshold rule meeting both targets most often: z %.2f"
                    .formatted(ThresholdRuleCheck.best(rules).z()));
        }
    }

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
}
