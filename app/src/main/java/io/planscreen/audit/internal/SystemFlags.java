package io.planscreen.audit.internal;

import io.planscreen.shared.ApplicationId;
import io.planscreen.similarity.WriterEvidence;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The flag the evaluator's queue shows, which the fairness report and the charts count: the model's flag in the
 * application's last scoring decision, or its writer cluster's flag ({@link WriterEvidence}), as the review
 * module computes it. Counting the model's flag alone would leave out every plan flagged for its writer.
 */
@Component
class SystemFlags {

    private final WriterEvidence writers;

    SystemFlags(WriterEvidence writers) {
        this.writers = writers;
    }

    /** The listed applications the system flags, read in one pass over the writer clusters. */
    Set<UUID> flagged(List<Decisions.ScoredApplication> scored) {
        Map<ApplicationId, WriterEvidence.Size> clusters = writers.clusterSizes(
                scored.stream().map(s -> new ApplicationId(s.application())).toList());
        Set<UUID> flagged = new HashSet<>();
        for (Decisions.ScoredApplication s : scored) {
            WriterEvidence.Size cluster = clusters.get(new ApplicationId(s.application()));
            if (s.flagged() || (cluster != null && cluster.flagged())) {
                flagged.add(s.application());
            }
        }
        return flagged;
    }
}
