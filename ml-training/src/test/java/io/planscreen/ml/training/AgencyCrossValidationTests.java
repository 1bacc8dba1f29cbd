package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.features.PlanFeatures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyCrossValidationTests {

    private static final List<BrokerDataset.Row> ROWS = BrokerDataset.rows(HandMadePlans.generate(240, 7), s -> {});

    private static final BrokerTrainer.Settings SETTINGS =
            new BrokerTrainer.Settings(5, 15, 16, 0.005f, new int[] {8}, 0.9).withFeatures(PlanFeatures.names());

    @Test
    void holds_out_each_training_or_validation_agency_once_never_touches_test_and_repeats_exactly() {
        List<String> log = new ArrayList<>();
        AgencyCrossValidation.Result first = AgencyCrossValidation.run(ROWS, SETTINGS, log::add);

        // agency-3 writes only test plans: it is never a fold, and no test plan is held out or trained on
        assertThat(first.agencies()).containsExactly("agency-0", "agency-1", "agency-2");
        assertThat(log).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("agency-cv: agency-"));
        long trainAndValidation = ROWS.stream()
                .filter(r ->
                        !r.plan().split().equals("test") && !r.plan().split().equals("drift"))
                .count();
        long heldOut = log.stream()
                .mapToLong(l -> Long.parseLong(l.replaceAll(".*\\((\\d+) plans\\).*", "$1")))
                .sum();
        assertThat(heldOut).isEqualTo(trainAndValidation);
        // the hand-made agencies copy their paragraphs: a model that never saw one still finds it
        assertThat(java.util.Arrays.stream(first.rocAuc()).min().orElseThrow()).isGreaterThan(0.8);
        assertThat(first.mean()).isBetween(0.8, 1.0);

        AgencyCrossValidation.Result second = AgencyCrossValidation.run(ROWS, SETTINGS, s -> {});
        assertThat(second.rocAuc()).containsExactly(first.rocAuc());
    }
}
