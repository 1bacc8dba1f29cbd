package io.planscreen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.corpus.CorpusGenerator;
import io.planscreen.ml.corpus.CorpusPlan;
import io.planscreen.ml.features.PlanFeatures;
import io.planscreen.scoring.BrokerScoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The registered model scorer loads the committed artifact named by the scoring settings and scores a
 * tiny generated set through the serving feature path (reuse among the set, no labels, no fields).
 */
class ModelBrokerScorerTests {

    @Test
    void is_registered_and_uses_the_services_default_active_version() {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(PlanBrokerScorer.class)
                .forEach(s -> names.add(s.getClass().getName()));
        assertThat(names).contains(ModelBrokerScorer.class.getName());
        String version = BrokerScoring.DEFAULT_MODEL_VERSION;
        assertThat(getClass().getClassLoader().getResource("models/broker-detector/" + version + "/SHA256SUMS"))
                .as("the committed artifact of the active version " + version)
                .isNotNull();
    }

    @Test
    void gives_probabilities_that_rank_a_reused_broker_plan_above_an_own_voice_one() {
        List<CorpusPlan> plans = new CorpusGenerator().generate(CorpusGenerator.Settings.of(11, 120));
        CorpusPlan broker = plans.stream()
                .filter(p -> p.broker() && p.brokerSections().size() > 1)
                .findFirst()
                .orElseThrow();
        List<PlanBrokerScorer.Input> inputs = new ArrayList<>(plans.stream()
                .map(p -> new PlanBrokerScorer.Input(
                        p.id(), p.plan(), Map.of(), p.company().id()))
                .toList());
        // the same agency plan sold to two more companies, as brokers do
        inputs.add(new PlanBrokerScorer.Input("copy-1", broker.plan(), Map.of(), "client-1"));
        inputs.add(new PlanBrokerScorer.Input("copy-2", broker.plan(), Map.of(), "client-2"));
        int b = plans.indexOf(broker);

        ModelBrokerScorer scorer = new ModelBrokerScorer(BrokerScoring.DEFAULT_MODEL_VERSION);
        double[] p = scorer.probabilities(inputs);

        assertThat(p).hasSize(inputs.size());
        for (double v : p) {
            assertThat(v).isBetween(0.0, 1.0);
        }
        assertThat(scorer.threshold()).isStrictlyBetween(0.0, 1.0);
        double[][] features = ModelBrokerScorer.features(inputs);
        int reuseShare = PlanFeatures.names().indexOf("reuse_share");
        assertThat(features[b][reuseShare])
                .as("reuse seen by the serving features")
                .isPositive();
        // the own-voice plan (not a template look-alike) that shares least with other companies
        int o = -1;
        for (int i = 0; i < plans.size(); i++) {
            if (!plans.get(i).broker()
                    && !plans.get(i).hardNegative()
                    && (o < 0 || features[i][reuseShare] < features[o][reuseShare])) {
                o = i;
            }
        }
        assertThat(o).isNotNegative();
        assertThat(features[o][reuseShare]).isLessThan(features[b][reuseShare]);
        assertThat(p[b]).isGreaterThan(p[o]);
        assertThat(scorer.probabilities(List.of())).isEmpty();
    }
}
