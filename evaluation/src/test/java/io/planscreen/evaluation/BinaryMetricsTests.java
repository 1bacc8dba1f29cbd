package io.planscreen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsTests {

    @Test
    void roc_auc_counts_ordered_pairs_and_ties_half() {
        assertThat(BinaryMetrics.rocAuc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}))
                .isCloseTo(0.75, within(1e-12));
        assertThat(BinaryMetrics.rocAuc(new double[] {0.5, 0.5}, new int[] {0, 1}))
                .isCloseTo(0.5, within(1e-12));
        assertThat(BinaryMetrics.rocAuc(new double[] {0.9, 0.1}, new int[] {0, 1}))
                .isZero();
        assertThat(BinaryMetrics.rocAuc(new double[] {0.2, 0.9}, new int[] {0, 1}))
                .isEqualTo(1.0);
    }

    @Test
    void pr_auc_is_average_precision() {
        // ranked: 0.8 (pos) p=1, 0.4 (neg), 0.35 (pos) p=2/3
        assertThat(BinaryMetrics.prAuc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}))
                .isCloseTo((1.0 + 2.0 / 3) / 2, within(1e-12));
    }

    @Test
    void confusion_at_threshold_flags_scores_at_or_above_it() {
        BinaryMetrics.Confusion c =
                BinaryMetrics.confusion(new double[] {0.1, 0.5, 0.7, 0.9}, new int[] {0, 0, 1, 0}, 0.5);
        assertThat(c).isEqualTo(new BinaryMetrics.Confusion(1, 2, 0, 1));
        assertThat(c.precision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(c.recall()).isEqualTo(1.0);
        assertThat(c.flagRate()).isEqualTo(0.75);
    }

    @Test
    void roc_curve_runs_from_origin_to_one_one() {
        double[][] roc = BinaryMetrics.rocCurve(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1});
        assertThat(roc[0][0]).isZero();
        assertThat(roc[1][0]).isZero();
        assertThat(roc[0][roc[0].length - 1]).isEqualTo(1.0);
        assertThat(roc[1][roc[1].length - 1]).isEqualTo(1.0);
    }
}
