package io.planscreen.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.registry.ModelRegistry.ModelVersion;
import io.planscreen.security.UserAccounts;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.TestUsers;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelRegistryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ModelRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    HttpTestClient http;

    TestUsers users;

    String name;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        users = new TestUsers(accounts);
        name = "test-model-" + UUID.randomUUID().toString().substring(0, 8);
    }

    ModelVersion version(String version) {
        return new ModelVersion(
                name,
                version,
                version.repeat(32).substring(0, 64),
                "models/" + name + "/" + version + "/",
                "{\"auc\":0.9}");
    }

    @Test
    void the_first_version_registered_becomes_active_and_registering_again_changes_nothing() {
        registry.register(version("v1"));
        registry.register(version("v2"));
        registry.register(version("v1"));

        assertThat(registry.active(name)).contains(version("v1"));
        assertThat(registry.versions(name)).containsExactly(version("v1"), version("v2"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where step = 'registry.model-registered' and output_json like ?",
                        Long.class,
                        "%" + name + "%"))
                .isEqualTo(2);
    }

    @Test
    void an_admin_switches_the_active_version_as_an_audited_action_shown_in_actuator_info() {
        registry.register(version("v1"));
        registry.register(version("v2"));
        String admin = users.admin().username();
        String auditor = users.auditor().username();

        Response byAuditor = activate(auditor, "v2");
        assertThat(byAuditor.status()).isEqualTo(403);
        assertThat(registry.active(name)).contains(version("v1"));

        Response byAdmin = activate(admin, "v2");
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().get("active").asBoolean()).isTrue();
        assertThat(registry.active(name)).contains(version("v2"));

        String actor = jdbc.queryForObject(
                "select actor from audit_record where step = 'admin.model-activated' and output_json like ?"
                        + " order by id desc limit 1",
                String.class,
                "%" + name + "%");
        assertThat(actor).isEqualTo("user:" + admin);

        assertThat(http.get("/actuator/info").status()).isEqualTo(401);
        JsonNode info =
                http.get("/actuator/info", "Authorization", basic(auditor)).json();
        assertThat(info.get("models").get(name).get("version").asString()).isEqualTo("v2");

        Response missing = activate(admin, "v9");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("registry.model_not_found");
    }

    @Test
    void admins_and_auditors_list_versions_applicants_and_evaluators_cannot() {
        registry.register(version("v1"));
        Response list =
                http.get("/api/models", "Authorization", basic(users.auditor().username()));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(name);
        assertThat(list.json()
                        .valueStream()
                        .filter(m -> m.get("name").asString().equals(name)))
                .singleElement()
                .satisfies(m -> assertThat(m.get("metrics").isObject())
                        .as("metrics as JSON, not a string holding JSON")
                        .isTrue());
        assertThat(http.get("/api/models", "Authorization", basic(users.admin().username()))
                        .status())
                .isEqualTo(200);
        assertThat(http.get(
                                "/api/models",
                                "Authorization",
                                basic(users.applicant().username()))
                        .status())
                .isEqualTo(403);
        assertThat(http.get(
                                "/api/models",
                                "Authorization",
                                basic(users.evaluator("startup-psst").username()))
                        .status())
                .isEqualTo(403);
    }

    private Response activate(String user, String version) {
        return http.send(http.request("/api/models/" + name + "/active")
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":\"" + version + "\",\"reason\":\"test\"}"))
                .build());
    }

    private static String basic(String user) {
        return HttpTestClient.basic(user, TestUsers.PASSWORD);
    }
}
