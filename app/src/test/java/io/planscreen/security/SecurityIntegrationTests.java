package io.planscreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    HttpTestClient http;

    TestUsers users;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        users = new TestUsers(accounts);
    }

    @Test
    void api_without_credentials_is_401_problem_in_korean_by_default() {
        Response response = http.get("/api/applications");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.json().get("code").asString()).isEqualTo("auth.unauthenticated");
        assertThat(response.json().get("title").asString()).isEqualTo("로그인이 필요합니다");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void problem_text_follows_accept_language() {
        Response response = http.get("/api/applications", "Accept-Language", "en-US,en;q=0.9");

        assertThat(response.json().get("title").asString()).isEqualTo("Authentication required");
    }

    @Test
    void wrong_password_is_401_problem() {
        TestUser applicant = users.applicant();

        Response response =
                http.get("/api/applications", "Authorization", HttpTestClient.basic(applicant.username(), "nope"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("auth.unauthenticated");
    }

    @Test
    void wrong_role_is_403_problem() {
        TestUser admin = users.admin();

        Response response = http.get(
                "/api/applications",
                "Authorization",
                HttpTestClient.basic(admin.username(), TestUsers.PASSWORD),
                "Accept-Language",
                "en");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("auth.forbidden");
        assertThat(response.json().get("title").asString()).isEqualTo("Not allowed");
    }

    @Test
    void applicant_lists_own_applications() {
        TestUser applicant = users.applicant();

        Response response = http.get(
                "/api/applications", "Authorization", HttpTestClient.basic(applicant.username(), TestUsers.PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
    }

    @Test
    void only_admin_manages_users() {
        TestUser evaluator = users.evaluator("startup-psst");
        TestUser admin = users.admin();

        Response denied = http.get(
                "/api/admin/users", "Authorization", HttpTestClient.basic(evaluator.username(), TestUsers.PASSWORD));
        Response allowed = http.get(
                "/api/admin/users", "Authorization", HttpTestClient.basic(admin.username(), TestUsers.PASSWORD));

        assertThat(denied.status()).isEqualTo(403);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.body()).contains(evaluator.username()).doesNotContain("password");
    }

    @Test
    void browser_pages_redirect_to_a_localized_login_form_with_csrf() {
        Response home = http.get("/");
        Response login = http.get("/login", "Accept-Language", "ko");
        Response english = http.get("/login?lang=en");

        assertThat(home.status()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("로그인").contains("name=\"_csrf\"");
        assertThat(english.body()).contains("Sign in");
    }

    @Test
    void the_session_cookie_is_secure_and_same_site_lax_behind_an_https_proxy() {
        Response overHttps = http.get("/login", "X-Forwarded-Proto", "https");
        Response plain = http.get("/login");

        assertThat(overHttps.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=")
                .contains("Secure")
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=")
                .doesNotContain("Secure")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void pages_allow_no_inline_scripts() {
        Response login = http.get("/login");

        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'")
                .doesNotContainPattern("script-src[^;]*unsafe-inline"));
        assertThat(login.body()).doesNotContain("<script>").doesNotContainPattern("\\son[a-z]+=\"");
    }
}
