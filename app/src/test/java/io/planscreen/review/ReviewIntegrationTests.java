package io.planscreen.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.net.http.HttpRequest;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class ReviewIntegrationTests {

    static final String PROGRAM = "startup-psst";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Screening screening;

    @Autowired
    Reviews reviews;

    @Autowired
    ApplicationEvents events;

    HttpTestClient http;

    TestUsers users;

    TestUser first;

    TestUser second;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        users = new TestUsers(accounts);
        first = users.evaluator(PROGRAM);
        second = users.evaluator(PROGRAM);
    }

    /** A screened application, written straight into the job table (the pipeline's own tests cover getting there). */
    static ApplicationId screened(JdbcClient jdbc, CompanyId company, String program) {
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        jdbc.sql("""
                        insert into screening_job (application_id, company_id, program_id, declared_name, status,
                                                   next_stage, received_at, lane)
                        values (?, ?, ?, 'plan.pdf', 'SCREENED', null, now(), 'review-tests')
                        """).params(id.value(), company.value(), program).update();
        jdbc.sql("insert into screening_status_history (application_id, status) values (?, 'SCREENED')")
                .param(id.value())
                .update();
        return id;
    }

    @Test
    void evaluator_sees_the_queue_of_their_program_only_and_other_programs_answer_404() {
        ApplicationId id = screened(jdbc, users.company("서울특별시"), PROGRAM);
        TestUser outsider = users.evaluator("smtech-rnd");

        Response queue = get("/api/review/programs/" + PROGRAM + "/queue", first);
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.body()).contains(id.value().toString());

        assertThat(get("/api/review/programs/" + PROGRAM + "/queue", outsider).status())
                .isEqualTo(404);
        Response view = get("/api/review/applications/" + id.value(), outsider);
        assertThat(view.status()).isEqualTo(404);
        assertThat(view.json().get("code").asString()).isEqualTo("application.not_found");
        assertThat(get("/api/review/applications/" + id.value(), first).status())
                .isEqualTo(200);
    }

    @Test
    void applicants_cannot_use_review_and_auditors_read_but_do_not_decide() {
        CompanyId company = users.company("대구광역시");
        ApplicationId id = screened(jdbc, company, PROGRAM);
        TestUser applicant = users.applicant(company);
        TestUser auditor = users.auditor();

        assertThat(get("/api/review/applications/" + id.value(), applicant).status())
                .isEqualTo(403);
        assertThat(get("/api/review/applications/" + id.value(), auditor).status())
                .isEqualTo(200);
        assertThat(post("/api/review/applications/" + id.value() + "/decisions", auditor, """
                        {"outcome":"CLEAR","reason":"looks fine"}""")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_decision_without_a_reason_is_refused() {
        ApplicationId id = screened(jdbc, users.company("서울특별시"), PROGRAM);

        Response response = post("/api/review/applications/" + id.value() + "/decisions", first, """
                {"outcome":"CLEAR","reason":"   "}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("review.reason_required");
        assertThat(status(id)).isEqualTo(ApplicationStatus.SCREENED);
    }

    @Test
    void clearing_decides_the_application_and_records_the_decision_in_the_audit() {
        ApplicationId id = screened(jdbc, users.company("광주광역시"), PROGRAM);
        CurrentUser evaluator = new CurrentUser(first.username(), Role.EVALUATOR, null, Set.of(new ProgramId(PROGRAM)));

        Reviews.Decision decision = reviews.decide(evaluator, id, ReviewOutcome.CLEAR, "계획이 구체적임");

        assertThat(decision.state()).isEqualTo(Reviews.Decision.State.FINAL);
        assertThat(status(id)).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(events.stream(AuditableDecision.class).filter(e -> id.equals(e.application())))
                .singleElement()
                .satisfies(audit -> {
                    assertThat(audit.step()).isEqualTo("review.decision");
                    assertThat(audit.actor()).isEqualTo("user:" + first.username());
                    assertThat(audit.outputJson())
                            .isEqualTo("{\"outcome\":\"CLEAR\",\"modelFlagged\":false,\"probability\":null}");
                    assertThat(audit.explanation()).isEqualTo("계획이 구체적임");
                    assertThat(audit.inputSha256()).hasSize(64);
                });
    }

    @Test
    void a_referral_takes_effect_only_when_a_second_evaluator_confirms_it() {
        ApplicationId id = screened(jdbc, users.company("부산광역시"), PROGRAM);
        String decisions = "/api/review/applications/" + id.value() + "/decisions";
        String confirmation = "/api/review/applications/" + id.value() + "/referral/confirmation";

        Response proposed = post(decisions, first, """
                {"outcome":"REFER","reason":"다른 회사 계획서와 문단이 겹침"}""");
        assertThat(proposed.status()).isEqualTo(200);
        assertThat(proposed.json().get("state").asString()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(status(id)).isEqualTo(ApplicationStatus.IN_REVIEW);

        Response self = post(confirmation, first, """
                {"reason":"I agree with myself"}""");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().get("code").asString()).isEqualTo("review.second_evaluator_required");
        assertThat(post(decisions, second, """
                        {"outcome":"CLEAR","reason":"overrule"}""").status())
                .as("no other decision while a referral waits")
                .isEqualTo(409);

        Response confirmed = post(confirmation, second, """
                {"reason":"확인함: 재사용 문단 3개"}""");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().get("confirmedBy").asString()).isEqualTo(second.username());
        assertThat(status(id)).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(post(confirmation, second, """
                        {"reason":"again"}""").status()).isEqualTo(409);
    }

    @Test
    void assignment_goes_to_an_evaluator_of_the_program_and_the_queue_filters_by_it() {
        ApplicationId id = screened(jdbc, users.company("서울특별시"), PROGRAM);
        TestUser outsider = users.evaluator("smtech-rnd");
        String assignment = "/api/review/applications/" + id.value() + "/assignment";

        Response wrong = put(assignment, first, "{\"evaluator\":\"" + outsider.username() + "\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("code").asString()).isEqualTo("review.assignee_invalid");

        Response assigned = put(assignment, first, "{\"evaluator\":\"" + second.username() + "\"}");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("assignee").asString()).isEqualTo(second.username());
        assertThat(status(id)).isEqualTo(ApplicationStatus.IN_REVIEW);

        assertThat(get("/api/review/programs/" + PROGRAM + "/queue?assignee=me", second)
                        .body())
                .contains(id.value().toString());
        assertThat(get("/api/review/programs/" + PROGRAM + "/queue?assignee=me", first)
                        .body())
                .doesNotContain(id.value().toString());
        assertThat(get("/api/review/programs/" + PROGRAM + "/queue?assignee=none", first)
                        .body())
                .doesNotContain(id.value().toString());
    }

    private ApplicationStatus status(ApplicationId id) {
        return screening.view(id).orElseThrow().status();
    }

    private Response get(String path, TestUser user) {
        return http.get(path, "Authorization", HttpTestClient.basic(user.username(), TestUsers.PASSWORD));
    }

    private Response post(String path, TestUser user, String json) {
        return http.send(http.request(path)
                .header("Authorization", HttpTestClient.basic(user.username(), TestUsers.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private Response put(String path, TestUser user, String json) {
        return http.send(http.request(path)
                .header("Authorization", HttpTestClient.basic(user.username(), TestUsers.PASSWORD))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}
