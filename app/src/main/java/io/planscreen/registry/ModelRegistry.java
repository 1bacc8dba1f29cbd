package io.planscreen.registry;

import java.util.List;
import java.util.Optional;

/**
 * Registry's facade. Modules that load a model (scoring) register every version they find on the
 * classpath at start-up and ask which one is active; admins switch the active version.
 */
public interface ModelRegistry {

    /** Records the version if new (idempotent); the first version registered for a name becomes active. */
    void register(ModelVersion version);

    Optional<ModelVersion> active(String name);

    List<ModelVersion> versions(String name);

    /**
     * @param name e.g. "broker-detector"
     * @param version e.g. "v1"
     * @param sha256 of the weights file (SHA256SUMS holds the rest)
     * @param location classpath location of the version folder, e.g. "models/broker-detector/v1/"
     * @param metricsJson the metrics the version was released with
     */
    record ModelVersion(String name, String version, String sha256, String location, String metricsJson) {}
}
