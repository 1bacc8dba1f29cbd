package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.broker.ModelSchema;
import io.planscreen.ml.corpus.CorpusGenerator;
import io.planscreen.ml.corpus.CorpusPlan;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrainBrokerModelTests {

    @Test
    void another_corpus_seeds_plans_keep_their_agencies_apart_by_a_seed_prefix_and_own_voice_plans_stay_own_voice() {
        List<CorpusPlan> corpus = new CorpusGenerator().generate(CorpusGenerator.Settings.of(7, 200));

        List<LabeledPlan> plain = corpus.stream().map(TrainBrokerModel::labeled).toList();
        List<LabeledPlan> prefixed =
                corpus.stream().map(p -> TrainBrokerModel.labeled(p, "s7-")).toList();

        assertThat(prefixed).hasSameSizeAs(plain);
        for (int i = 0; i < plain.size(); i++) {
            LabeledPlan a = plain.get(i);
            LabeledPlan b = prefixed.get(i);
            assertThat(b.id()).isEqualTo("s7-" + a.id());
            assertThat(b.company()).isEqualTo("s7-" + a.company());
            assertThat(b.brokerWritten()).isEqualTo(a.brokerWritten());
            if (a.brokerWritten()) {
                assertThat(b.broker()).isEqualTo("s7-" + a.broker());
            }
            assertThat(b.split()).isEqualTo(a.split());
            assertThat(b.plan()).isSameAs(a.plan());
        }
        Set<String> agencies =
                plain.stream().map(LabeledPlan::broker).filter(b -> b != null).collect(Collectors.toSet());
        Set<String> other = prefixed.stream()
                .map(LabeledPlan::broker)
                .filter(b -> b != null)
                .collect(Collectors.toSet());
        assertThat(agencies).isNotEmpty().doesNotContainAnyElementsOf(other);
    }

    @Test
    void another_corpus_test_row_moved_to_training_keeps_its_plan_label_and_features() {
        List<CorpusPlan> corpus = new CorpusGenerator().generate(CorpusGenerator.Settings.of(7, 200));
        List<BrokerDataset.Row> rows = BrokerDataset.rows(
                corpus.stream().map(p -> TrainBrokerModel.labeled(p, "s7-")).toList(), m -> {});
        BrokerDataset.Row test = rows.stream()
                .filter(r -> r.plan().split().equals("test") && r.label() == 1)
                .findFirst()
                .orElseThrow();

        BrokerDataset.Row moved = TrainBrokerModel.asTraining(test);

        assertThat(moved.plan().split()).isEqualTo("train");
        assertThat(moved.label()).isEqualTo(1);
        assertThat(moved.plan().broker()).isEqualTo(test.plan().broker()).startsWith("s7-");
        assertThat(moved.plan().id()).isEqualTo(test.plan().id());
        assertThat(moved.features()).isSameAs(test.features());
        assertThat(BrokerDataset.split(List.of(moved), "train")).hasSize(1);
        assertThat(BrokerDataset.split(List.of(moved), "test")).isEmpty();
    }

    @Test
    void a_threshold_re_chosen_at_a_wilson_z_moves_the_medium_band_with_it_and_keeps_everything_else() {
        ModelSchema schema = new ModelSchema(
                "broker-detector",
                "vX",
                List.of("paragraphs"),
                new double[] {1},
                new double[] {2},
                new int[] {8},
                1.5,
                -0.5,
                0.35,
                0.175,
                42);

        ModelSchema moved = schema.withThreshold(0.42);

        assertThat(moved.threshold()).isEqualTo(0.42);
        assertThat(moved.mediumFrom()).isEqualTo(0.21);
        assertThat(schema.withThreshold(0.8).mediumFrom()).isEqualTo(0.25);
        assertThat(moved.plattA()).isEqualTo(1.5);
        assertThat(moved.plattB()).isEqualTo(-0.5);
        assertThat(moved.features()).isEqualTo(schema.features());
        assertThat(moved.hidden()).isEqualTo(schema.hidden());
    }

    @Test
    void in_arrival_order_a_plan_is_compared_only_with_plans_that_came_before_it() {
        List<LabeledPlan> plans = HandMadePlans.generate(80, 3);
        List<BrokerDataset.Row> whole = BrokerDataset.rows(plans, m -> {});
        List<BrokerDataset.Row> arriving = BrokerDataset.rowsInArrivalOrder(plans, 11);
        int companies = io.planscreen.ml.features.PlanFeatures.names().indexOf("reuse_companies");

        assertThat(arriving).extracting(BrokerDataset.Row::plan).containsExactlyElementsOf(plans);
        double wholeSum = 0;
        double arrivingSum = 0;
        for (int i = 0; i < plans.size(); i++) {
            wholeSum += whole.get(i).features()[companies];
            arrivingSum += arriving.get(i).features()[companies];
        }
        // fewer plans on file find fewer sharers; the first plan to arrive finds none
        assertThat(arrivingSum).isLessThan(wholeSum);
        assertThat(arriving).anyMatch(r -> r.features()[companies] == 0);
        assertThat(whole).noneMatch(r -> r.label() == 1 && r.features()[companies] == 0);
        // the same seed, the same order, the same features
        assertThat(BrokerDataset.rowsInArrivalOrder(plans, 11).get(5).features())
                .containsExactly(arriving.get(5).features());
    }
}
