package io.planscreen.ml.training;

import io.planscreen.ml.broker.ModelSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@link BrokerTraining#train} did: the kept model, how it was chosen, what it measured.
 *
 * @param candidates every candidate, the kept one first
 * @param reported the once-only figures of the kept model ({@code test}, {@code drift}, or {@code final});
 *     empty with {@code --validation-only}
 * @param written the version folder, or null when nothing was written
 */
public record TrainingResult(
        BrokerTrainer.Result model,
        List<CandidateSelection.Outcome> candidates,
        SplitMetrics validation,
        Map<String, SplitMetrics> reported,
        List<GeneratorTransfer.Result> leaveOneGeneratorOut,
        @Nullable Path written) {

    public TrainingResult {
        candidates = List.copyOf(candidates);
        reported = Map.copyOf(reported);
        leaveOneGeneratorOut = List.copyOf(leaveOneGeneratorOut);
    }

    public ModelSchema schema() {
        return model.schema();
    }
}
