package io.planscreen.audit.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A log record as the auditor API shows it: the output as JSON, plus the outcome word searches use. */
record DecisionView(
        long id,
        Instant recordedAt,
        Instant decidedAt,
        String step,
        String actor,
        @Nullable UUID application,
        @Nullable String modelVersion,
        @Nullable String modelSha256,
        @Nullable String promptPath,
        @Nullable String promptSha256,
        String inputSha256,
        @Nullable String outcome,
        JsonNode output,
        @Nullable String explanation,
        String prevHash,
        String recordHash) {

    static DecisionView of(Decisions.Found found, JsonMapper json) {
        AuditRecord r = found.record();
        return new DecisionView(
                r.id(),
                r.recordedAt(),
                r.decidedAt(),
                r.step(),
                r.actor(),
                r.application(),
                r.modelVersion(),
                r.modelSha256(),
                r.promptPath(),
                r.promptSha256(),
                r.inputSha256(),
                found.outcome(),
                json.readTree(r.outputJson()),
                r.explanation(),
                r.prevHash(),
                r.recordHash());
    }
}
