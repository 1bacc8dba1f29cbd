package io.planscreen.scoring.internal;

import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.registry.ModelRegistry;
import io.planscreen.scoring.ScoringProblems;
import io.planscreen.shared.PlanScreenException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Loads every configured broker-detector version at start-up. Each file is checked against the
 * version's SHA256SUMS: a mismatch throws, so the service does not start with a changed model.
 */
@Component
class BrokerModels implements InfoContributor, DisposableBean {

    static final String NAME = "broker-detector";

    private final Map<String, BrokerDetector> detectors = new LinkedHashMap<>();

    private final ModelRegistry registry;

    private final String configuredActive;

    BrokerModels(ScoringProperties properties, ModelRegistry registry) {
        this.registry = registry;
        this.configuredActive = properties.activeVersion();
        // the configured active version is registered first: a fresh registry makes the first one active
        List<String> versions = new ArrayList<>(properties.versions());
        if (versions.remove(configuredActive)) {
            versions.add(0, configuredActive);
        }
        for (String version : versions) {
            String location = location(version);
            BrokerDetector detector = BrokerDetector.fromClasspath(location);
            detectors.put(version, detector);
            registry.register(new ModelRegistry.ModelVersion(
                    NAME, version, detector.weightsSha256(), location, resource(location + "metrics.json")));
        }
        if (!detectors.containsKey(configuredActive)) {
            throw new IllegalStateException(
                    "active broker-detector " + configuredActive + " is not among " + detectors.keySet());
        }
    }

    BrokerDetector active() {
        String version =
                registry.active(NAME).map(ModelRegistry.ModelVersion::version).orElse(configuredActive);
        return detectors.getOrDefault(version, detectors.get(configuredActive));
    }

    BrokerDetector version(String version) {
        BrokerDetector detector = detectors.get(version);
        if (detector == null) {
            throw new PlanScreenException(ScoringProblems.MODEL_VERSION_UNKNOWN, version);
        }
        return detector;
    }

    @Override
    public void contribute(Info.Builder builder) {
        BrokerDetector active = active();
        builder.withDetail(
                "brokerDetector",
                Map.of(
                        "activeVersion", active.version(),
                        "sha256", active.weightsSha256(),
                        "threshold", active.threshold(),
                        "loadedVersions", detectors.keySet()));
    }

    static String location(String version) {
        return "models/" + NAME + "/" + version + "/";
    }

    private static String resource(String path) {
        try (InputStream in = BrokerModels.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? "{}" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "{}";
        }
    }

    @Override
    public void destroy() {
        detectors.values().forEach(BrokerDetector::close);
    }
}
