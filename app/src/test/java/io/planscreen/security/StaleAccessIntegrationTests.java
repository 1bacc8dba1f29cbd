package io.planscreen.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.shared.CompanyId;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.SignedInSession;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The probe's stale session: an admin narrows an evaluator's programs while the evaluator is signed in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaleAccessIntegrationTests {

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
    void restricting_an_evaluator_ends_the_open_session_and_the_other_program_is_closed_from_then_on() {
        TestUser evaluator = users.evaluator("startup-psst", "smtech-rnd");
        UUID application = screened(users.company("서울특별시"), "startup-psst");
        SignedInSession session = new SignedInSession(port).signedInAs(evaluator.username(), TestUsers.PASSWORD);
        assertThat(session.get("/review/programs/startup-psst").statusCode()).isEqualTo(200);
        assertThat(session.get("/review/applications/" + application).statusCode())
                .isEqualTo(200);

        restrict(evaluator, "smtech-rnd");

        HttpResponse<String> stale = session.get("/review/programs/startup-psst");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
        SignedInSession again = new SignedInSession(port).signedInAs(evaluator.username(), TestUsers.PASSWORD);
        assertThat(again.get("/review/programs/startup-psst").statusCode()).isIn(403, 404);
        assertThat(again.get("/review/applications/" + application).statusCode())
                .isIn(403, 404);
        assertThat(again.post("/review/applications/" + application + "/decision", "outcome=CLEAR&reason=ok")
                        .statusCode())
                .isIn(403, 404);
        assertThat(again.get("/review/programs/smtech-rnd").statusCode()).isEqualTo(200);
        String basic = HttpTestClient.basic(evaluator.username(), TestUsers.PASSWORD);
        assertThat(http.get("/api/review/programs/startup-psst/queue", "Authorization", basic)
                        .status())
                .isIn(403, 404);
        assertThat(http.get("/api/review/applications/" + application, "Authorization", basic)
                        .status())
                .isIn(403, 404);
        assertThat(jdbc.sql("select status from screening_job where application_id = ?")
                        .param(application)
                        .query(String.class)
                        .single())
                .isEqualTo("SCREENED");
    }

    @Test
    void a_program_given_while_signed_in_is_usable_on_the_next_request_without_signing_in_again() {
        TestUser evaluator = users.evaluator("smtech-rnd");
        SignedInSession session = new SignedInSession(port).signedInAs(evaluator.username(), TestUsers.PASSWORD);
        assertThat(session.get("/review/programs/startup-psst").statusCode()).isIn(403, 404);

        restrict(evaluator, "smtech-rnd", "startup-psst");

        assertThat(session.get("/review/programs/startup-psst").statusCode()).isEqualTo(200);
    }

    @Test
    void a_disabled_account_loses_its_session() {
        TestUser applicant = users.applicant();
        SignedInSession session = new SignedInSession(port).signedInAs(applicant.username(), TestUsers.PASSWORD);
        assertThat(session.get("/applicant").statusCode()).isEqualTo(200);

        jdbc.sql("update app_user set enabled = false where username = ?")
                .param(applicant.username())
                .update();

        assertThat(session.get("/applicant").statusCode()).isEqualTo(302);
    }

    @Test
    void a_demo_account_is_refused_by_an_instance_without_the_demo_profile() {
        TestUser auditor = users.auditor();
        String basic = HttpTestClient.basic(auditor.username(), TestUsers.PASSWORD);
        SignedInSession session = new SignedInSession(port).signedInAs(auditor.username(), TestUsers.PASSWORD);
        assertThat(http.get("/api/applications", "Authorization", basic).status())
                .isEqualTo(200);

        jdbc.sql("update app_user set demo = true where username = ?")
                .param(auditor.username())
                .update();

        assertThat(http.get("/api/applications", "Authorization", basic).status())
                .isEqualTo(401);
        assertThat(session.get("/audit").statusCode()).isEqualTo(302);
    }

    /** The admin API, as the probe's admin did it. */
    private void restrict(TestUser evaluator, String... programs) {
        TestUser admin = users.admin();
        String body = """
                {"username":"%s","password":"%s","role":"EVALUATOR","programs":[%s],"displayName":"%s"}""".formatted(
                        evaluator.username(),
                        TestUsers.PASSWORD,
                        String.join(
                                ",",
                                java.util.Arrays.stream(programs)
                                        .map(p -> "\"" + p + "\"")
                                        .toList()),
                        evaluator.username());
        int status = http.send(http.request("/api/admin/users")
                        .header("Authorization", HttpTestClient.basic(admin.username(), TestUsers.PASSWORD))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build())
                .status();
        assertThat(status).isEqualTo(200);
    }

    private UUID screened(CompanyId company, String program) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into screening_job (application_id, company_id, program_id, declared_name, status,
                                                   next_stage, received_at, lane)
                        values (?, ?, ?, 'plan.pdf', 'SCREENED', null, now(), 'stale-access-tests')
                        """).params(id, company.value(), program).update();
        jdbc.sql("insert into screening_status_history (application_id, status) values (?, 'SCREENED')")
                .param(id)
                .update();
        return id;
    }
}
