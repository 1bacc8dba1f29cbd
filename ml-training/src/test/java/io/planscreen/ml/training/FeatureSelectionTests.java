package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.features.PlanFeatures;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureSelectionTests {

    private static final List<BrokerDataset.Row> TRAIN =
            BrokerDataset.split(BrokerDataset.rows(HandMadePlans.generate(240, 7), s -> {}), "train");

    @Test
    void every_fold_holds_out_whole_agencies_and_some_own_voice_plans() {
        int[] fold = FeatureSelection.folds(TRAIN, 3, 1);
        for (int k = 0; k < 3; k++) {
            Set<String> heldAgencies = new HashSet<>();
            Set<String> fittedAgencies = new HashSet<>();
            int heldOwn = 0;
            for (int i = 0; i < TRAIN.size(); i++) {
                LabeledPlan p = TRAIN.get(i).plan();
                if (p.brokerWritten()) {
                    (fold[i] == k ? heldAgencies : fittedAgencies).add(p.broker());
                } else if (fold[i] == k) {
                    heldOwn++;
                }
            }
            assertThat(heldAgencies).isNotEmpty().doesNotContainAnyElementsOf(fittedAgencies);
            assertThat(heldOwn).isPositive();
        }
    }

    @Test
    void keeps_a_subset_that_scores_at_least_as_well_as_all_features_and_is_deterministic() {
        FeatureSelection.Result first = FeatureSelection.backward(TRAIN, 3, 0.01, 0.002, 1, s -> {});
        FeatureSelection.Result second = FeatureSelection.backward(TRAIN, 3, 0.01, 0.002, 1, s -> {});

        assertThat(first).isEqualTo(second);
        assertThat(first.kept()).isNotEmpty().isSubsetOf(PlanFeatures.names());
        assertThat(first.kept().size() + first.dropped().size())
                .isEqualTo(PlanFeatures.names().size());
        assertThat(first.scoreKept()).isGreaterThanOrEqualTo(first.scoreAll() - 0.002);
        assertThat(first.scoreAll()).isBetween(0.5, 1.0);
    }

    @Test
    void a_feature_left_out_of_the_pool_is_neither_kept_nor_dropped() {
        List<String> pool = PlanFeatures.names().stream()
                .filter(n -> !n.equals("region_in_text"))
                .toList();
        FeatureSelection.Result result = FeatureSelection.backward(TRAIN, pool, 3, 0.01, 0.002, 1, s -> {});

        assertThat(result.kept()).isNotEmpty().isSubsetOf(pool).doesNotContain("region_in_text");
        assertThat(result.dropped()).doesNotContain("region_in_text");
        assertThat(result.kept().size() + result.dropped().size()).isEqualTo(pool.size());
    }

    @Test
    void the_logistic_regression_separates_a_clean_signal() {
        double[][] x = {{0, 1}, {1, 0}, {2, 1}, {3, 0}, {4, 1}, {5, 0}};
        int[] y = {0, 0, 0, 1, 1, 1};
        FeatureSelection.Logistic model = FeatureSelection.Logistic.fit(x, y, 0.01);
        double[] scores = java.util.Arrays.stream(x).mapToDouble(model::logit).toArray();
        assertThat(Metrics.rocAuc(scores, y)).isEqualTo(1.0);
        assertThat(model.logit(new double[] {5, 0})).isPositive();
        assertThat(model.logit(new double[] {0, 0})).isNegative();
    }
}
