package io.planscreen.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signed checkpoints of the chain head (daily, or on an admin's request) and verification of the whole log. */
@Service
class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private static final RowMapper<Checkpoint> ROWS = (rs, n) -> new Checkpoint(
            rs.getLong("id"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getLong("head_record_id"),
            rs.getString("head_hash"),
            rs.getString("key_id"),
            rs.getString("public_key"),
            rs.getString("payload"),
            rs.getString("signature"));

    private final JdbcTemplate jdbc;

    private final DataSource dataSource;

    private final CheckpointKey key;

    private final Set<String> trustedKeys;

    private final Clock clock = Clock.systemUTC();

    Checkpoints(JdbcTemplate jdbc, DataSource dataSource, AuditKeys keys) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.key = keys.signing();
        this.trustedKeys = keys.trusted();
    }

    /** Signs the current head; under the appenders' lock so the head cannot move while it is read. */
    @Transactional
    Checkpoint create() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> {}, AuditLog.LOCK_KEY);
        List<Object[]> head = jdbc.query("select id, record_hash from audit_record order by id desc limit 1", (rs, n) ->
                new Object[] {rs.getLong(1), rs.getString(2)});
        long headId = head.isEmpty() ? 0 : (long) head.get(0)[0];
        String headHash = head.isEmpty() ? AuditChain.GENESIS : (String) head.get(0)[1];
        Instant now = AuditChain.micros(clock.instant());
        String payload = Checkpoint.payload(headId, headHash, now, key.keyId());
        String signature = key.sign(payload);
        Long id = jdbc.queryForObject(
                "insert into audit_checkpoint (created_at, head_record_id, head_hash, key_id, public_key, payload,"
                        + " signature) values (?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                now.atOffset(ZoneOffset.UTC),
                headId,
                headHash,
                key.keyId(),
                key.publicKeyBase64(),
                payload,
                signature);
        return new Checkpoint(
                id == null ? 0 : id, now, headId, headHash, key.keyId(), key.publicKeyBase64(), payload, signature);
    }

    /** Daily; skipped when nothing was appended since the last checkpoint. */
    @Scheduled(cron = "${planscreen.audit.checkpoint-cron:0 5 0 * * *}", zone = "UTC")
    void daily() {
        Optional<Checkpoint> last = latest();
        Long headId = jdbc.queryForObject("select coalesce(max(id), 0) from audit_record", Long.class);
        if (last.isPresent() && headId != null && last.get().headRecordId() == headId) {
            return;
        }
        Checkpoint made = create();
        log.info("audit checkpoint {} signed head {} ({})", made.id(), made.headRecordId(), made.headHash());
    }

    List<Checkpoint> all() {
        return jdbc.query("select * from audit_checkpoint order by id", ROWS);
    }

    Optional<Checkpoint> latest() {
        return jdbc.query("select * from audit_checkpoint order by id desc limit 1", ROWS).stream()
                .findFirst();
    }

    Optional<Checkpoint> find(long id) {
        return jdbc.query("select * from audit_checkpoint where id = ?", ROWS, id).stream()
                .findFirst();
    }

    /** Read-only transaction: the verifier streams the log through a cursor. */
    @Transactional(readOnly = true)
    VerificationReport verify() {
        return new ChainVerifier(dataSource, trustedKeys).verify();
    }

    PublicKeyExport publicKey() {
        return new PublicKeyExport("Ed25519", key.keyId(), key.publicKeyBase64(), key.publicKeyPem());
    }

    record PublicKeyExport(String algorithm, String keyId, String x509Base64, String pem) {}
}
