package io.planscreen.ml.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.features.PlanFeatures;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.reuse.ReuseSignals;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommittedModelTests {

    @ParameterizedTest
    @ValueSource(strings = {"v1", "v2", "v3", "v4", "v5", "v6", "v7", "v9", "v10"})
    void a_committed_artifact_loads_with_its_hashes_checked_and_scores_a_plan(String version) throws Exception {
        String sums;
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("models/broker-detector/" + version + "/SHA256SUMS")) {
            sums = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (BrokerDetector detector = BrokerDetector.fromClasspath("models/broker-detector/" + version + "/")) {
            assertThat(detector.version()).isEqualTo(version);
            assertThat(sums).contains(detector.weightsSha256() + "  " + BrokerDetector.WEIGHTS);
            PlanText plan = new PlanText(
                    "ko",
                    "PSST",
                    List.of(new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", List.of("시장 규모는 연평균 12% 성장한다."))),
                    List.of());
            double[] features = PlanFeatures.compute(plan, Map.of(), ReuseSignals.NONE);
            BrokerDetector.Prediction prediction = detector.predict(features);
            assertThat(prediction.probability()).isBetween(0.0, 1.0);
            assertThat(prediction.probability()).isEqualTo(detector.probability(features));
        }
    }
}
