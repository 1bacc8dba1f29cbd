package io.planscreen.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.intake.ApplicationReceived;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence naming other applications passes the viewer's program filter: an evaluator of one program reads
 * the passages, cluster members and closest plan of applications in that program, and of an application in a
 * program they are not assigned to only that it exists (a count) — never its id or its text, in any field of
 * any response (API and page). The same holds for company identifiers left in the plan: the same program's
 * company is named and its application linked, the other program's counted only, never its name or the
 * identifier's text; the applicant sees none of it. An auditor reads all of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceVisibilityIntegrationTests {

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
    JdbcTemplate jdbc;

    @Test
    void an_evaluator_never_sees_the_id_or_text_of_an_application_outside_their_programs() {
        TestUsers users = new TestUsers(accounts);
        ProgramId mine = new ProgramId("startup-psst");
        ProgramId notMine = new ProgramId("smtech-rnd");
        ApplicationId viewed = receive(users.company("부산광역시"), mine);
        ApplicationId sameProgram = receive(users.company("대구광역시"), mine);
        ApplicationId otherProgram = receive(users.company("서울특별시"), notMine);
        String own = "당사는 인공지능 기반 불량 검출 솔루션을 개발하여 중소 제조기업의 품질 관리 비용을 30% 절감합니다.";
        String visibleText = "우리 회사는 인공지능 기반 불량 검출 솔루션을 개발하여 중소 제조기업의 품질 관리 비용을 30% 절감합니다.";
        String secret = "비밀회사 한빛정밀은 인공지능 기반 불량 검출 솔루션을 개발하여 중소 제조기업의 품질 관리 비용을 30% 절감합니다.";
        ReuseReport report = new ReuseReport(
                0.93,
                4,
                2,
                List.of(
                        new ReuseReport.ReusedPassage(1, own, otherProgram, 3, secret, 0.93),
                        new ReuseReport.ReusedPassage(2, own, sameProgram, 2, visibleText, 0.88)),
                List.of(
                        new ReuseReport.ReuseCluster(
                                new ReuseReport.Span(1, 0, own.length()),
                                own,
                                List.of(
                                        new ReuseReport.Member(
                                                otherProgram,
                                                new ReuseReport.Span(3, 0, secret.length()),
                                                secret,
                                                0.93),
                                        new ReuseReport.Member(
                                                sameProgram,
                                                new ReuseReport.Span(2, 0, visibleText.length()),
                                                visibleText,
                                                0.88))),
                        new ReuseReport.ReuseCluster(
                                new ReuseReport.Span(2, 0, own.length()),
                                own,
                                List.of(new ReuseReport.Member(
                                        sameProgram,
                                        new ReuseReport.Span(2, 0, visibleText.length()),
                                        visibleText,
                                        0.88)))),
                2,
                0,
                0.61,
                otherProgram,
                2,
                0.5,
                0.61,
                0.4,
                0.1,
                0.0);
        jdbc.update(
                "insert into reuse_report (application_id, report_json) values (?, ?::jsonb)",
                viewed.value(),
                JsonMapper.builder().build().writeValueAsString(report));
        // the writer cluster: linked by passages to the other program's application, by file author to the same
        // program's
        String provenance = "{\"author\":\"김대필\",\"styles\":[],\"fonts\":[],\"templateFingerprint\":\"\"}";
        for (ApplicationId id : List.of(viewed, sameProgram, otherProgram)) {
            jdbc.update(
                    "insert into writer_evidence (application_id, company_id, program_id, writer_key, provenance_json)"
                            + " select application_id, company_id, program_id, '김대필', ?::jsonb from screening_job"
                            + " where application_id = ?",
                    provenance,
                    id.value());
        }
        jdbc.update(
                "insert into writer_link values (?, ?, 'PASSAGES', 3), (?, ?, 'AUTHOR', 1)",
                viewed.value(),
                otherProgram.value(),
                viewed.value(),
                sameProgram.value());
        // identifiers left in the viewed plan: the same program's company name, the other program's name and BRN
        String visibleCompany = "보이는상사" + sameProgram.value().toString().substring(0, 6);
        String secretBrn = "220-81-62517";
        jdbc.update(
                "insert into applicant_identifier (application_id, company_id, kind, value, shown)"
                        + " select application_id, company_id, 'COMPANY_NAME', ?, ? from screening_job where application_id = ?"
                        + " union all select application_id, company_id, 'COMPANY_NAME', '한빛정밀', '주식회사 한빛정밀'"
                        + " from screening_job where application_id = ?",
                visibleCompany,
                visibleCompany,
                sameProgram.value(),
                otherProgram.value());
        jdbc.update(
                "insert into identifier_hit values (?, ?, 'COMPANY_NAME', ?, 10), (?, ?, 'BRN', ?, 40),"
                        + " (?, ?, 'COMPANY_NAME', '(주)한빛정밀', 30)",
                viewed.value(),
                sameProgram.value(),
                visibleCompany,
                viewed.value(),
                otherProgram.value(),
                secretBrn,
                viewed.value(),
                otherProgram.value());
        jdbc.update(
                "insert into writer_link values (?, ?, 'IDENTIFIER', 1), (?, ?, 'IDENTIFIER', 2)",
                viewed.value(),
                sameProgram.value(),
                viewed.value(),
                otherProgram.value());
        scoring.score(
                viewed,
                new PlanText(
                        "ko",
                        "PSST",
                        List.of(new PlanText.Section(
                                "1. 문제 인식", "PSST_PROBLEM", List.of("시장 규모는 연평균 12% 성장할 전망이다.", own))),
                        List.of()),
                Map.of(FieldKeys.COMPANY_NAME, "테스트 주식회사", FieldKeys.REGION, "BUSAN"),
                Optional.of(report));

        HttpTestClient http = new HttpTestClient(port);
        TestUsers.TestUser evaluator = users.evaluator(mine.value());
        String auth = HttpTestClient.basic(evaluator.username(), TestUsers.PASSWORD);
        List<String> forbidden = List.of(otherProgram.value().toString(), secret, "한빛정밀", secretBrn);

        JsonNode view = http.get("/api/review/applications/" + viewed, "Authorization", auth)
                .json();
        JsonNode assessment = http.get("/api/applications/" + viewed + "/broker-assessment", "Authorization", auth)
                .json();
        JsonNode queue = http.get("/api/review/programs/" + mine.value() + "/queue", "Authorization", auth)
                .json();
        assertThat(strings(view)).isNotEmpty();
        assertThat(strings(assessment)).isNotEmpty();
        for (JsonNode body : List.of(view, assessment, queue)) {
            List<String> strings = strings(body);
            for (String bad : forbidden) {
                assertThat(strings).noneMatch(s -> s.contains(bad));
            }
        }
        // the same program's application is still shown, text and id, and the hidden one is counted
        assertThat(strings(view)).anyMatch(s -> s.contains(sameProgram.value().toString()));
        assertThat(strings(view)).contains(visibleText);
        assertThat(view.get("withheldApplications").asInt()).isEqualTo(1);
        assertThat(view.get("reuse").get("otherCompanies").asInt()).isEqualTo(2);
        assertThat(view.get("reuse").get("similarPlan").isNull()).isTrue();
        assertThat(assessment.get("withheldApplications").asInt()).isEqualTo(1);
        JsonNode cluster = view.get("writerCluster");
        assertThat(cluster.get("applications").asInt()).isEqualTo(3);
        assertThat(cluster.get("companies").asInt()).isEqualTo(3);
        assertThat(cluster.get("flagged").asBoolean()).isTrue();
        assertThat(cluster.get("withheld").asInt()).isEqualTo(1);
        assertThat(cluster.get("members")).singleElement().satisfies(m -> assertThat(
                        m.get("application").asString())
                .isEqualTo(sameProgram.value().toString()));
        // the explanation's numbers agree with the evidence shown: 2 of 4 paragraphs, 2 companies, the closest
        // application the viewer may open, and the cluster
        List<String> english = new ArrayList<>();
        view.get("explanation").forEach(line -> english.add(line.get("textEn").asString()));
        assertThat(english)
                .contains(
                        "2 of 4 paragraphs also appear in other companies' plans (2 companies); the longest shared run is 2 consecutive paragraphs.")
                .contains("Closest: paragraph 3 is 88% similar to a paragraph of application " + sameProgram.value()
                        + ".")
                .anyMatch(l -> l.startsWith("Writer cluster: 3 applications from 3 companies"))
                .contains("This plan still holds the company name of another applicant, " + visibleCompany + ": "
                        + visibleCompany + " (application " + sameProgram.value() + ").")
                .contains(
                        "1 application in a program you are not assigned to is also tied to this one by company identifiers left in a plan (counted only; not shown).");
        List<String> korean = new ArrayList<>();
        view.get("explanation").forEach(line -> korean.add(line.get("textKo").asString()));
        assertThat(korean).noneMatch(l -> l.contains("이(가)") || l.contains("(으)로"));
        assertThat(korean)
                .contains("이 계획서에 다른 신청 기업(" + visibleCompany + ")의 기업명이 남아 있습니다: " + visibleCompany + " (신청 "
                        + sameProgram.value() + ").");
        assertThat(cluster.get("withheldIdentifiers").asInt()).isEqualTo(1);
        assertThat(cluster.get("members").get(0).get("company").asString()).isEqualTo(visibleCompany);
        assertThat(assessment.get("reusedPassages")).hasSize(1);

        for (String language : List.of("en", "ko")) {
            String page = http.signedInPage(
                    evaluator.username(), TestUsers.PASSWORD, "/review/applications/" + viewed.value(), language);
            for (String bad : forbidden) {
                assertThat(page).doesNotContain(bad);
            }
            assertThat(page).contains(visibleText);
            assertThat(page).contains(visibleCompany);
        }

        // the applicant reads its own application's status and outcome: none of the writer evidence
        TestUsers.TestUser applicant = users.applicant(company(viewed));
        for (String path : List.of("/api/applications/" + viewed, "/api/applications/" + viewed + "/outcome")) {
            HttpTestClient.Response response = http.getAs(applicant, path);
            if (path.endsWith(viewed.toString())) {
                assertThat(response.status()).isEqualTo(200);
            }
            for (String bad : List.of(
                    visibleCompany,
                    secretBrn,
                    "한빛정밀",
                    "IDENTIFIER",
                    sameProgram.value().toString())) {
                assertThat(response.body()).doesNotContain(bad);
            }
        }
        assertThat(http.getAs(applicant, "/api/review/applications/" + viewed).status())
                .isIn(403, 404);

        // an auditor reads every program: the same report, nothing withheld
        TestUsers.TestUser auditor = users.auditor();
        JsonNode audited = http.get(
                        "/api/review/applications/" + viewed,
                        "Authorization",
                        HttpTestClient.basic(auditor.username(), TestUsers.PASSWORD))
                .json();
        assertThat(strings(audited)).contains(secret);
        assertThat(audited.get("withheldApplications").asInt()).isZero();
    }

    private CompanyId company(ApplicationId application) {
        return new CompanyId(jdbc.queryForObject(
                "select company_id from screening_job where application_id = ?",
                java.util.UUID.class,
                application.value()));
    }

    private ApplicationId receive(CompanyId company, ProgramId program) {
        ApplicationId id = ApplicationId.random();
        transactions.executeWithoutResult(tx -> events.publishEvent(
                new ApplicationReceived(id, company, program, "plan.pdf", "0".repeat(64), DocumentType.PDF, 1000)));
        return id;
    }

    /** Every field name and every scalar value of a JSON tree, as text. */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        walk(node, out);
        return out;
    }

    private static void walk(JsonNode node, List<String> out) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                out.add(entry.getKey());
                walk(entry.getValue(), out);
            }
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, out));
        } else if (!node.isNull()) {
            out.add(node.asString());
        }
    }
}
