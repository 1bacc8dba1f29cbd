package io.planscreen.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.security.UserAccounts;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.MultipartBody;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.SignedInSession;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The probe's 500s and HTML answers for bad input: each is now a 4xx problem+json for an API client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    HttpTestClient http;

    TestUser applicant;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        applicant = new TestUsers(accounts).applicant();
    }

    @Test
    void a_nul_byte_in_the_file_name_is_a_400_problem() {
        Response response = upload(new MultipartBody()
                .field("programId", "startup-psst")
                .file("file", "plan\u0000.pdf", "application/pdf", PlanPdfs.render(java.util.List.of("사업계획서"), 1)));

        assertProblem(response, 400, "request.invalid");
    }

    @Test
    void a_nul_byte_in_the_program_id_is_a_400_problem() {
        Response response = upload(new MultipartBody()
                .field("programId", "startup\u0000psst")
                .file("file", "plan.pdf", "application/pdf", PlanPdfs.render(java.util.List.of("사업계획서"), 1)));
        Response query = http.get(
                "/api/review/programs/startup%00psst/queue",
                "Authorization", HttpTestClient.basic(applicant.username(), TestUsers.PASSWORD));

        assertProblem(response, 400, "request.invalid");
        assertProblem(query, 400, "request.invalid");
    }

    /** A NUL inside JSON reaches PostgreSQL, which cannot store it: the request's fault, a 400, not a 500. */
    @Test
    void a_nul_byte_in_a_json_field_is_a_400_problem() {
        TestUser admin = new TestUsers(accounts).admin();
        String body = """
                {"username":"nul-%s","password":"long-enough-password","role":"AUDITOR","displayName":"a\\u0000b"}""".formatted(Long.toString(System.nanoTime(), 36));

        Response response = http.send(http.request("/api/admin/users")
                .header("Authorization", HttpTestClient.basic(admin.username(), TestUsers.PASSWORD))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());

        assertProblem(response, 400, "request.invalid");
    }

    @Test
    void multipart_without_a_boundary_is_a_400_problem() {
        Response response = http.send(http.request("/api/applications")
                .header("Authorization", HttpTestClient.basic(applicant.username(), TestUsers.PASSWORD))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--"))
                .build());

        assertProblem(response, 400, "request.invalid");
    }

    @Test
    void tomcat_level_refusals_are_problems_for_api_clients_and_a_page_for_browsers() {
        // a request line over the header limit: Tomcat reads no headers, so the answer is in the default language
        Response tooLong = http.get("/api/applications?q=" + "a".repeat(20_000), "Accept-Language", "en");
        Response encodedSlash =
                http.get("/api/applications/a%2Fb", "Accept", "application/json", "Accept-Language", "en");
        Response browser = http.get("/review/a%2Fb", "Accept", "text/html", "Accept-Language", "ko");

        assertProblem(tooLong, 400, "request.invalid");
        assertProblem(encodedSlash, 400, "request.invalid");
        assertThat(encodedSlash.json().get("title").asString()).isEqualTo("Invalid request");
        assertThat(browser.status()).isEqualTo(400);
        assertThat(browser.contentType()).startsWith("text/html");
        assertThat(browser.body())
                .contains("잘못된 요청입니다")
                .doesNotContain("Invalid request")
                .doesNotContain("Tomcat");
    }

    @Test
    void browsers_get_error_pages_in_one_language() {
        SignedInSession session = new SignedInSession(port).signedInAs(applicant.username(), TestUsers.PASSWORD);

        HttpResponse<String> missingKo = session.get("/no-such-page", "Accept", "text/html", "Accept-Language", "ko");
        HttpResponse<String> forbiddenEn = session.get("/audit?lang=en", "Accept", "text/html");

        assertThat(missingKo.statusCode()).isEqualTo(404);
        assertThat(missingKo.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(missingKo.body()).contains("lang=\"ko\"").doesNotContain("Not found");
        assertThat(forbiddenEn.statusCode()).isEqualTo(403);
        assertThat(forbiddenEn.body()).contains("Not allowed").doesNotContain("권한이 없습니다");
    }

    private Response upload(MultipartBody body) {
        return http.send(http.request("/api/applications")
                .header("Authorization", HttpTestClient.basic(applicant.username(), TestUsers.PASSWORD))
                .header("Content-Type", body.contentType())
                .header("Accept-Language", "en")
                .POST(body.publisher())
                .build());
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }
}
