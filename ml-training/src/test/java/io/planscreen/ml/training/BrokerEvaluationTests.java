package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BrokerEvaluationTests {

    @Test
    void the_bootstrap_interval_of_the_own_voice_flag_rate_ratio_holds_the_ratio_and_repeats_exactly() {
        List<BrokerDataset.Row> rows = BrokerDataset.rows(HandMadePlans.generate(240, 7), s -> {});
        // every 3rd own-voice plan of the capital area flagged, every 4th of the others
        double[] p = new double[rows.size()];
        int capital = 0, other = 0, capitalFlagged = 0, otherFlagged = 0;
        for (int i = 0; i < rows.size(); i++) {
            BrokerDataset.Row r = rows.get(i);
            if (r.label() == 1) {
                p[i] = 0.9;
            } else if (r.plan().region().capitalArea()) {
                p[i] = capital++ % 3 == 0 ? 0.8 : 0.1;
                capitalFlagged += p[i] > 0.5 ? 1 : 0;
            } else {
                p[i] = other++ % 4 == 0 ? 0.8 : 0.1;
                otherFlagged += p[i] > 0.5 ? 1 : 0;
            }
        }
        assertThat(capital).isGreaterThan(20);
        assertThat(other).isGreaterThan(20);
        double ratio = ((double) otherFlagged / other) / ((double) capitalFlagged / capital);

        double[] interval = BrokerEvaluation.ownVoiceRatioInterval(rows, p, 0.5, 1000, 3);

        assertThat(interval[0]).isLessThan(ratio);
        assertThat(interval[1]).isGreaterThan(ratio);
        assertThat(interval[0]).isGreaterThan(0);
        assertThat(BrokerEvaluation.ownVoiceRatioInterval(rows, p, 0.5, 1000, 3))
                .containsExactly(interval);
        // nobody flagged in either area: no ratio to bound
        assertThat(BrokerEvaluation.ownVoiceRatioInterval(rows, new double[rows.size()], 0.5, 100, 3)[0])
                .isNaN();
    }
}
