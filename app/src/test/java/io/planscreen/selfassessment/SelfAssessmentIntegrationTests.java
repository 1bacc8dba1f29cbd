package io.planscreen.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.security.UserAccounts;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.MultipartBody;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelfAssessmentIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void a_plan_gets_a_synchronous_report_without_any_score_and_nothing_of_it_is_kept() {
        TestUser applicant = users.applicant();
        byte[] plan = PlanPdfs.psst("점검 주식회사", "220-81-62517", 2);
        long applicationsBefore =
                jdbc.sql("select count(*) from screening_job").query(Long.class).single();

        MultipartBody body = planBody(plan);
        Response response = http.send(http.request("/api/self-assessments")
                .header("Authorization", HttpTestClient.basic(applicant.username(), TestUsers.PASSWORD))
                .header("Accept-Language", "en")
                .header("Content-Type", body.contentType())
                .POST(body.publisher())
                .build());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("type").asString()).isEqualTo("PDF");
        assertThat(report.get("pages").asInt()).isEqualTo(2);
        assertThat(report.get("rubric")).hasSize(6);
        assertThat(report.get("rubricSource").asString()).isEqualTo("offline");
        assertThat(report.get("fields").toString()).contains("220-81-62517");
        assertThat(report.get("originality").get("guidance").asString()).contains("specific to your company");
        assertThat(response.body()).doesNotContainIgnoringCase("probability").doesNotContainIgnoringCase("broker");
        assertThat(jdbc.sql("select count(*) from screening_job")
                        .query(Long.class)
                        .single())
                .as("no application was created")
                .isEqualTo(applicationsBefore);
        String sha256 = report.get("documentSha256").asString();
        assertThat(jdbc.sql(
                                "select output_json from audit_record where step = 'selfassessment.checked' and input_sha256 = ?")
                        .param(sha256)
                        .query(String.class)
                        .list())
                .as("only an audit entry with the hash remains")
                .singleElement()
                .satisfies(json -> assertThat(json).contains("\"rubric\"").doesNotContain("점검 주식회사"));
    }

    @Test
    void hostile_files_get_intakes_problem_codes_and_nothing_of_them_is_kept() {
        TestUser applicant = users.applicant();
        String company =
                java.util.Objects.requireNonNull(applicant.company()).value().toString();
        record Hostile(String name, String mediaType, byte[] content, int status, String code) {}
        List<Hostile> files = List.of(
                new Hostile(
                        "plan.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        DocumentFixtures.docxWithTooManyEntries(1_500),
                        422,
                        "document.archive_bomb"),
                new Hostile(
                        "plan.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        DocumentFixtures.docxLyingAboutSize(),
                        422,
                        "document.archive_bomb"),
                new Hostile("plan.pdf", "application/pdf", DocumentFixtures.encryptedPdf(), 422, "document.encrypted"),
                new Hostile(
                        "plan.pdf",
                        "application/pdf",
                        DocumentFixtures.pdfZipPolyglot(),
                        415,
                        "document.unsupported_type"),
                new Hostile(
                        "plan.pdf",
                        "application/pdf",
                        DocumentFixtures.hundredThousandPagesPdf(),
                        422,
                        "document.too_many_pages"));
        for (Hostile file : files) {
            Response response = post(
                    applicant,
                    new MultipartBody()
                            .field("programId", "startup-psst")
                            .file("file", file.name(), file.mediaType(), file.content()));
            assertThat(response.status())
                    .as(file.code() + ": " + response.body())
                    .isEqualTo(file.status());
            assertThat(response.json().get("code").asString()).isEqualTo(file.code());
        }

        assertThat(jdbc.sql("select count(*) from application where company_id::text = ?")
                        .param(company)
                        .query(Long.class)
                        .single())
                .as("no application was stored")
                .isZero();
        assertThat(jdbc.sql("select count(*) from intake_rejection where company_id::text = ?")
                        .param(company)
                        .query(Long.class)
                        .single())
                .as("a self-assessment refusal is not an intake rejection")
                .isZero();
        for (Hostile file : files) {
            // intake's own tests upload the same fixtures (and are audited); only this applicant's trace counts
            assertThat(jdbc.sql("select count(*) from audit_record where input_sha256 = ? and actor = ?")
                            .param(HexFormat.of().formatHex(sha256(file.content())))
                            .param("user:" + applicant.username())
                            .query(Long.class)
                            .single())
                    .as("a refused file leaves no record of itself")
                    .isZero();
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
