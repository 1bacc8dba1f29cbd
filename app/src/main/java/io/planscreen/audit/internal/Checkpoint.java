package io.planscreen.audit.internal;

import java.time.Instant;

/**
 * A signed chain head, as exported for anchoring outside the database. {@code signature} is Ed25519 over the
 * UTF-8 bytes of {@code payload}, which repeats head id, head hash, time and key id:
 * {@code {"v":1,"chain":"planscreen-audit","headId":..,"headHash":"..","createdAt":"..","keyId":".."}}.
 */
record Checkpoint(
        long id,
        Instant createdAt,
        long headRecordId,
        String headHash,
        String keyId,
        String publicKey,
        String payload,
        String signature) {

    static String payload(long headId, String headHash, Instant createdAt, String keyId) {
        StringBuilder out = new StringBuilder("{\"v\":1,\"chain\":\"planscreen-audit\",\"headId\":").append(headId);
        AuditChain.field(out, "headHash", headHash);
        AuditChain.field(out, "createdAt", AuditChain.timestamp(createdAt));
        AuditChain.field(out, "keyId", keyId);
        return out.append('}').toString();
    }
}
