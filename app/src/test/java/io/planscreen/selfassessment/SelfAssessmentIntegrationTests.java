package io.planscreen.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.security.UserAccounts;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.MultipartBody;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelfAssessmentIntegrationTests {

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
    void only_applicants_self_assess_and_a_missing_file_is_a_clear_problem() {
        TestUser evaluator = users.evaluator("startup-psst");
        TestUser applicant = users.applicant();

        assertThat(post(
                                evaluator,
                                new MultipartBody()
                                        .field("programId", "startup-psst")
                                        .file("file", "p.pdf", "application/pdf", new byte[] {'%', 'P', 'D', 'F'}))
                        .status())
                .isEqualTo(403);
        Response missing = post(applicant, new MultipartBody().field("programId", "startup-psst"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("code").asString()).isEqualTo("document.missing");
        Response notAPlan = post(
                applicant,
                new MultipartBody()
                        .field("programId", "startup-psst")
                        .file("file", "p.pdf", "application/pdf", "hello".getBytes()));
        assertThat(notAPlan.json().get("code").asString()).isEqualTo("document.unsupported_type");
    }

    @Test
    void each_company_is_rate_limited_with_a_429_problem_and_other_companies_are_not() {
        TestUser busy = users.applicant();
        TestUser other = users.applicant();
        byte[] plan = PlanPdfs.psst("테스트 주식회사", TestUsers.randomValidBrn(), 1);

        List<Integer> statuses = new ArrayList<>();
        Response last = null;
        for (int i = 0; i < 11; i++) {
            last = post(busy, planBody(plan));
            statuses.add(last.status());
        }

        assertThat(statuses.subList(0, 10)).doesNotContain(429);
        assertThat(statuses.get(10)).isEqualTo(429);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.json().get("code").asString()).isEqualTo("request.rate_limited");
        assertThat(post(other, planBody(plan)).status()).isNotEqualTo(429);
    }

    static MultipartBody planBody(byte[] plan) {
        return new MultipartBody().field("programId", "startup-psst").file("file", "plan.pdf", "application/pdf", plan);
    }

    private Response post(TestUser user, MultipartBody body) {
        return http.send(http.request("/api/self-assessments")
                .header("Authorization", HttpTestClient.basic(user.username(), TestUsers.PASSWORD))
                .header("Content-Type", body.contentType())
                .POST(body.publisher())
                .build());
    }
}
