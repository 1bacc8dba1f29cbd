package io.planscreen.audit.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What verification found. {@code brokenRecordId} is the first record whose link does not hold, with
 * {@code problem} one of {@code hash_mismatch} (the record's content no longer gives its hash),
 * {@code link_mismatch} (its prev_hash is not the previous record's hash), {@code missing_record} (an id
 * is missing before it) or {@code bad_start}.
 */
record VerificationReport(
        boolean valid,
        boolean chainValid,
        boolean checkpointsValid,
        long recordsChecked,
        long headId,
        String headHash,
        @Nullable Long brokenRecordId,
        @Nullable String problem,
        @Nullable String detail,
        List<CheckpointCheck> checkpoints,
        Instant verifiedAt) {

    /**
     * @param headMatches the chain still holds the signed hash at the signed position
     * @param keyTrusted signed by the configured key or one listed as trusted
     */
    record CheckpointCheck(
            long id,
            long headRecordId,
            boolean signatureValid,
            boolean keyTrusted,
            boolean headMatches,
            boolean valid) {}
}
