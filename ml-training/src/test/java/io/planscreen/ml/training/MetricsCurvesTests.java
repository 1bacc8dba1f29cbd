package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCurvesTests {

    @Test
    void the_roc_curve_runs_from_origin_to_one_one_and_its_area_is_the_auc() {
        double[] scores = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2};
        int[] labels = {1, 1, 0, 1, 0, 1, 0, 0};
        List<double[]> curve = Metrics.rocCurve(scores, labels, 100);
        assertThat(curve.get(0)).containsExactly(0, 0);
        assertThat(curve.get(curve.size() - 1)).containsExactly(1, 1);
        double area = 0;
        for (int i = 1; i < curve.size(); i++) {
            area += (curve.get(i)[0] - curve.get(i - 1)[0]) * (curve.get(i)[1] + curve.get(i - 1)[1]) / 2;
        }
        assertThat(area).isEqualTo(Metrics.rocAuc(scores, labels));
        assertThat(Metrics.rocCurve(scores, labels, 3)).hasSize(3);
    }

    @Test
    void reliability_gives_mean_prediction_and_observed_rate_per_non_empty_bin() {
        double[] p = {0.05, 0.15, 0.95, 0.91};
        int[] y = {0, 1, 1, 0};
        List<double[]> bins = Metrics.reliability(p, y, 10);
        assertThat(bins).hasSize(3);
        assertThat(bins.get(0)).containsExactly(0.05, 0.0);
        assertThat(bins.get(1)).containsExactly(0.15, 1.0);
        assertThat(bins.get(2)[0]).isCloseTo(0.93, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bins.get(2)[1]).isEqualTo(0.5);
    }
}
