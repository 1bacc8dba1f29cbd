package io.planscreen.audit.internal;

import io.planscreen.shared.AuditableDecision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only writer of the decision log. Appends under a transaction-scoped advisory lock, so concurrent
 * transactions queue up and each sees the head the previous one committed; the lock is released with the
 * appending transaction, which is the decider's own (decision and record commit or roll back together).
 */
@Repository
class AuditLog {

    /** "planaudt": the advisory lock every appender takes. */
    static final long LOCK_KEY = 0x706c616e61756474L;

    static final String COLUMNS = "id, recorded_at, decided_at, step, actor, application_id, model_version,"
            + " model_sha256, prompt_path, prompt_sha256, input_sha256, output_json, explanation, prev_hash,"
            + " record_hash";

    static final RowMapper<AuditRecord> ROWS = AuditLog::map;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    private final SignedHead signedHead;

    AuditLog(JdbcTemplate jdbc, SignedHead head) {
        this.jdbc = jdbc;
        this.signedHead = head;
    }

    /**
     * Appends through the database's {@code audit_append} (the service role has no INSERT on the log: the
     * function stamps the time, links and hashes), then signs the new head in the same transaction.
     */
    @Transactional
    AuditRecord append(AuditableDecision decision) {
        requireJson(decision.outputJson(), decision.step());
        Instant decidedAt = AuditChain.micros(decision.at());
        @Nullable
        UUID application =
                decision.application() == null ? null : decision.application().value();
        AuditRecord appended = jdbc.queryForObject(
                "select id, recorded_at, prev_hash, record_hash from audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rs, n) -> new AuditRecord(
                        rs.getLong("id"),
                        instant(rs, "recorded_at"),
                        decidedAt,
                        decision.step(),
                        decision.actor(),
                        application,
                        decision.modelVersion(),
                        decision.modelSha256(),
                        decision.promptPath(),
                        decision.promptSha256(),
                        decision.inputSha256(),
                        decision.outputJson(),
                        decision.explanation(),
                        rs.getString("prev_hash"),
                        rs.getString("record_hash")),
                decidedAt.atOffset(ZoneOffset.UTC),
                decision.step(),
                decision.actor(),
                application,
                decision.modelVersion(),
                decision.modelSha256(),
                decision.promptPath(),
                decision.promptSha256(),
                decision.inputSha256(),
                decision.outputJson(),
                decision.explanation());
        signedHead.signAfterAppend(appended.id(), appended.recordHash());
        return appended;
    }

    Optional<AuditRecord> find(long id) {
        return jdbc.query("select " + COLUMNS + " from audit_record where id = ?", ROWS, id).stream()
                .findFirst();
    }

    Optional<AuditRecord> head() {
        return jdbc.query("select " + COLUMNS + " from audit_record order by id desc limit 1", ROWS).stream()
                .findFirst();
    }

    /** Queries and the fairness report cast output_json to jsonb: refuse anything that would break them. */
    private static void requireJson(String outputJson, String step) {
        try {
            JSON.readTree(outputJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the output of " + step + " is not JSON: " + e.getOriginalMessage());
        }
    }

    static AuditRecord map(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(
                rs.getLong("id"),
                instant(rs, "recorded_at"),
                instant(rs, "decided_at"),
                rs.getString("step"),
                rs.getString("actor"),
                rs.getObject("application_id", UUID.class),
                rs.getString("model_version"),
                rs.getString("model_sha256"),
                rs.getString("prompt_path"),
                rs.getString("prompt_sha256"),
                rs.getString("input_sha256"),
                rs.getString("output_json"),
                rs.getString("explanation"),
                rs.getString("prev_hash"),
                rs.getString("record_hash"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        @Nullable OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? Instant.EPOCH : at.toInstant();
    }
}
