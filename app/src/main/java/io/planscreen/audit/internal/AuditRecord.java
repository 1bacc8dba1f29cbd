package io.planscreen.audit.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the decision log, exactly as stored (and hashed, see {@link AuditChain}). */
record AuditRecord(
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
        String outputJson,
        @Nullable String explanation,
        String prevHash,
        String recordHash) {}
