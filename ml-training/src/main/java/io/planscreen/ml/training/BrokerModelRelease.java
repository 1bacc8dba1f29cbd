package io.planscreen.ml.training;

import io.planscreen.ml.broker.ArtifactFiles;
import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.ml.broker.ModelSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a version folder: weights, feature schema, metrics, model card, SHA256SUMS over all of them. */
public final class BrokerModelRelease {

    private BrokerModelRelease() {}

    public static void write(Path dir, BrokerTrainer.Result result, Map<String, Object> metrics, String modelCard)
            throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(BrokerDetector.WEIGHTS), result.weights());
        Json.MAPPER.writeValue(dir.resolve(BrokerDetector.SCHEMA).toFile(), schemaJson(result.schema()));
        Json.MAPPER.writeValue(dir.resolve("metrics.json").toFile(), metrics);
        Files.writeString(dir.resolve("MODEL_CARD.md"), modelCard);
        List<String> files = new ArrayList<>(
                List.of(BrokerDetector.WEIGHTS, BrokerDetector.SCHEMA, "metrics.json", "MODEL_CARD.md"));
        ArtifactFiles.writeSums(dir, files);
    }

    /** The schema as stored, with each feature's words beside its normalisation (for people reading it). */
    private static Object schemaJson(ModelSchema schema) {
        return schema;
    }
}
