package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateSelectionTests {

    private static CandidateSelection.Outcome outcome(double rocAuc, double loss, Double ownVoiceRatio) {
        SplitMetrics validation =
                new SplitMetrics(100, 40, rocAuc, rocAuc, 0.5, 0.9, 0.8, 32, 4, 8, 56, 0.02, 0.05, 0.05, ownVoiceRatio);
        BrokerTrainer.Settings settings = BrokerTrainer.Settings.candidates(42).get(0);
        BrokerTrainer.Result result = new BrokerTrainer.Result(null, new byte[0], List.of(loss));
        return new CandidateSelection.Outcome(settings, result, rocAuc, loss, validation, 1.0, Double.NaN, null);
    }

    @Test
    void by_roc_the_higher_choosing_roc_auc_wins_and_a_tie_goes_to_the_lower_loss() {
        Arguments roc = TrainBrokerModel.parse("--select", "roc");

        assertThat(CandidateSelection.better(roc, outcome(0.96, 0.3, 1.0), outcome(0.95, 0.1, 1.0)))
                .isTrue();
        assertThat(CandidateSelection.better(roc, outcome(0.95, 0.2, 1.0), outcome(0.95, 0.1, 1.0)))
                .isFalse();
        assertThat(CandidateSelection.better(roc, outcome(0.95, 0.05, 1.0), outcome(0.95, 0.1, 1.0)))
                .isTrue();
    }

    @Test
    void by_fairness_an_eligible_candidate_closer_to_equal_flag_rates_wins_over_a_better_ranking_one() {
        Arguments fair = TrainBrokerModel.parse("--select", "fair", "--min-roc", "0.94");

        // both eligible: the ratio nearer 1 wins, though its ROC-AUC is lower
        assertThat(CandidateSelection.better(fair, outcome(0.945, 0.3, 0.95), outcome(0.97, 0.1, 0.6)))
                .isTrue();
        // an ineligible one never beats an eligible one, however fair
        assertThat(CandidateSelection.better(fair, outcome(0.93, 0.3, 1.0), outcome(0.945, 0.3, 0.6)))
                .isFalse();
        // a ratio that cannot be computed (no capital-area false alarm) counts as farthest from 1
        assertThat(CandidateSelection.better(fair, outcome(0.96, 0.3, null), outcome(0.95, 0.3, 1.5)))
                .isFalse();
    }
}
