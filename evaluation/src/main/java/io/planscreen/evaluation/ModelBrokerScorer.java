package io.planscreen.evaluation;

import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.ml.features.PlanFeatures;
import io.planscreen.ml.reuse.ReuseIndex;
import io.planscreen.ml.reuse.ReuseSignals;
import io.planscreen.ml.reuse.TemplateRule;
import io.planscreen.scoring.BrokerScoring;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The committed broker-detector, run on plans that were never submitted, exactly as the SCORE stage runs
 * it: {@link PlanFeatures#compute} on the plan, its offline-extracted fields (empty when extraction is
 * missing, as the service scores then) and reuse signals from the same reuse code over the other plans of
 * the evaluated set (one index per template, the plan's own company excluded, no labels); then the
 * model's calibrated probability and its operating threshold.
 *
 * <p>Version: system property {@value #VERSION_PROPERTY} ({@code scripts/evaluate --model-version v2}),
 * else env {@code PLANSCREEN_SCORING_ACTIVE_VERSION} (the service's own override), else the scoring
 * service's default ({@link BrokerScoring#DEFAULT_MODEL_VERSION}).
 */
public class ModelBrokerScorer implements PlanBrokerScorer {

    public static final String VERSION_PROPERTY = "planscreen.evaluation.model-version";

    private final String version;

    private @Nullable BrokerDetector detector;

    public ModelBrokerScorer() {
        this(configuredVersion());
    }

    ModelBrokerScorer(String version) {
        this.version = version;
    }

    @Override
    public String name() {
        return "broker-detector";
    }

    @Override
    public String description() {
        BrokerDetector model = detector();
        return "the committed broker-detector " + version + " (weights sha256 "
                + model.weightsSha256().substring(0, 12)
                + "…, threshold " + model.threshold() + ") via " + getClass().getName()
                + "; serving's feature path, reuse within the evaluated set, offline-extracted fields";
    }

    @Override
    public double threshold() {
        return detector().threshold();
    }

    String version() {
        return version;
    }

    @Override
    public double[] probabilities(List<Input> plans) {
        if (plans.isEmpty()) {
            return new double[0];
        }
        double[][] features = features(plans);
        BrokerDetector model = detector();
        double[] logits = model.logits(features);
        double[] p = new double[logits.length];
        for (int i = 0; i < logits.length; i++) {
            p[i] = model.schema().calibration().probability(logits[i]);
        }
        return p;
    }

    /** Serving's feature vectors: reuse against the other plans of the set, then {@link PlanFeatures}. */
    static double[][] features(List<Input> plans) {
        Map<String, ReuseIndex> indexes = new HashMap<>();
        for (Input in : plans) {
            indexes.computeIfAbsent(in.plan().template(), t -> new ReuseIndex(TemplateRule.DEFAULT))
                    .add(in.id(), in.company(), in.plan().paragraphs());
        }
        double[][] out = new double[plans.size()][];
        for (int i = 0; i < plans.size(); i++) {
            Input in = plans.get(i);
            ReuseSignals reuse =
                    indexes.get(in.plan().template()).signals(in.plan().paragraphs(), in.company());
            out[i] = PlanFeatures.compute(in.plan(), in.fields(), reuse);
        }
        return out;
    }

    private synchronized BrokerDetector detector() {
        if (detector == null) {
            detector = BrokerDetector.fromClasspath("models/broker-detector/" + version + "/");
        }
        return detector;
    }

    static String configuredVersion() {
        String given = System.getProperty(VERSION_PROPERTY);
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String env = System.getenv("PLANSCREEN_SCORING_ACTIVE_VERSION");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return BrokerScoring.DEFAULT_MODEL_VERSION;
    }
}
