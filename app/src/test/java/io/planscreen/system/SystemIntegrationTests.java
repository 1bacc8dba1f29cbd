package io.planscreen.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.security.UserAccounts;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.TestDatabase;
import io.planscreen.support.TestUsers;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SystemIntegrationTests.FailingController.class)
class SystemIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    HttpTestClient http;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
    }

    /** Only in this test's context: an endpoint that fails the way a bug would. */
    @RestController
    static class FailingController {

        @GetMapping("/api/test/boom")
        String boom() {
            throw new IllegalStateException("secret internal detail: select * from app_user");
        }
    }

    @Test
    void health_is_up_for_everyone_and_its_details_only_for_auditors_and_admins() {
        Response anonymous = http.get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.json().has("components")).isFalse();
        String auditor = new TestUsers(accounts).auditor().username();

        Response health =
                http.get("/actuator/health", "Authorization", HttpTestClient.basic(auditor, TestUsers.PASSWORD));

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/pgvector/status").asString()).isEqualTo("UP");
        assertThat(health.json().at("/components/pgvector/details/version").asString())
                .matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void openapi_and_swagger_ui_are_served() {
        assertThat(http.get("/v3/api-docs").body()).contains("planscreen API");
        assertThat(http.get("/swagger-ui.html").status()).isIn(200, 302);
        assertThat(http.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void unexpected_error_is_500_problem_with_correlation_id_and_nothing_internal() {
        String admin = new TestUsers(accounts).admin().username();

        Response response = http.get(
                "/api/test/boom",
                "Authorization",
                HttpTestClient.basic(admin, TestUsers.PASSWORD),
                "X-Correlation-Id",
                "test-correlation-0001");

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("server.internal");
        assertThat(response.json().get("correlationId").asString()).isEqualTo("test-correlation-0001");
        assertThat(response.body()).doesNotContain("select").doesNotContain("IllegalStateException");
    }

    @Test
    void unknown_api_path_is_404_problem() {
        String auditor = new TestUsers(accounts).auditor().username();

        Response response =
                http.get("/api/no-such-thing", "Authorization", HttpTestClient.basic(auditor, TestUsers.PASSWORD));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("resource.not_found");
    }

    @Test
    void prometheus_metrics_need_an_admin_or_auditor() {
        String auditor = new TestUsers(accounts).auditor().username();

        assertThat(http.get("/actuator/prometheus").status()).isEqualTo(401);
        Response metrics =
                http.get("/actuator/prometheus", "Authorization", HttpTestClient.basic(auditor, TestUsers.PASSWORD));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void service_role_has_data_rights_but_cannot_change_the_schema() throws SQLException {
        Map<String, String> db = TestDatabase.properties();
        try (var connection = DriverManager.getConnection(
                        db.get("spring.datasource.url"),
                        db.get("spring.datasource.username"),
                        db.get("spring.datasource.password"));
                var statement = connection.createStatement()) {
            statement.executeQuery("select count(*) from app_user").close();
            if (!db.get("spring.datasource.username").equals(db.get("spring.flyway.user"))) {
                assertThatThrownBy(() -> statement.execute("create table sneaky (id int)"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("drop table app_user"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("must be owner");
            }
        }
    }
}
