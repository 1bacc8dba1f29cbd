package io.planscreen.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes the chain from the first record and checks every checkpoint. Plain JDBC, so the service and the
 * {@code audit-verify} command share it. Streams rows: the caller keeps auto-commit off for the cursor.
 */
final class ChainVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    private final Set<String> trustedKeys;

    ChainVerifier(DataSource dataSource, Set<String> trustedPublicKeysBase64) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(2000);
        this.trustedKeys = Set.copyOf(trustedPublicKeysBase64);
    }

    VerificationReport verify() {
        List<Checkpoint> checkpoints = jdbc.query(
                "select id, created_at, head_record_id, head_hash, key_id, public_key, payload, signature"
                        + " from audit_checkpoint order by id",
                (rs, n) -> new Checkpoint(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)));
        Map<Long, String> signedHeads = new HashMap<>();
        for (Checkpoint c : checkpoints) {
            signedHeads.put(signedHeadId(c), "");
        }
        Optional<SignedHead.Head> head = SignedHead.read(jdbc);
        head.ifPresent(h -> signedHeads.put(signedHeadId(h.payload()), ""));
        Walk walk = new Walk(signedHeads);
        jdbc.query("select " + AuditLog.COLUMNS + " from audit_record order by id", walk);
        signedHeads.put(0L, AuditChain.GENESIS);
        if (walk.brokenAt == null) {
            checkHead(head, walk, signedHeads);
        }

        List<VerificationReport.CheckpointCheck> checks = new ArrayList<>();
        for (Checkpoint c : checkpoints) {
            checks.add(check(c, signedHeads));
        }
        boolean checkpointsValid = checks.stream().allMatch(VerificationReport.CheckpointCheck::valid);
        boolean chainValid = walk.brokenAt == null;
        return new VerificationReport(
                chainValid && checkpointsValid,
                chainValid,
                checkpointsValid,
                walk.checked,
                walk.lastId,
                walk.lastHash,
                walk.brokenAt,
                walk.problem,
                walk.detail,
                checks,
                Instant.now());
    }

    /**
     * The signed head against the chain as walked: the tail cut off ({@code truncated}), records after the
     * signed head ({@code unsigned_records}), the head record rewritten ({@code head_mismatch}), or no valid
     * signature by a trusted key ({@code head_signature}, {@code head_missing}).
     */
    private void checkHead(Optional<SignedHead.Head> stored, Walk walk, Map<Long, String> hashesAt) {
        if (stored.isEmpty()) {
            if (walk.checked > 0) {
                walk.broken(walk.lastId, "head_missing", "no signed head for a log of " + walk.checked + " records");
            }
            return;
        }
        SignedHead.Head head = stored.get();
        if (!CheckpointKey.verify(head.publicKey(), head.payload(), head.signature())
                || !trustedKeys.contains(head.publicKey())) {
            walk.broken(walk.lastId, "head_signature", "the head's signature is invalid or its key is not trusted");
            return;
        }
        long signedId = signedHeadId(head.payload());
        String signedHash = jsonString(head.payload(), "headHash");
        long signedRecords = jsonLong(head.payload(), "records");
        if (signedId > walk.lastId || signedRecords > walk.checked) {
            walk.broken(
                    walk.lastId + 1,
                    "truncated",
                    "the signed head is record " + signedId + " of " + signedRecords + "; the log ends at record "
                            + walk.lastId);
        } else if (signedId < walk.lastId) {
            walk.broken(
                    signedId + 1,
                    "unsigned_records",
                    "records " + (signedId + 1) + ".." + walk.lastId
                            + " were appended without the service's signature");
        } else if (!signedHash.equals(hashesAt.get(signedId))) {
            walk.broken(signedId, "head_mismatch", "record " + signedId + " is not the record the head signed");
        }
    }

    /** The stored hashes of the given records (0 = the empty chain's genesis). */
    Map<Long, String> hashesAt(Set<Long> ids) {
        Map<Long, String> hashes = new HashMap<>();
        hashes.put(0L, AuditChain.GENESIS);
        for (Long id : ids) {
            jdbc.query(
                    "select record_hash from audit_record where id = ?",
                    rs -> {
                        hashes.put(id, rs.getString(1));
                    },
                    id);
        }
        return hashes;
    }

    /** One checkpoint against the chain's hashes at the signed positions (0 = the empty chain). */
    VerificationReport.CheckpointCheck check(Checkpoint c, Map<Long, String> hashesAt) {
        boolean signatureValid = CheckpointKey.verify(c.publicKey(), c.payload(), c.signature());
        boolean keyTrusted = trustedKeys.contains(c.publicKey());
        long headId = signedHeadId(c);
        String signedHash = signedHeadHash(c);
        boolean consistent = headId == c.headRecordId() && signedHash.equals(c.headHash());
        boolean headMatches = consistent && signedHash.equals(hashesAt.get(headId));
        return new VerificationReport.CheckpointCheck(
                c.id(), headId, signatureValid, keyTrusted, headMatches, signatureValid && keyTrusted && headMatches);
    }

    /** What the signed payload says, not the columns beside it (those are only for queries). */
    private static long signedHeadId(Checkpoint c) {
        return signedHeadId(c.payload());
    }

    private static String signedHeadHash(Checkpoint c) {
        return jsonString(c.payload(), "headHash");
    }

    private static long signedHeadId(String payload) {
        return jsonLong(payload, "headId");
    }

    private static long jsonLong(String json, String field) {
        try {
            return JSON.readTree(json).path(field).asLong(-1);
        } catch (RuntimeException unreadable) {
            return -1;
        }
    }

    private static String jsonString(String json, String field) {
        try {
            JsonNode value = JSON.readTree(json).path(field);
            return value.isString() ? value.asString() : "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static final class Walk implements RowCallbackHandler {

        private final Map<Long, String> signedHeads;

        long checked;

        long lastId;

        String lastHash = AuditChain.GENESIS;

        @Nullable
        Long brokenAt;

        @Nullable
        String problem;

        @Nullable
        String detail;

        Walk(Map<Long, String> signedHeads) {
            this.signedHeads = signedHeads;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            AuditRecord r = AuditLog.map(rs, 0);
            if (signedHeads.containsKey(r.id())) {
                signedHeads.put(r.id(), r.recordHash());
            }
            if (brokenAt == null) {
                if (r.id() != lastId + 1) {
                    broken(
                            r.id(),
                            lastId == 0 && r.id() > 1 ? "bad_start" : "missing_record",
                            "expected record " + (lastId + 1) + " before record " + r.id());
                } else if (!r.prevHash().equals(lastHash)) {
                    broken(
                            r.id(),
                            "link_mismatch",
                            "prev_hash " + r.prevHash() + " is not record " + lastId + "'s hash " + lastHash);
                } else {
                    String recomputed = AuditChain.hash(r);
                    if (!recomputed.equals(r.recordHash())) {
                        broken(
                                r.id(),
                                "hash_mismatch",
                                "stored hash " + r.recordHash() + ", content gives " + recomputed);
                    }
                }
            }
            checked++;
            lastId = r.id();
            lastHash = r.recordHash();
        }

        private void broken(long id, String problem, String detail) {
            this.brokenAt = id;
            this.problem = problem;
            this.detail = detail;
        }
    }
}
