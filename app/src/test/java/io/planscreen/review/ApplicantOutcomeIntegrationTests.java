package io.planscreen.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.Screening;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.MultipartBody;
import io.planscreen.support.TestApplications;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The company learns the decision, its reason and what is asked, and answers it; the evaluators decide again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicantOutcomeIntegrationTests {

    static final String PROGRAM = "startup-psst";

    /** The first bytes of a PNG: a scanned certificate. */
    static final byte[] SCAN = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Screening screening;

    HttpTestClient http;

    TestUsers users;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        users = new TestUsers(accounts);
    }

    @Test
    void a_request_for_information_reaches_the_company_with_its_reason_and_its_answer_returns_it_to_review() {
        CompanyId company = users.company("부산광역시");
        TestUser applicant = users.applicant(company);
        TestUser evaluator = users.evaluator(PROGRAM);
        ApplicationId id = stored(company);
        String outcome = "/api/applications/" + id.value() + "/outcome";

        assertThat(get(outcome, applicant).status()).as("nothing decided yet").isEqualTo(204);

        Response decided = post("/api/review/applications/" + id.value() + "/decisions", evaluator, """
                {"outcome":"REQUEST_INFO","reason":"사업자등록증을 제출해 주세요"}""");
        assertThat(decided.status()).isEqualTo(200);

        Response seen = get(outcome, applicant);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("outcome").asString()).isEqualTo("REQUEST_INFO");
        assertThat(seen.json().get("reason").asString()).isEqualTo("사업자등록증을 제출해 주세요");
        assertThat(seen.json().get("awaitingAnswer").asBoolean()).isTrue();
        assertThat(get(outcome, users.applicant(users.company("서울특별시"))).status())
                .as("another company's applicant")
                .isEqualTo(404);

        Response empty = answer(id, applicant, new MultipartBody().field("note", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("code").asString()).isEqualTo("review.answer_empty");

        Response answered = answer(
                id,
                applicant,
                new MultipartBody()
                        .field("note", "사업자등록증 사본을 첨부합니다")
                        .field("documentKey", "business_registration_certificate")
                        .file("file", "사업자등록증.png", "image/png", SCAN));
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.json().get("attachmentName").asString()).isEqualTo("사업자등록증.png");
        assertThat(answered.json().get("attachmentDocumentKey").asString())
                .isEqualTo("business_registration_certificate");

        assertThat(screening.view(id).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        Response after = get(outcome, applicant);
        assertThat(after.json().get("awaitingAnswer").asBoolean()).isFalse();
        assertThat(after.json().get("answers").get(0).get("note").asString()).isEqualTo("사업자등록증 사본을 첨부합니다");
        assertThat(jdbc.sql("select actor from audit_record where application_id = ? and step = 'review.answer'")
                        .param(id.value())
                        .query(String.class)
                        .list())
                .containsExactly("user:" + applicant.username());

        Response again = answer(id, applicant, new MultipartBody().field("note", "한 번 더"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("review.nothing_requested");

        Response cleared = post("/api/review/applications/" + id.value() + "/decisions", evaluator, """
                {"outcome":"CLEAR","reason":"제출 서류 확인"}""");
        assertThat(cleared.status()).as("the evaluators decide again").isEqualTo(200);
        Response last = get(outcome, applicant);
        assertThat(last.json().get("outcome").asString()).isEqualTo("CLEAR");
        assertThat(last.json().get("awaitingAnswer").asBoolean()).isFalse();
    }

    @Test
    void a_clear_decision_is_shown_at_once_and_cannot_be_answered() {
        CompanyId company = users.company("광주광역시");
        TestUser applicant = users.applicant(company);
        ApplicationId id = stored(company);
        post("/api/review/applications/" + id.value() + "/decisions", users.evaluator(PROGRAM), """
                {"outcome":"CLEAR","reason":"Figures match"}""");

        Response seen = get("/api/applications/" + id.value() + "/outcome", applicant);
        assertThat(seen.json().get("outcome").asString()).isEqualTo("CLEAR");
        assertThat(seen.json().get("reason").asString()).isEqualTo("Figures match");

        Response refused = answer(id, applicant, new MultipartBody().field("note", "thanks"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from review_answer where application_id = ?")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void an_attachment_that_is_no_document_is_refused_and_nothing_is_answered() {
        CompanyId company = users.company("대전광역시");
        TestUser applicant = users.applicant(company);
        ApplicationId id = stored(company);
        post("/api/review/applications/" + id.value() + "/decisions", users.evaluator(PROGRAM), """
                {"outcome":"REQUEST_INFO","reason":"4대보험 가입자명부를 첨부해 주세요"}""");

        Response refused = answer(
                id,
                applicant,
                new MultipartBody()
                        .field("documentKey", "social_insurance_roster")
                        .file(
                                "file",
                                "roster.exe",
                                "application/octet-stream",
                                "MZ not a document".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.json().get("code").asString()).isEqualTo("document.unsupported_type");
        assertThat(screening.view(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(jdbc.sql("select count(*) from application_attachment where application_id = ?")
                        .param(id.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ApplicationId stored(CompanyId company) {
        return TestApplications.screenedWithOriginal(jdbc, company, PROGRAM, "outcome-tests");
    }

    private Response answer(ApplicationId id, TestUser user, MultipartBody body) {
        return http.send(http.as(user, "/api/applications/" + id.value() + "/answers")
                .header("Content-Type", body.contentType())
                .POST(body.publisher())
                .build());
    }

    private Response get(String path, TestUser user) {
        return http.getAs(user, path);
    }

    private Response post(String path, TestUser user, String json) {
        return http.postJsonAs(user, path, json);
    }
}
