package io.planscreen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTests {

    @Test
    void perfectly_calibrated_bins_have_zero_error() {
        double[] p = {0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75};
        int[] y = {1, 0, 0, 0, 1, 1, 1, 0};
        assertThat(Calibration.ece(p, y, 10)).isCloseTo(0, within(1e-12));
    }

    @Test
    void overconfident_scores_show_their_gap() {
        double[] p = {0.9, 0.9, 0.9, 0.9};
        int[] y = {1, 0, 1, 0};
        assertThat(Calibration.ece(p, y, 10)).isCloseTo(0.4, within(1e-12));
        Calibration.Bin top = Calibration.bins(p, y, 10)[9];
        assertThat(top.count()).isEqualTo(4);
        assertThat(top.observedRate()).isEqualTo(0.5);
    }

    @Test
    void probability_one_falls_in_the_last_bin() {
        assertThat(Calibration.bins(new double[] {1.0}, new int[] {1}, 10)[9].count())
                .isEqualTo(1);
    }
}
