package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.ml.broker.ModelIntegrityException;
import io.planscreen.ml.broker.PlattCalibration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerTrainerTests {

    private static final List<BrokerDataset.Row> ROWS = BrokerDataset.rows(HandMadePlans.generate(240, 7), s -> {});

    private static Map<String, Object> trainAndEvaluate(long seed, Path dir) throws Exception {
        List<BrokerDataset.Row> train = BrokerDataset.split(ROWS, "train");
        List<BrokerDataset.Row> validation = BrokerDataset.split(ROWS, "validation");
        BrokerTrainer.Result result = BrokerTrainer.train(
                "test",
                BrokerDataset.x(train),
                BrokerDataset.y(train),
                BrokerDataset.x(validation),
                BrokerDataset.y(validation),
                new BrokerTrainer.Settings(seed, 20, 16, 0.005f, new int[] {16, 8}, 0.9),
                System.out::println);
        Map<String, Object> metrics;
        try (BrokerDetector detector = BrokerDetector.of(result.schema(), result.weights())) {
            metrics = BrokerEvaluation.evaluate(detector, BrokerDataset.split(ROWS, "test"));
        }
        BrokerModelRelease.write(dir, result, metrics, "# test model\n");
        return metrics;
    }

    @Test
    void learns_to_separate_unseen_brokers_and_the_same_seed_gives_the_same_metrics(@TempDir Path dir)
            throws Exception {
        Map<String, Object> first = trainAndEvaluate(11, dir.resolve("a"));
        Map<String, Object> second = trainAndEvaluate(11, dir.resolve("b"));

        assertThat((Double) first.get("roc_auc")).isGreaterThan(0.85);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(dir.resolve("b/" + BrokerDetector.WEIGHTS)))
                .isEqualTo(Files.readAllBytes(dir.resolve("a/" + BrokerDetector.WEIGHTS)));
    }

    @Test
    void a_saved_model_loads_back_with_its_hashes_checked_and_explains_itself(@TempDir Path dir) throws Exception {
        trainAndEvaluate(3, dir);
        BrokerDataset.Row broker = BrokerDataset.split(ROWS, "test").stream()
                .filter(r -> r.label() == 1)
                .findFirst()
                .orElseThrow();
        try (BrokerDetector detector = BrokerDetector.fromDirectory(dir)) {
            BrokerDetector.Prediction prediction = detector.predict(broker.features());
            assertThat(prediction.probability()).isBetween(0.0, 1.0);
            assertThat(prediction.contributions()).hasSize(broker.features().length);
            assertThat(prediction.top(3).get(0).ko()).contains("브로커 작성 가능성");
            assertThat(prediction.top(3).get(0).en()).contains("likelihood");
        }

        Files.writeString(
                dir.resolve(BrokerDetector.SCHEMA),
                Files.readString(dir.resolve(BrokerDetector.SCHEMA)).replace("\"threshold\"", "\"threshold\" "));
        assertThatThrownBy(() -> BrokerDetector.fromDirectory(dir)).isInstanceOf(ModelIntegrityException.class);
    }

    @Test
    void a_model_on_chosen_features_reads_them_from_the_full_vector_and_explains_only_them() {
        List<String> chosen =
                List.of("reuse_share", "reuse_top_plan_share", "reuse_close_plans", "money_density", "paragraphs");
        List<BrokerDataset.Row> train = BrokerDataset.split(ROWS, "train");
        List<BrokerDataset.Row> validation = BrokerDataset.split(ROWS, "validation");
        BrokerTrainer.Result result = BrokerTrainer.train(
                "subset",
                BrokerDataset.x(train),
                BrokerDataset.y(train),
                BrokerDataset.x(validation),
                BrokerDataset.y(validation),
                new BrokerTrainer.Settings(5, 10, 16, 0.01f, new int[0], 0.9).withFeatures(chosen),
                s -> {});
        assertThat(result.schema().features()).isEqualTo(chosen);
        assertThat(result.schema().mean()).hasSize(chosen.size());
        double[] full = BrokerDataset.split(ROWS, "test").get(0).features();
        try (BrokerDetector detector = BrokerDetector.of(result.schema(), result.weights())) {
            BrokerDetector.Prediction prediction = detector.predict(full);
            assertThat(prediction.contributions())
                    .extracting(c -> c.feature().name())
                    .containsExactlyInAnyOrderElementsOf(chosen);
            assertThat(prediction.probability()).isEqualTo(detector.probability(full));
            assertThatThrownBy(() -> detector.probability(new double[chosen.size()]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void calibration_and_metrics_behave_on_known_inputs() {
        double[] p = {0.1, 0.4, 0.35, 0.8};
        int[] y = {0, 0, 1, 1};
        assertThat(Metrics.rocAuc(p, y)).isEqualTo(0.75);
        assertThat(Metrics.ece(new double[] {0.0, 1.0}, new int[] {0, 1}, 10)).isZero();
        assertThat(Metrics.thresholdForPrecision(p, y, 0.9)).isEqualTo(0.8);
        PlattCalibration platt =
                PlattCalibration.fit(new double[] {-2, -1, 1, 2, -1.5, 1.5}, new int[] {0, 0, 1, 1, 0, 1});
        assertThat(platt.probability(3)).isGreaterThan(0.5);
        assertThat(platt.probability(-3)).isLessThan(0.5);
    }
}
