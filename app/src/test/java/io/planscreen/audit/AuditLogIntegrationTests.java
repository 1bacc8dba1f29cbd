package io.planscreen.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.audit.internal.AuditVerifyCli;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationStatusChanged;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.TestDatabase;
import io.planscreen.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    /** Connected as the service role, like the running service. */
    @Autowired
    JdbcTemplate jdbc;

    HttpTestClient http;

    String auditor;

    String admin;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        TestUsers users = new TestUsers(accounts);
        auditor = HttpTestClient.basic(users.auditor().username(), TestUsers.PASSWORD);
        admin = HttpTestClient.basic(users.admin().username(), TestUsers.PASSWORD);
    }

    static AuditableDecision decision(ApplicationId application, String step, String output) {
        return AuditableDecision.model("test-model", "v1")
                .decided(
                        application,
                        step,
                        "ef".repeat(32),
                        output,
                        "설명 with \"quotes\", a backslash \\ and a\nnew line")
                .withWeights("ab".repeat(32))
                .withPrompt("prompts/test/v1", "cd".repeat(32));
    }

    long publishCommitted(AuditableDecision decision) {
        transactions.executeWithoutResult(tx -> events.publishEvent(decision));
        return idOf(decision.application());
    }

    long idOf(ApplicationId application) {
        return jdbc.queryForObject(
                "select max(id) from audit_record where application_id = ?", Long.class, application.value());
    }

    JsonNode verify() {
        Response response = http.get("/api/audit/verify", "Authorization", auditor);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void a_decision_and_its_record_commit_or_roll_back_together() {
        ApplicationId committed = ApplicationId.random();
        long id = publishCommitted(decision(committed, "scoring.broker", "{\"probability\":0.9,\"flagged\":true}"));
        assertThat(id).isPositive();

        ApplicationId rolledBack = ApplicationId.random();
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(decision(rolledBack, "scoring.broker", "{\"flagged\":false}"));
            tx.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where application_id = ?", Long.class, rolledBack.value()))
                .isZero();

        JsonNode report = verify();
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("headId").asLong()).isGreaterThanOrEqualTo(id);
    }

    @Test
    void status_changes_are_logged_too() {
        ApplicationId application = ApplicationId.random();
        transactions.executeWithoutResult(tx -> events.publishEvent(new ApplicationStatusChanged(
                application, ApplicationStatus.RECEIVED, ApplicationStatus.FAILED, "x.y")));

        String output = jdbc.queryForObject(
                "select output_json from audit_record where application_id = ? and step = 'screening.status'",
                String.class,
                application.value());
        assertThat(output).isEqualTo("{\"from\":\"RECEIVED\",\"to\":\"FAILED\",\"code\":\"x.y\"}");
    }

    @Test
    void output_that_is_not_json_is_refused_with_the_decision() {
        ApplicationId application = ApplicationId.random();
        assertThatThrownBy(() -> publishCommitted(decision(application, "scoring.broker", "flagged")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where application_id = ?", Long.class, application.value()))
                .isZero();
    }

    @Test
    void the_service_role_can_neither_update_nor_delete_nor_truncate() {
        long id = publishCommitted(decision(ApplicationId.random(), "review.decision", "{\"outcome\":\"CLEAR\"}"));

        assertRefused(() -> jdbc.update("update audit_record set explanation = 'rewritten' where id = ?", id));
        assertRefused(() -> jdbc.update("delete from audit_record where id = ?", id));
        assertRefused(() -> jdbc.execute("truncate audit_record"));
        assertRefused(() -> jdbc.update("delete from audit_checkpoint"));
        assertThat(jdbc.queryForObject("select explanation from audit_record where id = ?", String.class, id))
                .startsWith("설명");
    }

    @Test
    void the_service_role_cannot_insert_a_forged_record_nor_move_the_signed_head() {
        long id = publishCommitted(decision(ApplicationId.random(), "review.decision", "{\"outcome\":\"CLEAR\"}"));

        assertRefused(() -> jdbc.update("""
                insert into audit_record (id, recorded_at, decided_at, step, actor, input_sha256, output_json,
                                          prev_hash, record_hash)
                select max(id) + 1, now(), now(), 'review.decision', 'user:evaluator2', repeat('a', 64),
                       '{"outcome":"CLEAR"}', max(record_hash), repeat('b', 64) from audit_record"""));
        assertRefused(() -> jdbc.update("update audit_head set head_id = head_id - 1"));
        assertRefused(() -> jdbc.update("delete from audit_head"));
        assertThatThrownBy(() -> jdbc.queryForList(
                        "select audit_sign_head(?, repeat('0', 64), ?, 'k', 'k', 'p', 's')", id - 1, id - 1))
                .rootCause()
                .hasMessageContaining("not the current head");
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void a_record_appended_without_the_service_signature_is_reported() throws SQLException {
        publishCommitted(decision(ApplicationId.random(), "review.decision", "{\"outcome\":\"REFER\"}"));
        try (Connection app = appendersLocked()) {
            long forged;
            try (Statement sql = app.createStatement();
                    var rs = sql.executeQuery("""
                            select id from audit_append(now(), 'review.decision', 'user:evaluator2', null, null, null,
                                   null, null, repeat('ab', 32), '{"outcome":"CLEAR"}', 'forged by the app role')""")) {
                rs.next();
                forged = rs.getLong(1);
            }
            try {
                JsonNode report = verify();
                assertThat(report.get("valid").asBoolean()).isFalse();
                assertThat(report.get("problem").asString()).isEqualTo("unsigned_records");
                assertThat(report.get("brokenRecordId").asLong()).isEqualTo(forged);
            } finally {
                superuserDelete("delete from audit_record where id = " + forged);
            }
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void cutting_off_the_tail_after_the_last_checkpoint_is_detected() throws SQLException {
        publishCommitted(decision(ApplicationId.random(), "review.decision", "{\"outcome\":\"CLEAR\"}"));
        try (Connection app = appendersLocked();
                Connection su = superuser();
                Statement sql = su.createStatement()) {
            long last = lastId(sql);
            sql.execute("create temp table cut as select * from audit_record where id = " + last);
            sql.execute("alter table audit_record disable trigger audit_record_refuse_update_delete");
            sql.executeUpdate("delete from audit_record where id = " + last);
            try {
                JsonNode report = verify();
                assertThat(report.get("valid").asBoolean()).isFalse();
                assertThat(report.get("problem").asString()).isEqualTo("truncated");
                assertThat(report.get("brokenRecordId").asLong()).isEqualTo(last);
            } finally {
                sql.executeUpdate("insert into audit_record select * from cut");
                sql.execute("alter table audit_record enable always trigger audit_record_refuse_update_delete");
            }
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void rewriting_and_rehashing_the_last_record_is_detected() throws SQLException {
        publishCommitted(decision(ApplicationId.random(), "review.decision", "{\"outcome\":\"REFER\"}"));
        try (Connection app = appendersLocked();
                Connection su = superuser();
                Statement sql = su.createStatement()) {
            long last = lastId(sql);
            sql.execute("create temp table original as select * from audit_record where id = " + last);
            sql.execute("alter table audit_record disable trigger audit_record_refuse_update_delete");
            // the forger uses the database's own hash function, so the chain's links all hold
            sql.executeUpdate("""
                    update audit_record set output_json = '{"outcome":"CLEAR"}',
                      record_hash = audit_record_hash(id, recorded_at, decided_at, step, actor, application_id,
                        model_version, model_sha256, prompt_path, prompt_sha256, input_sha256, '{"outcome":"CLEAR"}',
                        explanation, prev_hash)
                    where id = """ + last);
            try {
                JsonNode report = verify();
                assertThat(report.get("valid").asBoolean()).isFalse();
                assertThat(report.get("problem").asString()).isEqualTo("head_mismatch");
                assertThat(report.get("brokenRecordId").asLong()).isEqualTo(last);
            } finally {
                sql.executeUpdate("delete from audit_record where id = " + last);
                sql.executeUpdate("insert into audit_record select * from original");
                sql.execute("alter table audit_record enable always trigger audit_record_refuse_update_delete");
            }
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    /** The database's hash (audit_append) and the verifier's (AuditChain) agree on quotes, control characters, Hangul. */
    @Test
    void records_hashed_by_the_database_verify_in_java() {
        publishCommitted(new AuditableDecision(
                ApplicationId.random(),
                "review.decision",
                "user:평가위원 \"q\" \\ tab\t",
                null,
                null,
                null,
                null,
                "ef".repeat(32),
                "{\"outcome\":\"CLEAR\",\"note\":\"줄\\n바꿈\"}",
                "설명\r\n\u0001\u001f end",
                Instant.now()));
        // empty strings (an intake refusal's input hash): "" in both, not a character
        publishCommitted(new AuditableDecision(
                ApplicationId.random(), "intake.rejected", "", "", null, "", null, "", "{}", "", Instant.now()));

        JsonNode report = verify();

        assertThat(report.get("valid").asBoolean()).isTrue();
    }

    @Test
    void triggers_refuse_even_a_superuser_and_a_replica_role_session() throws SQLException {
        long id = publishCommitted(decision(ApplicationId.random(), "review.decision", "{\"outcome\":\"REFER\"}"));
        try (Connection su = superuser();
                Statement sql = su.createStatement()) {
            sql.execute("set session_replication_role = replica");
            assertThatThrownBy(() -> sql.executeUpdate("update audit_record set explanation = 'x' where id = " + id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("delete from audit_record where id = " + id))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute("truncate audit_record")).hasMessageContaining("append-only");
        }
    }

    @Test
    void tampering_as_superuser_is_detected_and_names_the_record() throws SQLException {
        long id = publishCommitted(decision(ApplicationId.random(), "review.decision", "{\"outcome\":\"REFER\"}"));
        publishCommitted(decision(ApplicationId.random(), "review.decision", "{\"outcome\":\"CLEAR\"}"));
        assertThat(verify().get("valid").asBoolean()).isTrue();
        assertThat(cli()).startsWith("0\n").contains("chain valid");

        String original = jdbc.queryForObject("select output_json from audit_record where id = ?", String.class, id);
        try {
            superuserUpdate("update audit_record set output_json = '{\"outcome\":\"CLEAR\"}' where id = " + id);

            JsonNode report = verify();
            assertThat(report.get("valid").asBoolean()).isFalse();
            assertThat(report.get("brokenRecordId").asLong()).isEqualTo(id);
            assertThat(report.get("problem").asString()).isEqualTo("hash_mismatch");
            assertThat(cli()).startsWith("1\n").contains("BROKEN at record " + id + " (hash_mismatch)");

            // A smarter forger recomputes the record's own hash: the next record's link gives it away.
            superuserUpdate("update audit_record set record_hash = repeat('a', 64) where id = " + id);
            JsonNode relinked = verify();
            assertThat(relinked.get("brokenRecordId").asLong()).isEqualTo(id);
        } finally {
            String hash = jdbc.queryForObject("select prev_hash from audit_record where id = ?", String.class, id + 1);
            superuserUpdate("update audit_record set output_json = '" + original + "', record_hash = '" + hash
                    + "' where id = " + id);
        }
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void appends_from_concurrent_transactions_keep_the_chain_valid() throws Exception {
        ApplicationId application = ApplicationId.random();
        int threads = 6;
        int perThread = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    transactions.executeWithoutResult(tx -> {
                        events.publishEvent(decision(application, "extraction.fields", "{\"fields\":[]}"));
                        events.publishEvent(decision(application, "scoring.broker", "{\"flagged\":false}"));
                    });
                }
            }));
        }
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where application_id = ?", Long.class, application.value()))
                .isEqualTo(threads * perThread * 2L);
        JsonNode report = verify();
        assertThat(report.get("chainValid").asBoolean()).isTrue();
        assertThat(report.get("recordsChecked").asLong())
                .isEqualTo(report.get("headId").asLong());
    }

    @Test
    void checkpoints_are_signed_exportable_and_verified() {
        Response forbidden = http.send(http.request("/api/audit/checkpoints")
                .header("Authorization", auditor)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(forbidden.status()).isEqualTo(403);

        publishCommitted(decision(ApplicationId.random(), "scoring.broker", "{\"flagged\":true}"));
        Response created = http.send(http.request("/api/audit/checkpoints")
                .header("Authorization", admin)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(created.status()).isEqualTo(201);
        JsonNode checkpoint = created.json();
        assertThat(checkpoint.get("payload").asString())
                .contains("\"headHash\":\"" + checkpoint.get("headHash").asString() + "\"");

        JsonNode key = http.get("/api/audit/checkpoints/public-key", "Authorization", auditor)
                .json();
        assertThat(key.get("keyId").asString())
                .isEqualTo(checkpoint.get("keyId").asString());
        assertThat(key.get("pem").asString()).startsWith("-----BEGIN PUBLIC KEY-----");

        JsonNode report = verify();
        assertThat(report.get("checkpointsValid").asBoolean()).isTrue();
        JsonNode mine = null;
        for (JsonNode c : report.get("checkpoints")) {
            if (c.get("id").asLong() == checkpoint.get("id").asLong()) {
                mine = c;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("signatureValid").asBoolean()).isTrue();
        assertThat(mine.get("headMatches").asBoolean()).isTrue();
    }

    private String cli() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = AuditVerifyCli.run(
                    "--url",
                    TestDatabase.properties().get("spring.datasource.url"),
                    "--user",
                    TestDatabase.properties().get("spring.datasource.username"),
                    "--password",
                    TestDatabase.properties().get("spring.datasource.password"));
        } finally {
            System.setOut(out);
        }
        return code + "\n" + captured.toString(StandardCharsets.UTF_8);
    }

    private static Connection superuser() throws SQLException {
        String user = System.getenv().getOrDefault("PLANSCREEN_TEST_DB_SUPERUSER", "postgres");
        return DriverManager.getConnection(TestDatabase.properties().get("spring.datasource.url"), user, "");
    }

    /** What an attacker with the superuser's password would do: switch the triggers off, rewrite, switch back. */
    private static void superuserUpdate(String update) {
        try (Connection su = superuser();
                Statement sql = su.createStatement()) {
            su.setAutoCommit(false);
            sql.execute("alter table audit_record disable trigger audit_record_refuse_update_delete");
            sql.executeUpdate(update);
            sql.execute("alter table audit_record enable always trigger audit_record_refuse_update_delete");
            su.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The appenders' lock (AuditLog.LOCK_KEY), held by a service-role session so nothing appends meanwhile. */
    private static Connection appendersLocked() throws SQLException {
        Connection app = DriverManager.getConnection(
                TestDatabase.properties().get("spring.datasource.url"),
                TestDatabase.properties().get("spring.datasource.username"),
                TestDatabase.properties().get("spring.datasource.password"));
        try (Statement sql = app.createStatement()) {
            sql.execute("select pg_advisory_lock(" + 0x706c616e61756474L + ")");
        }
        return app;
    }

    private static long lastId(Statement sql) throws SQLException {
        try (var rs = sql.executeQuery("select max(id) from audit_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void superuserDelete(String delete) {
        superuserUpdate(delete);
    }

    private static void assertRefused(Runnable statement) {
        assertThatThrownBy(statement::run).rootCause().hasMessageContaining("permission denied");
    }
}
