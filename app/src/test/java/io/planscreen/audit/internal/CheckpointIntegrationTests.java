package io.planscreen.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** What checkpoints add over the chain: a forger who rewrites a record and re-hashes the chain is still caught. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckpointIntegrationTests {

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    AuditLog log;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    AuditRecord append(String outcome) {
        ApplicationId app = ApplicationId.random();
        transactions.executeWithoutResult(tx -> events.publishEvent(AuditableDecision.human("evaluator")
                .decided(app, "review.decision", "ab".repeat(32), "{\"outcome\":\"" + outcome + "\"}", "reason")));
        return log.head().orElseThrow();
    }

    @Test
    void a_rewritten_and_rehashed_head_passes_the_chain_but_not_the_signed_checkpoint() throws SQLException {
        append("REFER");
        Checkpoint checkpoint = checkpoints.create();
        // the signed head, normally the record just appended (another context's pipeline may have added one)
        AuditRecord head = log.find(checkpoint.headRecordId()).orElseThrow();
        assertThat(checkpoints.verify().valid()).isTrue();

        AuditRecord forged = new AuditRecord(
                head.id(),
                head.recordedAt(),
                head.decidedAt(),
                head.step(),
                head.actor(),
                head.application(),
                head.modelVersion(),
                head.modelSha256(),
                head.promptPath(),
                head.promptSha256(),
                head.inputSha256(),
                "{\"outcome\":\"CLEAR\"}",
                head.explanation(),
                head.prevHash(),
                "");
        // Hold the appenders' lock while the head is forged: a record appended now would link to the forgery.
        try (Connection guard = superuser();
                Statement lock = guard.createStatement()) {
            lock.execute("select pg_advisory_lock(" + AuditLog.LOCK_KEY + ")");
            try {
                forgeAndVerify(head, forged, checkpoint);
            } finally {
                rewrite(head.id(), head.outputJson(), head.recordHash());
                lock.execute("select pg_advisory_unlock(" + AuditLog.LOCK_KEY + ")");
            }
        }
        assertThat(checkpoints.verify().valid()).isTrue();
    }

    private void forgeAndVerify(AuditRecord head, AuditRecord forged, Checkpoint checkpoint) throws SQLException {
        rewrite(head.id(), forged.outputJson(), AuditChain.hash(forged));

        VerificationReport report = checkpoints.verify();
        if (log.head().orElseThrow().id() == head.id()) {
            // the links hold (the forger re-hashed), but the head the service signed at the append does not
            assertThat(report.problem()).isEqualTo("head_mismatch");
            assertThat(report.brokenRecordId()).isEqualTo(head.id());
        }
        assertThat(report.checkpointsValid()).isFalse();
        assertThat(report.valid()).isFalse();
        assertThat(report.checkpoints())
                .filteredOn(c -> c.id() == checkpoint.id())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.signatureValid()).isTrue();
                    assertThat(c.headMatches()).isFalse();
                });
    }

    @Test
    void the_daily_checkpoint_is_skipped_when_nothing_was_appended() {
        append("CLEAR");
        checkpoints.daily();
        long afterFirst = checkpoints.latest().orElseThrow().id();
        long headBefore = log.head().orElseThrow().id();
        checkpoints.daily();
        if (log.head().orElseThrow().id() == headBefore) { // nobody else appended meanwhile
            assertThat(checkpoints.latest().orElseThrow().id()).isEqualTo(afterFirst);
        }
        append("CLEAR");
        checkpoints.daily();
        assertThat(checkpoints.latest().orElseThrow().id()).isGreaterThan(afterFirst);
    }

    private static Connection superuser() throws SQLException {
        String user = System.getenv().getOrDefault("PLANSCREEN_TEST_DB_SUPERUSER", "postgres");
        return DriverManager.getConnection(TestDatabase.properties().get("spring.datasource.url"), user, "");
    }

    private static void rewrite(long id, String output, String hash) throws SQLException {
        String user = System.getenv().getOrDefault("PLANSCREEN_TEST_DB_SUPERUSER", "postgres");
        try (Connection su =
                        DriverManager.getConnection(TestDatabase.properties().get("spring.datasource.url"), user, "");
                Statement sql = su.createStatement();
                PreparedStatement update =
                        su.prepareStatement("update audit_record set output_json = ?, record_hash = ? where id = ?")) {
            su.setAutoCommit(false);
            sql.execute("alter table audit_record disable trigger audit_record_refuse_update_delete");
            update.setString(1, output);
            update.setString(2, hash);
            update.setLong(3, id);
            update.executeUpdate();
            sql.execute("alter table audit_record enable always trigger audit_record_refuse_update_delete");
            su.commit();
        }
    }
}
