package io.planscreen.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.security.UserAccounts;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.SignedInSession;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The probe's free password guessing: 50 wrong Basic passwords and 50 wrong form sign-ins, then the right one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottleIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SignInThrottle throttle;

    HttpTestClient http;

    TestUsers users;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        users = new TestUsers(accounts);
        throttle.clear();
    }

    @AfterEach
    void forgetTheseFailures() {
        throttle.clear(); // the context is shared with other test classes signing in from the same address
    }

    @Test
    void wrong_basic_passwords_lock_the_account_with_a_429_problem_even_for_the_right_password() {
        TestUser applicant = users.applicant();
        for (int i = 0; i < 5; i++) {
            assertThat(basic(applicant.username(), "wrong-" + i, "ko").status()).isEqualTo(401);
        }

        Response locked = basic(applicant.username(), "wrong-again", "ko");
        Response right = basic(applicant.username(), TestUsers.PASSWORD, "en");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.json().get("code").asString()).isEqualTo("auth.too_many_attempts");
        assertThat(locked.json().get("title").asString()).isEqualTo("로그인 시도가 너무 많습니다");
        assertThat(locked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 2L));
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.json().get("title").asString()).isEqualTo("Too many sign-in attempts");
        assertThat(right.json().get("detail").asString()).contains("seconds");
    }

    @Test
    void each_further_failure_after_a_lock_doubles_the_wait() throws InterruptedException {
        TestUser applicant = users.applicant();
        for (int i = 0; i < 5; i++) {
            basic(applicant.username(), "wrong-" + i, "ko");
        }
        Thread.sleep(2100); // the first lock (2 s) runs out

        assertThat(basic(applicant.username(), "wrong-6", "ko").status()).isEqualTo(401);
        Response locked = basic(applicant.username(), TestUsers.PASSWORD, "ko");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(3L, 4L));
    }

    @Test
    void wrong_form_sign_ins_lock_the_account_and_the_page_says_so_in_its_language() {
        TestUser evaluator = users.evaluator("startup-psst");
        SignedInSession browser = new SignedInSession(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.signIn(evaluator.username(), "wrong-" + i)))
                    .endsWith("/login?error");
        }

        HttpResponse<String> right = browser.signIn(evaluator.username(), TestUsers.PASSWORD);

        assertThat(location(right)).endsWith("/login?throttled");
        assertThat(browser.get("/login?throttled", "Accept-Language", "ko").body())
                .contains("로그인 실패가 여러 번 있어")
                .doesNotContain("failed sign-ins");
        assertThat(browser.get("/login?throttled&lang=en").body())
                .contains("After several failed sign-ins")
                .doesNotContain("로그인 실패가");
        assertThat(browser.get("/").statusCode()).isEqualTo(302); // not signed in
    }

    @Test
    void many_accounts_guessed_from_one_address_lock_the_address() {
        for (int i = 0; i < 20; i++) {
            assertThat(basic("nobody-" + i, "guess", "ko").status()).isEqualTo(401);
        }
        TestUser someoneElse = users.auditor();

        Response locked = basic(someoneElse.username(), TestUsers.PASSWORD, "ko");

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("code").asString()).isEqualTo("auth.too_many_attempts");
    }

    @Test
    void a_successful_sign_in_clears_the_account_count() {
        TestUser applicant = users.applicant();
        for (int i = 0; i < 4; i++) {
            basic(applicant.username(), "wrong-" + i, "ko");
        }
        assertThat(basic(applicant.username(), TestUsers.PASSWORD, "ko").status())
                .isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(basic(applicant.username(), "wrong-" + i, "ko").status()).isEqualTo(401);
        }
        assertThat(basic(applicant.username(), TestUsers.PASSWORD, "ko").status())
                .isEqualTo(200);
    }

    private Response basic(String username, String password, String language) {
        return http.get(
                "/api/applications",
                "Authorization",
                HttpTestClient.basic(username, password),
                "Accept-Language",
                language);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
