package io.planscreen.audit.internal;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The chain's head, signed by the service with every append (table {@code audit_head}, written only through
 * {@code audit_sign_head}). The signature covers head id, head hash and record count under the configured key,
 * which the database never holds: whoever cuts the tail, rewrites the last records or appends without the
 * service cannot make a matching head.
 */
@Component
class SignedHead {

    private static final Logger log = LoggerFactory.getLogger(SignedHead.class);

    private final JdbcTemplate jdbc;

    private final AuditKeys keys;

    SignedHead(JdbcTemplate jdbc, AuditKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    record Head(
            long headId,
            String headHash,
            long records,
            String keyId,
            String publicKey,
            String payload,
            String signature) {}

    /** {@code {"v":1,"chain":"planscreen-audit-head","headId":..,"headHash":"..","records":..,"keyId":".."}} */
    static String payload(long headId, String headHash, long records, String keyId) {
        StringBuilder out =
                new StringBuilder("{\"v\":1,\"chain\":\"planscreen-audit-head\",\"headId\":").append(headId);
        AuditChain.field(out, "headHash", headHash);
        out.append(",\"records\":").append(records);
        AuditChain.field(out, "keyId", keyId);
        return out.append('}').toString();
    }

    /**
     * Called in the appending transaction, right after record {@code id}. When the signed head is not the record
     * before, records were appended without the service: the head stays where it is, for verify to report.
     */
    void signAfterAppend(long id, String hash) {
        Optional<Head> previous = read();
        if (previous.isPresent() && previous.get().headId() != id - 1) {
            log.error(
                    "audit records {}..{} were appended without the service's signature; the signed head stays at {}",
                    previous.get().headId() + 1,
                    id - 1,
                    previous.get().headId());
            return;
        }
        CheckpointKey key = keys.signing();
        String payload = payload(id, hash, id, key.keyId());
        jdbc.query(
                "select audit_sign_head(?, ?, ?, ?, ?, ?, ?)",
                rs -> {},
                id,
                hash,
                id,
                key.keyId(),
                key.publicKeyBase64(),
                payload,
                key.sign(payload));
    }

    Optional<Head> read() {
        return read(jdbc);
    }

    static Optional<Head> read(JdbcTemplate jdbc) {
        List<Head> heads = jdbc.query(
                "select head_id, head_hash, records, key_id, public_key, payload, signature from audit_head",
                (rs, n) -> new Head(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)));
        return heads.stream().findFirst();
    }
}
