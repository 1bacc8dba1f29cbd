package io.planscreen.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.intake.ApplicationReceived;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.TestUsers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerAssessmentIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    BrokerScoringService scoring;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void evaluators_and_auditors_see_the_assessment_with_evidence_and_applicants_never_do() {
        TestUsers users = new TestUsers(accounts);
        CompanyId company = users.company("부산광역시");
        ProgramId program = new ProgramId("startup-psst");
        ApplicationId application = ApplicationId.random();
        transactions.executeWithoutResult(tx -> events.publishEvent(new ApplicationReceived(
                application, company, program, "plan.pdf", "0".repeat(64), DocumentType.PDF, 1000)));
        // another company's application in the same program (evidence names only applications the viewer may read)
        ApplicationId other = ApplicationId.random();
        CompanyId otherCompany = users.company("대전광역시");
        transactions.executeWithoutResult(tx -> events.publishEvent(new ApplicationReceived(
                other, otherCompany, program, "other.pdf", "1".repeat(64), DocumentType.PDF, 1000)));
        String passage = "당사는 인공지능 기반 불량 검출 솔루션을 개발하여 중소 제조기업의 품질 관리 비용을 30% 절감합니다.";
        ReuseReport reuse = new ReuseReport(
                0.84,
                3,
                1,
                List.of(new ReuseReport.ReusedPassage(1, passage, other, 4, passage, 0.84)),
                List.of(new ReuseReport.ReuseCluster(
                        new ReuseReport.Span(1, 0, passage.length()),
                        passage,
                        List.of(new ReuseReport.Member(
                                other, new ReuseReport.Span(4, 0, passage.length()), passage, 0.84)))),
                1,
                1,
                0.453125,
                other,
                2,
                0.3359375,
                0.453125,
                0.3,
                0.1,
                0.0);
        PlanText plan = new PlanText(
                "ko",
                "PSST",
                List.of(
                        new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", List.of("시장 규모는 연평균 12% 성장할 전망이다.", passage)),
                        new PlanText.Section("2. 실현 가능성", "PSST_SOLUTION", List.of("부산 공장에서 2025년 시제품을 만들었다."))),
                List.of());

        // the similarity stage's stored report (as TextReuseService stores it), which the evaluator view shows
        jdbc.update(
                "insert into reuse_report (application_id, report_json) values (?, ?::jsonb)",
                application.value(),
                tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(reuse));
        BrokerAssessment stored = scoring.score(
                application,
                plan,
                Map.of(FieldKeys.COMPANY_NAME, "테스트 주식회사", FieldKeys.REGION, "BUSAN"),
                Optional.of(reuse));

        assertThat(stored.probability()).isBetween(0.0, 1.0);
        assertThat(stored.modelVersion()).isIn("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v9", "v10");
        assertThat(stored.modelSha256()).hasSize(64);
        assertThat(stored.reasons()).hasSize(5).allSatisfy(r -> {
            assertThat(r.textKo()).isNotBlank();
            assertThat(r.textEn()).isNotBlank();
        });
        assertThat(stored.flagged()).isEqualTo(stored.probability() >= stored.threshold());
        // the stored feature vector holds the report's whole-plan neighbourhood, exactly
        double[] features = BrokerScoringService.fromJson(jdbc.queryForObject(
                "select features_json from broker_assessment where application_id = ?",
                String.class,
                application.value()));
        int neighbour1 = io.planscreen.ml.features.PlanFeatures.names().indexOf("plan_neighbour_1");
        assertThat(java.util.Arrays.copyOfRange(features, neighbour1, neighbour1 + 4))
                .containsExactly(0.453125, 0.3, 0.1, 0.0);
        // reproduction from the stored feature vector gives the same score, bit for bit
        assertThat(scoring.rescore(application, stored.modelVersion())).isEqualTo(stored);
        // every listed version rescores the stored vector (v1/v2 read their 34 features out of it)
        for (String version : List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v9", "v10")) {
            assertThat(scoring.rescore(application, version).modelVersion()).isEqualTo(version);
        }

        HttpTestClient http = new HttpTestClient(port);
        TestUsers.TestUser evaluator = users.evaluator("startup-psst");
        HttpTestClient.Response ok = http.get(
                "/api/applications/" + application + "/broker-assessment",
                "Authorization",
                HttpTestClient.basic(evaluator.username(), TestUsers.PASSWORD));
        assertThat(ok.status()).isEqualTo(200);
        JsonNode body = ok.json();
        assertThat(body.get("assessment").get("probability").asDouble()).isEqualTo(stored.probability());
        assertThat(body.get("reusedPassages").get(0).get("otherApplication").asString())
                .isEqualTo(other.toString());

        // the evaluator's page names the closest other application as a whole (evidence for evaluators only)
        String page = signedInPage(evaluator, "/review/applications/" + application.value());
        assertThat(page)
                .contains("The plan as a whole is closest to application " + other.value() + " of another company")
                .contains("(similarity 45%)");

        TestUsers.TestUser auditor = users.auditor();
        assertThat(http.get(
                                "/api/applications/" + application + "/broker-assessment",
                                "Authorization",
                                HttpTestClient.basic(auditor.username(), TestUsers.PASSWORD))
                        .status())
                .isEqualTo(200);

        TestUsers.TestUser applicant = users.applicant(company);
        assertThat(http.get(
                                "/api/applications/" + application + "/broker-assessment",
                                "Authorization",
                                HttpTestClient.basic(applicant.username(), TestUsers.PASSWORD))
                        .status())
                .isEqualTo(403);

        TestUsers.TestUser otherProgram = users.evaluator("smtech-rnd");
        assertThat(http.get(
                                "/api/applications/" + application + "/broker-assessment",
                                "Authorization",
                                HttpTestClient.basic(otherProgram.username(), TestUsers.PASSWORD))
                        .status())
                .isEqualTo(404);
        assertThat(http.get(
                                "/api/applications/" + UUID.randomUUID() + "/broker-assessment",
                                "Authorization",
                                HttpTestClient.basic(evaluator.username(), TestUsers.PASSWORD))
                        .status())
                .isEqualTo(404);

        assertThat(http.get("/actuator/info").status()).isEqualTo(401);
        JsonNode info = http.get(
                        "/actuator/info", "Authorization", HttpTestClient.basic(auditor.username(), TestUsers.PASSWORD))
                .json();
        assertThat(info.get("brokerDetector").get("activeVersion").asString()).isEqualTo(stored.modelVersion());
        assertThat(info.get("brokerDetector").get("loadedVersions").toString())
                .contains("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v9", "v10");
        assertThat(info.get("brokerDetector").get("sha256").asString()).isEqualTo(stored.modelSha256());
    }

    private String signedInPage(TestUsers.TestUser user, String path) {
        return new HttpTestClient(port).signedInPage(user.username(), TestUsers.PASSWORD, path, "en");
    }
}
