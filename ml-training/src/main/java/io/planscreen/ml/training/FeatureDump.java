package io.planscreen.ml.training;

import io.planscreen.ml.features.PlanFeatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code --dump-features FILE}: the feature table (split, agency, label, area, region, features) for analysis
 * outside the trainer; nothing is trained.
 */
final class FeatureDump {

    private FeatureDump() {}

    static void write(Arguments a, Consumer<String> log) throws IOException {
        Path file = Objects.requireNonNull(a.dumpFeatures());
        List<BrokerDataset.Row> rows = TrainingData.load(a, log).rows();
        StringBuilder csv = new StringBuilder("split,agency,label,capital,region,")
                .append(String.join(",", PlanFeatures.names()))
                .append('\n');
        for (BrokerDataset.Row r : rows) {
            csv.append(r.plan().split())
                    .append(',')
                    .append(r.plan().broker() == null ? "" : r.plan().broker())
                    .append(',')
                    .append(r.label())
                    .append(',')
                    .append(r.plan().region().capitalArea() ? 1 : 0)
                    .append(',')
                    .append(r.plan().region().name());
            for (double v : r.features()) {
                csv.append(',').append(v);
            }
            csv.append('\n');
        }
        Files.writeString(file, csv);
        log.accept("wrote %d feature rows to %s".formatted(rows.size(), file));
    }
}
