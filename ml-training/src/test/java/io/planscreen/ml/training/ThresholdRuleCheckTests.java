package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ThresholdRuleCheckTests {

    @Test
    void wilson_lower_bound_is_the_proportion_at_z_0_and_the_textbook_value_at_z_1_96() {
        assertThat(Metrics.wilsonLower(90, 100, 0)).isEqualTo(0.9);
        // (p + z²/2n − z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n) for 90 of 100 at z = 1.96
        assertThat(Metrics.wilsonLower(90, 100, 1.96)).isCloseTo(0.8256, within(1e-4));
        assertThat(Metrics.wilsonLower(9, 10, 1.96)).isLessThan(Metrics.wilsonLower(90, 100, 1.96));
    }

    @Test
    void a_wilson_margin_moves_the_threshold_up_to_where_the_precision_holds_with_that_confidence() {
        // 30 broker plans scored 0.40-0.69, two own-voice false alarms among them (0.415, 0.455), and 30
        // own-voice plans at 0.01-0.30
        List<Double> p = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            p.add(0.40 + i * 0.01);
            y.add(1);
            p.add(0.01 + i * 0.01);
            y.add(0);
        }
        p.add(0.415);
        y.add(0);
        p.add(0.455);
        y.add(0);
        double[] probabilities = p.stream().mapToDouble(d -> d).toArray();
        int[] labels = y.stream().mapToInt(i -> i).toArray();

        // plain rule: from 0.30 on, 30 of 33 flagged plans are brokers' (0.909 ≥ 0.90)
        double plain = Metrics.thresholdForPrecision(probabilities, labels, 0.9);
        assertThat(plain).isEqualTo(Metrics.thresholdForPrecision(probabilities, labels, 0.9, 0));
        assertThat(plain).isCloseTo(0.30, within(1e-9));
        // z = 1.28: no threshold with a false alarm above it has a bound ≥ 0.90 (24 of 25: 0.876); the 24
        // brokers' plans above 0.455 alone have 24 / (24 + 1.28²) = 0.936
        double margin = Metrics.thresholdForPrecision(probabilities, labels, 0.9, 1.28);
        assertThat(margin).isCloseTo(0.46, within(1e-9));
        Metrics.AtThreshold at = Metrics.at(probabilities, labels, margin);
        assertThat(at.tp()).isEqualTo(24);
        assertThat(at.fp()).isZero();
        assertThat(Metrics.wilsonLower(24, 25, 1.28)).isLessThan(0.9);
        assertThat(Metrics.wilsonLower(24, 24, 1.28)).isCloseTo(24 / (24 + 1.28 * 1.28), within(1e-12));
    }

    @Test
    void every_agency_combination_is_a_draw_a_larger_z_never_raises_recall_and_the_check_repeats_exactly() {
        // six agencies: scores drawn per agency around a mean that differs by agency, own-voice plans lower
        Random random = new Random(3);
        List<String> agencyOf = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            for (int i = 0; i < 40; i++) {
                agencyOf.add("agency-" + a);
                p.add(clamp(0.55 + 0.05 * a + 0.2 * random.nextGaussian()));
            }
        }
        for (int i = 0; i < 400; i++) {
            agencyOf.add(null);
            p.add(clamp(0.2 + 0.15 * random.nextGaussian()));
        }
        double[] probability = p.stream().mapToDouble(d -> d).toArray();
        double[] zs = {0, 1.0, 2.0};

        List<ThresholdRuleCheck.Outcome> outcomes = ThresholdRuleCheck.run(agencyOf, probability, zs, 2, 3, 11);

        // C(6,2) validation pairs × C(4,3) test triples
        assertThat(outcomes).allSatisfy(o -> assertThat(o.draws()).isEqualTo(15 * 4));
        assertThat(outcomes.get(1).meanRecall())
                .isLessThanOrEqualTo(outcomes.get(0).meanRecall());
        assertThat(outcomes.get(2).meanRecall())
                .isLessThanOrEqualTo(outcomes.get(1).meanRecall());
        assertThat(outcomes.get(2).meanPrecision())
                .isGreaterThan(outcomes.get(0).meanPrecision());
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.bothMet()).isLessThanOrEqualTo(Math.min(o.precisionMet(), o.recallMet()));
            assertThat(o.describe()).startsWith("z %.2f:".formatted(o.z()));
        });
        assertThat(ThresholdRuleCheck.run(agencyOf, probability, zs, 2, 3, 11)).isEqualTo(outcomes);
        ThresholdRuleCheck.Outcome best = ThresholdRuleCheck.best(outcomes);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.bothMet()).isLessThanOrEqualTo(best.bothMet()));
    }

    @Test
    void combinations_are_all_k_subsets_in_order() {
        assertThat(ThresholdRuleCheck.combinations(List.of("a", "b", "c", "d"), 2))
                .containsExactly(
                        List.of("a", "b"),
                        List.of("a", "c"),
                        List.of("a", "d"),
                        List.of("b", "c"),
                        List.of("b", "d"),
                        List.of("c", "d"));
    }

    private static double clamp(double v) {
        return Math.max(0.001, Math.min(0.999, v));
    }
}
