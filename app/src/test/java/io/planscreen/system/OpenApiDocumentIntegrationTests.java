package io.planscreen.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Walks the OpenAPI document: every operation says what it does, where it belongs and what it answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentIntegrationTests {

    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    record Op(String method, String path, JsonNode node) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    @Test
    void every_operation_has_a_summary_a_module_tag_no_internal_parameter_and_its_problems() {
        JsonNode doc = new HttpTestClient(port).get("/v3/api-docs").json();
        List<Op> operations = operations(doc);
        assertThat(operations).hasSizeGreaterThanOrEqualTo(35);

        for (Op op : operations) {
            assertThat(op.node().path("summary").asString(""))
                    .as("%s summary", op)
                    .isNotBlank();
            List<String> tags =
                    op.node().path("tags").valueStream().map(JsonNode::asString).toList();
            assertThat(tags).as("%s tags", op).singleElement().isIn(OpenApiConfiguration.MODULES.keySet());
            assertThat(op.node().path("parameters").valueStream().map(p -> p.path("name")
                            .asString()))
                    .as("%s parameters", op)
                    .doesNotContain("user", "principal", "currentUser");
            JsonNode responses = op.node().path("responses");
            assertThat(responses.has("401")).as("%s documents 401", op).isTrue();
            assertThat(responses.path("403").path("content").has("application/problem+json"))
                    .as("%s documents its problems as problem+json", op)
                    .isTrue();
            if (op.path().contains("{")) {
                assertThat(responses.has("404")).as("%s documents 404", op).isTrue();
            }
        }
        List<String> declaredTags = doc.path("tags")
                .valueStream()
                .map(t -> t.path("name").asString())
                .toList();
        assertThat(declaredTags).noneMatch(t -> t.endsWith("-controller"));

        Op upload = find(operations, "post", "/api/applications");
        assertThat(upload.node().path("responses").has("202")).isTrue();
        assertThat(upload.node().path("responses").has("200"))
                .as("the upload never answers 200")
                .isFalse();
        assertThat(upload.node().path("responses").has("415")).isTrue();
        assertThat(find(operations, "get", "/api/applications/{id}/outcome")
                        .node()
                        .path("responses")
                        .has("204"))
                .isTrue();
        assertThat(find(operations, "post", "/api/review/applications/{id}/decisions")
                        .node()
                        .path("responses")
                        .has("409"))
                .isTrue();

        JsonNode view =
                doc.path("components").path("schemas").path("ApplicationView").path("properties");
        for (String id : List.of("id", "company", "program")) {
            assertThat(view.path(id).path("type").asString())
                    .as("ApplicationView.%s", id)
                    .isEqualTo("string");
        }
        assertThat(doc.path("components")
                        .path("schemas")
                        .path("ModelVersionView")
                        .path("properties")
                        .has("metrics"))
                .isTrue();
    }

    @Test
    void ids_are_plain_strings_in_answers() {
        TestUsers users = new TestUsers(accounts);
        CompanyId company = users.company("서울특별시");
        TestUsers.TestUser applicant = users.applicant(company);
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        jdbc.sql("""
                        insert into screening_job (application_id, company_id, program_id, declared_name, status,
                                                   next_stage, received_at, lane)
                        values (?, ?, 'startup-psst', 'plan.pdf', 'SCREENED', null, now(), 'openapi-tests')
                        """).params(id.value(), company.value()).update();

        JsonNode one = new HttpTestClient(port)
                .getAs(applicant, "/api/applications/" + id.value())
                .json();

        assertThat(one.get("id").isString()).isTrue();
        assertThat(one.get("id").asString()).isEqualTo(id.value().toString());
        assertThat(one.get("company").asString()).isEqualTo(company.value().toString());
        assertThat(one.get("program").asString()).isEqualTo("startup-psst");
    }

    private static List<Op> operations(JsonNode doc) {
        List<Op> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    out.add(new Op(method.getKey(), path.getKey(), method.getValue()));
                }
            }
        }
        return out;
    }

    private static Op find(List<Op> operations, String method, String path) {
        return operations.stream()
                .filter(op -> op.method().equals(method) && op.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + method + " " + path));
    }
}
