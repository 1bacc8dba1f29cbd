package io.planscreen.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.registry.ModelRegistry;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.support.PageSession;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admin's pages over a signed-in session: users, companies, model versions, the dead letter. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ModelRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;

    TestUser admin;

    @BeforeEach
    void setUp() {
        users = new TestUsers(accounts);
        admin = users.admin();
    }

    @Test
    void an_admin_lands_on_the_admin_home_that_links_every_admin_page_in_one_language() {
        PageSession session = PageSession.signIn(port, admin.username(), TestUsers.PASSWORD);
        String en = session.page("/?lang=en");
        assertThat(en)
                .contains("Administration", "href=\"/admin/programs\"", "href=\"/admin/users\"")
                .contains("href=\"/admin/models\"", "href=\"/admin/dead-letter\"")
                .doesNotContain("관리 홈");
        String ko = session.page("/admin?lang=ko");
        assertThat(ko).contains("관리", "처리 실패 대기열").doesNotContain("Dead-letter queue");
    }

    @Test
    void an_admin_makes_an_applicant_an_evaluator_of_one_program_and_it_is_audited() {
        TestUser applicant = users.applicant();
        PageSession session = PageSession.signIn(port, admin.username(), TestUsers.PASSWORD);
        HttpResponse<String> saved = session.submit(
                "/admin/users?lang=en",
                "/admin/users/" + applicant.username(),
                Map.of("role", "EVALUATOR", "programIds", "smtech-rnd"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Saved: " + applicant.username());
        UserAccounts.UserSummary changed = accounts.users().stream()
                .filter(u -> u.username().equals(applicant.username()))
                .findFirst()
                .orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.EVALUATOR);
        assertThat(changed.company()).isNull();
        assertThat(changed.programs()).extracting(p -> p.value()).containsExactly("smtech-rnd");
        UserAccounts.UserPage found = accounts.users(applicant.username(), 0, AdminPages.USERS_PER_PAGE);
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.users()).extracting(UserAccounts.UserSummary::username).containsExactly(applicant.username());
        assertThat(accounts.users("", 0, 2).users()).hasSizeLessThanOrEqualTo(2);
        assertThat(session.get("/admin/users?lang=en&q=" + applicant.username()).body())
                .contains("1–1 of 1 users", "data-username=\"" + applicant.username() + "\"");
        HttpResponse<String> farPage = session.get("/admin/users?lang=en&page=2147483647");
        assertThat(farPage.statusCode()).isEqualTo(200);
        assertThat(farPage.body()).doesNotContain("data-username=");
        assertThat(session.get("/admin/users?lang=en&page=-3").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where step = 'admin.user-access' and actor = ?"
                                + " and output_json like ?",
                        Long.class,
                        "user:" + admin.username(),
                        "%" + applicant.username() + "%"))
                .isEqualTo(1);

        HttpResponse<String> refused = session.submit(
                "/admin/users?lang=en", "/admin/users/" + applicant.username(), Map.of("role", "APPLICANT"));
        assertThat(refused.body()).contains("An applicant must belong to a company");
        HttpResponse<String> typed = session.submit(
                "/admin/users?lang=en",
                "/admin/users/" + applicant.username(),
                Map.of("role", "APPLICANT", "company", "주식회사 없는기업"));
        assertThat(typed.statusCode()).isEqualTo(200);
        assertThat(typed.body()).contains("There is no such company");
    }

    @Test
    void a_company_with_a_wrong_check_digit_is_refused_and_a_valid_one_is_listed() {
        PageSession session = PageSession.signIn(port, admin.username(), TestUsers.PASSWORD);
        HttpResponse<String> wrong = session.submit(
                "/admin/companies?lang=en",
                "/admin/companies",
                Map.of("name", "틀린 주식회사", "businessRegistrationNumber", "123-45-67890", "region", "서울특별시"));
        assertThat(wrong.body()).contains("valid business registration number");
        String brn = TestUsers.randomValidBrn();
        HttpResponse<String> added = session.submit(
                "/admin/companies?lang=en",
                "/admin/companies",
                Map.of("name", "새싹 주식회사", "businessRegistrationNumber", brn, "region", "대전광역시"));
        assertThat(added.body()).contains("Saved: 새싹 주식회사", brn);
        assertThat(accounts.companyByBusinessRegistrationNumber(brn)).isPresent();
    }

    @Test
    void switching_the_model_version_needs_a_reason_and_lands_in_the_audit_log() {
        String name = "broker-detector";
        String before = registry.active(name).orElseThrow().version();
        String other = registry.versions(name).stream()
                .map(ModelRegistry.ModelVersion::version)
                .filter(v -> !v.equals(before))
                .findFirst()
                .orElseThrow();
        PageSession session = PageSession.signIn(port, admin.username(), TestUsers.PASSWORD);
        String page = session.page("/admin/models?lang=en");
        assertThat(page).contains("Model versions", "data-version=\"" + other + "\"", "Active");
        try {
            HttpResponse<String> noReason = session.submit(
                    "/admin/models?lang=en",
                    "/admin/models/" + name + "/active",
                    Map.of("version", other, "reason", " "));
            assertThat(noReason.body()).contains("A reason is required");
            assertThat(registry.active(name).orElseThrow().version()).isEqualTo(before);

            HttpResponse<String> switched = session.submit(
                    "/admin/models?lang=en",
                    "/admin/models/" + name + "/active",
                    Map.of("version", other, "reason", "page test"));
            assertThat(switched.body()).contains("Saved: " + name + " " + other);
            assertThat(registry.active(name).orElseThrow().version()).isEqualTo(other);
            assertThat(jdbc.queryForObject(
                            "select explanation from audit_record where step = 'admin.model-activated'"
                                    + " order by id desc limit 1",
                            String.class))
                    .contains(other, "page test");
        } finally {
            session.submit(
                    "/admin/models?lang=en",
                    "/admin/models/" + name + "/active",
                    Map.of("version", before, "reason", "test restores the active version"));
        }
        assertThat(registry.active(name).orElseThrow().version()).isEqualTo(before);
    }

    @Test
    void the_dead_letter_page_opens_for_admins_and_admin_pages_refuse_other_roles() {
        PageSession session = PageSession.signIn(port, admin.username(), TestUsers.PASSWORD);
        String page = session.page("/admin/dead-letter?lang=en");
        assertThat(page).contains("Dead-letter queue", "id=\"dead\"");
        PageSession auditor = PageSession.signIn(port, users.auditor().username(), TestUsers.PASSWORD);
        assertThat(auditor.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(auditor.get("/admin/models").statusCode()).isEqualTo(403);
    }

    @Test
    void an_admin_uploads_a_program_on_the_page_a_refused_one_says_why_and_a_saved_one_is_listed_and_audited()
            throws Exception {
        PageSession session = PageSession.signIn(port, admin.username(), TestUsers.PASSWORD);
        assertThat(session.page("/admin/programs?lang=en"))
                .contains("Programs", "startup-psst", "smtech-rnd", "Upload a program definition")
                .doesNotContain("사업 정의 올리기");

        HttpResponse<String> refused = session.submit(
                "/admin/programs?lang=en", "/admin/programs", Map.of("yaml", "id: broken-program\nfields: 3\n"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is not valid and was not saved", "id=\"problems\"", "broken-program");

        String id = "page-program-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String shipped;
        try (var in = getClass().getClassLoader().getResourceAsStream("programs/startup-psst.yml")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        HttpResponse<String> saved = session.submit(
                "/admin/programs?lang=ko",
                "/admin/programs",
                Map.of("yaml", shipped.replace("id: startup-psst", "id: " + id)));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("저장했습니다: " + id + " v1", "<code>" + id + "</code>");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where step = 'admin.program-saved' and actor = ?"
                                + " and model_version = ?",
                        Long.class,
                        "user:" + admin.username(),
                        id + "@v1"))
                .isEqualTo(1L);
        // the same input hash as an upload through the API: the canonical JSON the version is stored as, not the YAML
        assertThat(jdbc.queryForObject(
                        "select a.input_sha256 = d.sha256 from audit_record a join program_definition d"
                                + " on a.model_version = d.program_id || '@v' || d.version"
                                + " where a.step = 'admin.program-saved' and d.program_id = ?",
                        Boolean.class,
                        id))
                .isTrue();
    }
}
