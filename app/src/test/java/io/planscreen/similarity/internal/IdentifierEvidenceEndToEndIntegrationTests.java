package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.PipelineUploads;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Through the whole pipeline (upload, parse, extract, similarity, score): company A applies to the startup program;
 * company B's plan for the R&D program still names A and A's BRN. The evaluator of both programs reads, on B's
 * page, which company's identifiers are left (linked) and, on A's, that another plan holds them; the evaluator of
 * the R&D program alone reads only that one application of another program is tied to B, never A's name, BRN or id;
 * B's applicant reads none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentifierEvidenceEndToEndIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_former_clients_brn_and_name_left_in_another_programs_plan_reach_the_evaluator_within_their_programs() {
        TestUsers users = new TestUsers(accounts);
        String run = Long.toString(System.nanoTime(), 36).substring(4);
        String formerName = "해담스튜디오" + run;
        String formerBrn = TestUsers.randomValidBrn();
        CompanyId former = accounts.createCompany(formerName, formerBrn, "부산광역시");
        ApplicationId formerPlan =
                upload(users.applicant(former), "startup-psst", PlanPdfs.psst(formerName, formerBrn, 2));
        awaitScreened(formerPlan);

        String laterName = "누리소프트" + run;
        String laterBrn = TestUsers.randomValidBrn();
        CompanyId later = accounts.createCompany(laterName, laterBrn, "대전광역시");
        TestUsers.TestUser laterApplicant = users.applicant(later);
        byte[] reused = PlanPdfs.render(
                List.of(
                        "□ 일반현황",
                        "기업명: " + laterName,
                        "사업자등록번호: " + laterBrn,
                        "과제명: 물류 창고 재고 예측 서비스",
                        "",
                        "1. 문제 인식",
                        "(주)" + formerName + "은 2021년 설립 이후 부산 지역 고객 120곳을 확보하였으며, 사업자등록번호 " + formerBrn
                                + "로 벤처기업 인증을 받았다.",
                        "중소 물류 창고의 재고 회전율은 연 4.2회로 대기업의 절반 수준이다.",
                        "",
                        "2. 실현 가능성",
                        "입출고 기록으로 4주 뒤 재고를 예측하는 모델을 창고 5곳에서 시범 운영한다.",
                        "",
                        "3. 성장전략",
                        "1차 연도에 창고 60곳과 계약하여 월 구독료로 매출 2억 원을 목표로 한다.",
                        "",
                        "4. 팀 구성",
                        "대표와 개발자 3명, 영업 1명으로 구성된다."),
                1);
        ApplicationId laterPlan = upload(laterApplicant, "smtech-rnd", reused);
        awaitScreened(laterPlan);

        assertThat(jdbc.queryForObject(
                        "select weight from writer_link where application_id = ? and other_application_id = ?"
                                + " and kind = 'IDENTIFIER'",
                        Integer.class,
                        laterPlan.value(),
                        formerPlan.value()))
                .isEqualTo(2);

        HttpTestClient http = new HttpTestClient(port);
        TestUsers.TestUser both = users.evaluator("startup-psst", "smtech-rnd");
        JsonNode view =
                http.getAs(both, "/api/review/applications/" + laterPlan).json();
        assertThat(lines(view, "textKo"))
                .anyMatch(l -> l.startsWith("이 계획서에 다른 신청 기업(" + formerName + ")의 사업자등록번호와 기업명이 남아 있습니다: ")
                        && l.contains(formerBrn)
                        && l.endsWith("(신청 " + formerPlan.value() + ")."));
        assertThat(lines(view, "textEn"))
                .anyMatch(l -> l.startsWith("This plan still holds the business registration number and company name of"
                        + " another applicant, " + formerName + ": "));
        // (the test database keeps earlier runs' plans, whose passages may join the cluster too)
        List<JsonNode> members = new ArrayList<>();
        view.get("writerCluster").get("members").forEach(members::add);
        assertThat(members)
                .filteredOn(m -> m.get("application")
                        .asString()
                        .equals(formerPlan.value().toString()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.get("links").toString()).contains("IDENTIFIER");
                    assertThat(m.get("company").asString()).isEqualTo(formerName);
                });
        String page = http.signedInPage(
                both.username(), TestUsers.PASSWORD, "/review/applications/" + laterPlan.value(), "ko");
        assertThat(page).contains("/review/applications/" + formerPlan.value()).contains(formerBrn);
        JsonNode named =
                http.getAs(both, "/api/review/applications/" + formerPlan).json();
        assertThat(lines(named, "textKo"))
                .anyMatch(l -> l.startsWith("다른 신청 기업(" + laterName + ")의 계획서에 이 기업의 사업자등록번호와 기업명이 남아 있습니다"));

        // the R&D program's evaluator: a count, never the startup program's application; its company and BRN only
        // where B's own plan writes them (the evaluator reads B's plan), never in the evidence about A
        TestUsers.TestUser rnd = users.evaluator("smtech-rnd");
        HttpTestClient.Response restricted = http.getAs(rnd, "/api/review/applications/" + laterPlan);
        assertThat(restricted.status()).isEqualTo(200);
        assertThat(restricted.body()).doesNotContain(formerPlan.value().toString());
        String evidence =
                restricted.json().get("writerCluster") + " " + restricted.json().get("explanation");
        assertThat(evidence).doesNotContain(formerName).doesNotContain(formerBrn);
        assertThat(lines(restricted.json(), "textEn"))
                .contains(
                        "1 application in a program you are not assigned to is also tied to this one by company identifiers left in a plan (counted only; not shown).");

        // B's applicant: its status says nothing of it
        HttpTestClient.Response own = http.getAs(laterApplicant, "/api/applications/" + laterPlan);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain(formerName).doesNotContain(formerBrn);
    }

    private static List<String> lines(JsonNode view, String field) {
        List<String> out = new ArrayList<>();
        view.get("explanation").forEach(line -> out.add(line.get(field).asString()));
        return out;
    }

    private ApplicationId upload(TestUsers.TestUser applicant, String program, byte[] pdf) {
        return PipelineUploads.upload(port, applicant, program, pdf);
    }

    private void awaitScreened(ApplicationId id) {
        PipelineUploads.awaitScreened(JdbcClient.create(jdbc), id);
    }
}
