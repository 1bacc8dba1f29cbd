package io.planscreen.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.MultipartBody;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.SignedInSession;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running app serves × every role × own/other tenant, against the table below. The
 * endpoints come from the app itself: one missing from the table fails the test, so a new endpoint
 * cannot ship without someone deciding who may call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessMatrixIntegrationTests {

    /** ALLOW: past access control (any status but 401/403/404); DENY: 403; HIDDEN: 404; LOGIN: not signed in. */
    enum Outcome {
        ALLOW,
        DENY,
        HIDDEN,
        LOGIN,
        /** Past access control, where a record asked for by number may simply not exist (404). */
        ALLOW_OR_MISSING
    }

    enum Tenant {
        OWN,
        OTHER
    }

    /**
     * Per endpoint: anonymous, then APPLICANT, EVALUATOR, AUDITOR, ADMIN as own/other. "-" marks endpoints
     * without access control (the sign-in page, errors, API docs).
     */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        // API (HTTP Basic)
        expect("GET /api/applications", "LOGIN ALLOW/ALLOW ALLOW/ALLOW ALLOW/ALLOW DENY/DENY");
        expect("GET /api/applications/{id}", "LOGIN ALLOW/HIDDEN ALLOW/HIDDEN ALLOW/ALLOW DENY/DENY");
        expect("GET /api/applications/{id}/pages/{page}.png", "LOGIN DENY/DENY ALLOW/HIDDEN ALLOW/ALLOW DENY/DENY");
        expect("GET /api/admin/pipeline/dead", "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW/ALLOW");
        expect("POST /api/admin/pipeline/{id}/retry", "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW/ALLOW");
        expect("POST /api/admin/companies", "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW/ALLOW");
        expect("GET /api/admin/users", "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW/ALLOW");
        expect("PUT /api/admin/users", "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW/ALLOW");
        expect("GET /api/review/programs/{program}/queue", "LOGIN DENY/DENY ALLOW/HIDDEN ALLOW/ALLOW DENY/DENY");
        expect("GET /api/review/applications/{id}", "LOGIN DENY/DENY ALLOW/HIDDEN ALLOW/ALLOW DENY/DENY");
        expect("PUT /api/review/applications/{id}/assignment", "LOGIN DENY/DENY ALLOW/HIDDEN DENY/DENY DENY/DENY");
        expect("POST /api/review/applications/{id}/decisions", "LOGIN DENY/DENY ALLOW/HIDDEN DENY/DENY DENY/DENY");
        expect(
                "POST /api/review/applications/{id}/referral/confirmation",
                "LOGIN DENY/DENY ALLOW/HIDDEN DENY/DENY DENY/DENY");
        expect("POST /api/self-assessments", "LOGIN ALLOW/ALLOW DENY/DENY DENY/DENY DENY/DENY");
        expect("POST /api/applications", "LOGIN ALLOW/ALLOW DENY/DENY DENY/DENY DENY/DENY");
        expect("GET /api/applications/{id}/fields", "LOGIN ALLOW/HIDDEN ALLOW/HIDDEN ALLOW/ALLOW DENY/DENY");
        expect("GET /api/applications/{id}/paperwork", "LOGIN ALLOW/HIDDEN ALLOW/HIDDEN ALLOW/ALLOW DENY/DENY");
        expect("PUT /api/applications/{id}/fields/{key}", "LOGIN ALLOW/HIDDEN DENY/DENY DENY/DENY DENY/DENY");
        expect(
                "GET /api/applications/{id}/broker-assessment",
                "LOGIN DENY/DENY ALLOW_OR_MISSING/HIDDEN ALLOW_OR_MISSING/ALLOW_OR_MISSING DENY/DENY");
        expect("GET /api/programs", "LOGIN ALLOW/ALLOW ALLOW/ALLOW ALLOW/ALLOW ALLOW/ALLOW");
        expect("GET /api/programs/{id}", "LOGIN ALLOW/ALLOW ALLOW/ALLOW ALLOW/ALLOW ALLOW/ALLOW");
        expect("POST /api/admin/programs", "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW/ALLOW");
        for (String read : List.of("decisions", "decisions/export", "overrides", "fairness", "verify")) {
            expect("GET /api/audit/" + read, "LOGIN DENY/DENY DENY/DENY ALLOW/ALLOW DENY/DENY");
        }
        expect(
                "GET /api/audit/decisions/{id}",
                "LOGIN DENY/DENY DENY/DENY ALLOW_OR_MISSING/ALLOW_OR_MISSING DENY/DENY");
        expect(
                "POST /api/audit/decisions/{id}/reproduce",
                "LOGIN DENY/DENY DENY/DENY ALLOW_OR_MISSING/ALLOW_OR_MISSING DENY/DENY");
        for (String read : List.of("checkpoints", "checkpoints/latest", "checkpoints/public-key")) {
            expect(
                    "GET /api/audit/" + read,
                    "LOGIN DENY/DENY DENY/DENY ALLOW_OR_MISSING/ALLOW_OR_MISSING ALLOW_OR_MISSING/ALLOW_OR_MISSING");
        }
        expect(
                "GET /api/audit/checkpoints/{id}",
                "LOGIN DENY/DENY DENY/DENY ALLOW_OR_MISSING/ALLOW_OR_MISSING ALLOW_OR_MISSING/ALLOW_OR_MISSING");
        expect("POST /api/audit/checkpoints", "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW/ALLOW");
        expect("GET /api/models", "LOGIN DENY/DENY DENY/DENY ALLOW/ALLOW ALLOW/ALLOW");
        expect(
                "POST /api/models/{name}/active",
                "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW_OR_MISSING/ALLOW_OR_MISSING");
        expect("GET /api/applications/{id}/outcome", "LOGIN ALLOW/HIDDEN ALLOW/HIDDEN ALLOW/ALLOW DENY/DENY");
        expect("POST /api/applications/{id}/answers", "LOGIN ALLOW/HIDDEN DENY/DENY DENY/DENY DENY/DENY");
        // pages (form login, session, CSRF)
        expect("GET /", "LOGIN ALLOW/ALLOW ALLOW/ALLOW ALLOW/ALLOW ALLOW/ALLOW");
        expect("GET /login", "-");
        expect("GET /error", "-");
        expect("GET /applicant", "LOGIN ALLOW/ALLOW DENY/DENY DENY/DENY DENY/DENY");
        expect("GET /applicant/applications/{id}", "LOGIN ALLOW/HIDDEN DENY/DENY DENY/DENY DENY/DENY");
        expect("POST /applicant/self-assessment", "LOGIN ALLOW/ALLOW DENY/DENY DENY/DENY DENY/DENY");
        expect("POST /applicant/applications", "LOGIN ALLOW/ALLOW DENY/DENY DENY/DENY DENY/DENY");
        expect("GET /applicant/applications/{id}/status", "LOGIN ALLOW/HIDDEN DENY/DENY DENY/DENY DENY/DENY");
        expect("POST /applicant/applications/{id}/answer", "LOGIN ALLOW/HIDDEN DENY/DENY DENY/DENY DENY/DENY");
        expect("POST /applicant/applications/{id}/fields", "LOGIN ALLOW/HIDDEN DENY/DENY DENY/DENY DENY/DENY");
        expect("GET /audit", "LOGIN DENY/DENY DENY/DENY ALLOW/ALLOW DENY/DENY");
        expect("GET /audit/overrides", "LOGIN DENY/DENY DENY/DENY ALLOW/ALLOW DENY/DENY");
        expect("GET /audit/fairness", "LOGIN DENY/DENY DENY/DENY ALLOW/ALLOW DENY/DENY");
        for (String page : List.of("/audit/home", "/audit/export", "/audit/verify", "/audit/charts", "/audit/model")) {
            expect("GET " + page, "LOGIN DENY/DENY DENY/DENY ALLOW/ALLOW DENY/DENY");
        }
        for (String page : List.of(
                "/admin",
                "/admin/programs",
                "/admin/users",
                "/admin/companies",
                "/admin/models",
                "/admin/dead-letter")) {
            expect("GET " + page, "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW/ALLOW");
        }
        for (String form : List.of(
                "/admin/programs",
                "/admin/users/{username}",
                "/admin/companies",
                "/admin/models/{name}/active",
                "/admin/dead-letter/{id}/retry")) {
            expect("POST " + form, "LOGIN DENY/DENY DENY/DENY DENY/DENY ALLOW/ALLOW");
        }
        expect("GET /review", "LOGIN DENY/DENY ALLOW/ALLOW DENY/DENY DENY/DENY");
        expect("GET /review/programs/{program}", "LOGIN DENY/DENY ALLOW/HIDDEN DENY/DENY DENY/DENY");
        expect("GET /review/applications/{id}", "LOGIN DENY/DENY ALLOW/HIDDEN DENY/DENY DENY/DENY");
        expect("GET /review/applications/{id}/pages/{page}.png", "LOGIN DENY/DENY ALLOW/HIDDEN DENY/DENY DENY/DENY");
        expect(
                "GET /review/applications/{id}/attachments/{attachment}",
                "LOGIN DENY/DENY ALLOW_OR_MISSING/HIDDEN DENY/DENY DENY/DENY");
        expect("POST /review/applications/{id}/decision", "LOGIN DENY/DENY ALLOW/HIDDEN DENY/DENY DENY/DENY");
        expect("POST /review/applications/{id}/confirmation", "LOGIN DENY/DENY ALLOW/HIDDEN DENY/DENY DENY/DENY");
        expect("POST /review/applications/{id}/assignment", "LOGIN DENY/DENY ALLOW/HIDDEN DENY/DENY DENY/DENY");
    }

    static void expect(String endpoint, String outcomes) {
        EXPECTED.put(endpoint, outcomes);
    }

    /** API documentation served by springdoc: public by design (SecurityConfiguration). */
    static final Pattern DOCS = Pattern.compile("(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) /(v3/api-docs|swagger-ui).*");

    static final List<Role> ROLES = List.of(Role.APPLICANT, Role.EVALUATOR, Role.AUDITOR, Role.ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_endpoint_has_an_expectation_and_every_role_and_tenant_gets_exactly_it() {
        Set<String> served = served();
        assertThat(served).as("endpoints served by the app").isNotEmpty();
        Set<String> unlisted = new TreeSet<>(served);
        unlisted.removeAll(EXPECTED.keySet());
        unlisted.removeIf(e -> DOCS.matcher(e).matches());
        assertThat(unlisted)
                .as("endpoints without an expectation in AccessMatrixIntegrationTests.EXPECTED")
                .isEmpty();
        Set<String> stale = new TreeSet<>(EXPECTED.keySet());
        stale.removeAll(served);
        assertThat(stale)
                .as("expectations for endpoints the app no longer serves")
                .isEmpty();

        Fixture fixture = new Fixture();
        List<String> mismatches = new ArrayList<>();
        int probes = 0;
        for (Map.Entry<String, String> entry : EXPECTED.entrySet()) {
            if (entry.getValue().equals("-")) {
                continue;
            }
            String[] parts = entry.getValue().split(" ");
            String endpoint = entry.getKey();
            probes++;
            check(
                    mismatches,
                    endpoint + " anonymous",
                    Outcome.valueOf(parts[0]),
                    probe(fixture, endpoint, null, Tenant.OWN));
            for (int r = 0; r < ROLES.size(); r++) {
                String[] ownOther = parts[r + 1].split("/");
                for (Tenant tenant : Tenant.values()) {
                    Outcome expected = Outcome.valueOf(ownOther[tenant.ordinal()]);
                    Result actual = probe(fixture, endpoint, ROLES.get(r), tenant);
                    probes++;
                    check(mismatches, endpoint + " " + ROLES.get(r) + " " + tenant, expected, actual);
                }
            }
        }
        assertThat(mismatches).as("access matrix (%d probes)", probes).isEmpty();
    }

    record Result(int status, String location) {}

    private static void check(List<String> mismatches, String what, Outcome expected, Result actual) {
        boolean ok =
                switch (expected) {
                    case ALLOW ->
                        actual.status() != 401
                                && actual.status() != 403
                                && actual.status() != 404
                                && !actual.location().contains("/login");
                    case DENY -> actual.status() == 403;
                    case HIDDEN -> actual.status() == 404;
                    case LOGIN ->
                        actual.status() == 401
                                || (actual.status() == 302 && actual.location().contains("/login"));
                    case ALLOW_OR_MISSING -> actual.status() != 401 && actual.status() != 403;
                };
        if (!ok) {
            mismatches.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private Set<String> served() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                }
                for (RequestMethod method : methods) {
                    endpoints.add(method.name() + " " + pattern);
                }
            }
        }
        return endpoints;
    }

    /** Users, companies and applications on both sides of every tenant line. */
    final class Fixture {

        final TestUsers users = new TestUsers(accounts);

        final CompanyId ownCompany = users.company("서울특별시");

        final CompanyId otherCompany = users.company("부산광역시");

        final Map<Role, TestUser> people = new EnumMap<>(Role.class);

        final Map<Role, SignedInSession> sessions = new EnumMap<>(Role.class);

        final TestUser secondEvaluator = users.evaluator("startup-psst");

        final Map<Tenant, ApplicationId> uploaded = new EnumMap<>(Tenant.class);

        @Nullable
        String programJson;

        Fixture() {
            people.put(Role.APPLICANT, users.applicant(ownCompany));
            people.put(Role.EVALUATOR, users.evaluator("startup-psst"));
            people.put(Role.AUDITOR, users.auditor());
            people.put(Role.ADMIN, users.admin());
        }

        /** A fresh screened application per probe, so deciding one never changes the next probe. */
        ApplicationId application(Tenant tenant) {
            ApplicationId id = new ApplicationId(UUID.randomUUID());
            jdbc.sql("""
                            insert into screening_job (application_id, company_id, program_id, declared_name, status,
                                                       next_stage, received_at, lane, dead)
                            values (?, ?, ?, 'plan.pdf', 'FAILED', 'EXTRACT', now(), 'matrix-tests', true)
                            """)
                    .params(
                            id.value(),
                            (tenant == Tenant.OWN ? ownCompany : otherCompany).value(),
                            tenant == Tenant.OWN ? "startup-psst" : "smtech-rnd")
                    .update();
            return id;
        }

        /** A real upload (stored original, parsed, fields extracted) of each tenant, made once and only read. */
        ApplicationId uploaded(Tenant tenant) {
            return uploaded.computeIfAbsent(tenant, t -> {
                TestUser uploader = t == Tenant.OWN ? people.get(Role.APPLICANT) : users.applicant(otherCompany);
                MultipartBody body = new MultipartBody()
                        .field("programId", program(t))
                        .file(
                                "file",
                                "plan.pdf",
                                "application/pdf",
                                PlanPdfs.psst("매트릭스 " + t, TestUsers.randomValidBrn(), 2));
                HttpTestClient.Response response = new HttpTestClient(port)
                        .send(new HttpTestClient(port)
                                .request("/api/applications")
                                .header("Authorization", HttpTestClient.basic(uploader.username(), TestUsers.PASSWORD))
                                .header("Content-Type", body.contentType())
                                .POST(body.publisher())
                                .build());
                assertThat(response.status()).as(response.body()).isEqualTo(202);
                ApplicationId id = new ApplicationId(
                        UUID.fromString(response.json().get("id").asString()));
                long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
                while (System.nanoTime() < deadline) {
                    String status = jdbc.sql("select status from screening_job where application_id = ?")
                            .param(id.value())
                            .query(String.class)
                            .optional()
                            .orElse("RECEIVED");
                    if (!status.equals("RECEIVED") && !status.equals("PARSED")) {
                        return id;
                    }
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
                throw new AssertionError("upload " + id + " never got its fields extracted");
            });
        }

        String program(Tenant tenant) {
            return tenant == Tenant.OWN ? "startup-psst" : "smtech-rnd";
        }

        SignedInSession anonymous;

        /** A signed-in session, or for {@code null} a visitor who has the sign-in page's CSRF token but no login. */
        SignedInSession session(Role role) {
            if (role == null) {
                if (anonymous == null) {
                    anonymous = new SignedInSession(port);
                }
                return anonymous;
            }
            return sessions.computeIfAbsent(role, r -> new SignedInSession(port)
                    .signedInAs(people.get(r).username(), TestUsers.PASSWORD));
        }
    }

    private Result probe(Fixture fixture, String endpoint, Role role, Tenant tenant) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        boolean readsUpload =
                pattern.contains("/fields") || pattern.contains("/paperwork") || pattern.contains("/pages/");
        ApplicationId application = readsUpload ? fixture.uploaded(tenant) : fixture.application(tenant);
        if (pattern.contains("/decisions")
                || pattern.contains("/decision")
                || pattern.contains("/assignment")
                || pattern.contains("/confirmation")) {
            jdbc.sql(
                            "update screening_job set status = 'SCREENED', dead = false, next_stage = null where application_id = ?")
                    .param(application.value())
                    .update();
        }
        String id = pattern.startsWith("/api/programs/")
                ? fixture.program(tenant)
                : pattern.startsWith("/api/audit/") ? "1" : application.value().toString();
        String path = pattern.replace("{id}", id)
                .replace("{key}", "company_name")
                .replace("{name}", "broker-detector")
                .replace("{username}", "matrix-nobody")
                .replace("{program}", fixture.program(tenant))
                .replace("{page}", "1")
                .replace("{attachment}", "1");
        if (pattern.equals("/api/audit/fairness")) {
            path += "?program="
                    + fixture.program(tenant); // required: without it binding answers 400 before the role check
        }
        boolean api = path.startsWith("/api/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        Body body = body(fixture, pattern, api);
        if (api && role != null) {
            request.header(
                    "Authorization",
                    HttpTestClient.basic(fixture.people.get(role).username(), TestUsers.PASSWORD));
        }
        SignedInSession session = api ? null : fixture.session(role);
        if (!api && method.equals("POST")) {
            String csrf = session.csrf();
            if (body.contentType().startsWith("multipart/")) {
                request.uri(URI.create(request.build().uri() + "?_csrf=" + csrf));
            } else {
                body = new Body(
                        body.contentType(),
                        body.form() + (body.form().isEmpty() ? "" : "&") + "_csrf=" + csrf,
                        body.multipart());
            }
        }
        if (!method.equals("GET")) {
            request.header("Content-Type", body.contentType());
        }
        request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : body.publisher());
        // an API call comes without cookies: a fresh session that never signs in
        HttpResponse<String> response = (session != null ? session : new SignedInSession(port)).send(request.build());
        return new Result(
                response.statusCode(), response.headers().firstValue("Location").orElse(""));
    }

    record Body(String contentType, String form, MultipartBody multipart) {

        HttpRequest.BodyPublisher publisher() {
            return contentType.startsWith("multipart/")
                    ? multipart.publisher()
                    : HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8);
        }
    }

    /** A request body that passes validation, so the only thing that can refuse it is access control. */
    private Body body(Fixture fixture, String pattern, boolean api) {
        String evaluator = fixture.secondEvaluator.username();
        if (pattern.contains("self-assessment")
                || pattern.equals("/api/applications")
                || pattern.equals("/applicant/applications")) {
            MultipartBody multipart = new MultipartBody()
                    .field("programId", "startup-psst")
                    .file("file", "plan.pdf", "application/pdf", PlanPdfs.psst("매트릭스", TestUsers.randomValidBrn(), 1));
            return new Body(multipart.contentType(), "", multipart);
        }
        if (pattern.endsWith("/answers") || pattern.endsWith("/answer")) {
            MultipartBody multipart = new MultipartBody().field("note", "matrix");
            return new Body(multipart.contentType(), "", multipart);
        }
        String json;
        String form;
        if (pattern.endsWith("/assignment")) {
            json = "{\"evaluator\":\"" + evaluator + "\"}";
            form = "evaluator=" + evaluator;
        } else if (pattern.endsWith("/decisions") || pattern.endsWith("/decision")) {
            json = "{\"outcome\":\"CLEAR\",\"reason\":\"matrix\"}";
            form = "outcome=CLEAR&reason=matrix";
        } else if (pattern.endsWith("/confirmation")) {
            json = "{\"reason\":\"matrix\"}";
            form = "reason=matrix";
        } else if (pattern.endsWith("/active")) {
            json = "{\"version\":\"v1\",\"reason\":\"matrix: same version again\"}";
            form = "version=v1&reason=matrix";
        } else if (pattern.endsWith("/fields/{key}")) {
            json = "{\"value\":\"매트릭스 주식회사\"}";
            form = "";
        } else if (pattern.endsWith("/fields")) {
            json = "{}";
            form = "key=company_name&value=matrix";
        } else if (pattern.equals("/api/admin/programs")) {
            if (fixture.programJson == null) {
                fixture.programJson = new HttpTestClient(port)
                        .get(
                                "/api/programs/startup-psst",
                                "Authorization",
                                HttpTestClient.basic(
                                        fixture.people.get(Role.ADMIN).username(), TestUsers.PASSWORD))
                        .body();
            }
            json = fixture.programJson;
            form = "";
        } else if (pattern.endsWith("/companies")) {
            String brn = TestUsers.randomValidBrn();
            json = "{\"name\":\"매트릭스 주식회사\",\"businessRegistrationNumber\":\"" + brn + "\",\"region\":\"서울특별시\"}";
            form = "name=matrix&businessRegistrationNumber=" + brn + "&region="
                    + URLEncoder.encode("서울특별시", StandardCharsets.UTF_8);
        } else if (pattern.endsWith("/users")) {
            json = "{\"username\":\"matrix-" + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"password\":\"matrix-password\",\"role\":\"AUDITOR\",\"displayName\":\"matrix\"}";
            form = "";
        } else if (pattern.equals("/admin/programs")) {
            json = "{}";
            form = "yaml=" + URLEncoder.encode("id: matrix-refused\n", StandardCharsets.UTF_8);
        } else if (pattern.equals("/admin/users/{username}")) {
            json = "{}";
            form = "role=AUDITOR";
        } else {
            json = "{}";
            form = "";
        }
        return api
                ? new Body("application/json", json, new MultipartBody())
                : new Body("application/x-www-form-urlencoded", form, new MultipartBody());
    }
}
