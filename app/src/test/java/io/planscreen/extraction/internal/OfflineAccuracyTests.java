package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Exact-after-normalisation accuracy over the hand-written plans (the corpus-wide figure is the
 * evaluation harness's). Written in styles the rules were not tuned on: Korean prose with particles, an
 * English table, mixed units.
 */
class OfflineAccuracyTests {

    record Case(String name, ParsedDocument document, ProgramDefinition program, Map<String, String> gold) {}

    static ParsedDocument koreanProse() {
        return PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("당사의 기업명은 (주)바다로봇이며, 대표자는 정우성입니다. 사업자등록번호는 211-86-12349입니다.")
                .paragraph("회사는 2023년 7월 1일 부산광역시 해운대구 센텀중앙로 79에 설립되었습니다.")
                .paragraph("설립일: 2023. 7. 1.")
                .paragraph("소재지: 부산광역시 해운대구 센텀중앙로 79")
                .paragraph("업종: 산업용 로봇 제조업(C29280)")
                .paragraph("상시근로자수는 7명이고 전년도 매출액은 1억 2,000만원입니다.")
                .section("□ 창업 아이템 개요", SectionKind.PSST_OVERVIEW)
                .paragraph("창업아이템명: 선박 선체 청소 수중 로봇")
                .paragraph("기술분야: 로봇")
                .section("3. 성장전략", SectionKind.PSST_SCALEUP)
                .paragraph("협약기간: 2025년 5월 ~ 2025년 12월")
                .table(List.of(
                        List.of("구분", "정부지원사업비", "자기부담사업비(현금)", "자기부담사업비(현물)", "합계"),
                        List.of("금액(원)", "70,000,000", "10,000,000", "20,000,000", "100,000,000")))
                .paragraph("담당자: 정우성 (e-mail: ceo@badarobot.example, 전화번호: 051-777-1234)")
                .build();
    }

    static ParsedDocument englishTable() {
        return PlanDocuments.plan()
                .section("General status", SectionKind.PSST_GENERAL)
                .table(List.of(
                        List.of("Company name", "Seoul Fintech Lab Inc."),
                        List.of("Representative", "Lee Jiwoo"),
                        List.of("Business registration number", "220-81-62517"),
                        List.of("Date of establishment", "1 June 2021"),
                        List.of("Address", "25 Sejong-daero, Jung-gu, Seoul"),
                        List.of("Industry", "Software publishing (J58)"),
                        List.of("Employees", "15"),
                        List.of("Revenue", "KRW 800 million"),
                        List.of("Item name", "Open-banking credit scoring API"),
                        List.of("Technology area", "Fintech"),
                        List.of("Agreement period", "2025-04-01 ~ 2025-12-31"),
                        List.of("Total budget", "KRW 140 million"),
                        List.of("Government grant", "KRW 98 million"),
                        List.of("Company share (cash)", "KRW 14 million"),
                        List.of("Company share (in kind)", "KRW 28 million"),
                        List.of("Email", "jiwoo@sfl.example"),
                        List.of("Phone", "02-555-0199")))
                .build();
    }

    /** Company facts in one Korean sentence, project facts run together, budget in a sentence. */
    static ParsedDocument koreanSentences() {
        return PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("㈜그린에너지랩(대표 한지민)은 2021년 9월 대전광역시 유성구 대학로 99에 설립된 전기, 가스, 증기 및 공기 조절 공급업(D) 기업으로, "
                        + "상시근로자 9명(대표자 포함), 전년도 매출액 4억 2,000만원의 규모임. 사업자등록번호는 2208162517임. "
                        + "연락처 (042) 321-7654 이메일 jimin@greenenergy.example")
                .paragraph("창업아이템명 가정용 수소 연료전지 관리 플랫폼, 산업분야 에너지신산업, 사업기간 2025.04.01 - 2025.12.31 (9개월)")
                .section("3. 성장전략", SectionKind.PSST_SCALEUP)
                .paragraph("총사업비는 150,000 천원이며, 이 중 정부지원금 1억원, 자부담 현금 15,000,000원, 자부담 현물 35백만원으로 구성됨")
                .build();
    }

    /** The English equivalents. */
    static ParsedDocument englishSentences() {
        return PlanDocuments.plan()
                .section("General status", SectionKind.PSST_GENERAL)
                .paragraph(
                        "Blue Harbor Robotics Co., Ltd., led by CEO Kim Sora, was founded on 3 February 2022 and is located at "
                                + "45 Haeundae-ro, Haeundae-gu, Busan. Industry: Manufacturing (KSIC C). It has 21 employees and revenue "
                                + "of KRW 950 million last year. Business registration number: 124-81-00998. Phone 051-222-3333. "
                                + "Email sora@blueharbor.example.")
                .paragraph(
                        "Item name Autonomous hull-cleaning robot; Technology area Robotics; Agreement period April 1, 2025 - "
                                + "December 31, 2025 (9 months)")
                .paragraph(
                        "The total budget is 200,000,000 KRW: a government grant of KRW 140 million, KRW 20 million in "
                                + "private cash and KRW 40,000,000 in kind.")
                .build();
    }

    static List<Case> cases() {
        return List.of(
                new Case(
                        "psst-ko",
                        Plans.psstKorean().build(),
                        Plans.program("startup-psst"),
                        OfflineExtractorTests.PSST_GOLD),
                new Case(
                        "smtech-ko",
                        Plans.smtechKorean().build(),
                        Plans.program("smtech-rnd"),
                        OfflineExtractorTests.SMTECH_KO_GOLD),
                new Case(
                        "smtech-en",
                        Plans.smtechEnglish().build(),
                        Plans.program("smtech-rnd"),
                        OfflineExtractorTests.SMTECH_EN_GOLD),
                new Case(
                        "psst-ko-prose",
                        koreanProse(),
                        Plans.program("startup-psst"),
                        OfflineExtractorTests.gold(
                                FieldKeys.COMPANY_NAME, "(주)바다로봇",
                                FieldKeys.REPRESENTATIVE, "정우성",
                                FieldKeys.BRN, "211-86-12349",
                                FieldKeys.FOUNDED_ON, "2023-07-01",
                                FieldKeys.REGION, "BUSAN",
                                FieldKeys.INDUSTRY_KSIC, "C",
                                FieldKeys.EMPLOYEES, "7",
                                FieldKeys.REVENUE_KRW, "120000000",
                                FieldKeys.PROJECT_TITLE, "선박 선체 청소 수중 로봇",
                                FieldKeys.TECH_AREA, "ROBOTICS",
                                FieldKeys.DEV_START, "2025-05-01",
                                FieldKeys.DEV_END, "2025-12-01",
                                FieldKeys.GOV_GRANT_KRW, "70000000",
                                FieldKeys.PRIVATE_CASH_KRW, "10000000",
                                FieldKeys.PRIVATE_IN_KIND_KRW, "20000000",
                                FieldKeys.TOTAL_BUDGET_KRW, "100000000",
                                FieldKeys.CONTACT_EMAIL, "ceo@badarobot.example",
                                FieldKeys.CONTACT_PHONE, "051-777-1234")),
                new Case(
                        "psst-en-table",
                        englishTable(),
                        Plans.program("startup-psst"),
                        OfflineExtractorTests.gold(
                                FieldKeys.COMPANY_NAME, "Seoul Fintech Lab Inc.",
                                FieldKeys.REPRESENTATIVE, "Lee Jiwoo",
                                FieldKeys.BRN, "220-81-62517",
                                FieldKeys.FOUNDED_ON, "2021-06-01",
                                FieldKeys.REGION, "SEOUL",
                                FieldKeys.INDUSTRY_KSIC, "J",
                                FieldKeys.EMPLOYEES, "15",
                                FieldKeys.REVENUE_KRW, "800000000",
                                FieldKeys.PROJECT_TITLE, "Open-banking credit scoring API",
                                FieldKeys.TECH_AREA, "FINTECH",
                                FieldKeys.DEV_START, "2025-04-01",
                                FieldKeys.DEV_END, "2025-12-31",
                                FieldKeys.TOTAL_BUDGET_KRW, "140000000",
                                FieldKeys.GOV_GRANT_KRW, "98000000",
                                FieldKeys.PRIVATE_CASH_KRW, "14000000",
                                FieldKeys.PRIVATE_IN_KIND_KRW, "28000000",
                                FieldKeys.CONTACT_EMAIL, "jiwoo@sfl.example",
                                FieldKeys.CONTACT_PHONE, "02-555-0199")),
                new Case(
                        "psst-ko-sentences",
                        koreanSentences(),
                        Plans.program("startup-psst"),
                        OfflineExtractorTests.gold(
                                FieldKeys.COMPANY_NAME, "㈜그린에너지랩",
                                FieldKeys.REPRESENTATIVE, "한지민",
                                FieldKeys.FOUNDED_ON, "2021-09-01",
                                FieldKeys.REGION, "DAEJEON",
                                FieldKeys.INDUSTRY_KSIC, "D",
                                FieldKeys.EMPLOYEES, "9",
                                FieldKeys.REVENUE_KRW, "420000000",
                                FieldKeys.BRN, "220-81-62517",
                                FieldKeys.CONTACT_PHONE, "042-321-7654",
                                FieldKeys.CONTACT_EMAIL, "jimin@greenenergy.example",
                                FieldKeys.PROJECT_TITLE, "가정용 수소 연료전지 관리 플랫폼",
                                FieldKeys.TECH_AREA, "ENERGY",
                                FieldKeys.DEV_START, "2025-04-01",
                                FieldKeys.DEV_END, "2025-12-31",
                                FieldKeys.TOTAL_BUDGET_KRW, "150000000",
                                FieldKeys.GOV_GRANT_KRW, "100000000",
                                FieldKeys.PRIVATE_CASH_KRW, "15000000",
                                FieldKeys.PRIVATE_IN_KIND_KRW, "35000000")),
                new Case(
                        "psst-en-sentences",
                        englishSentences(),
                        Plans.program("startup-psst"),
                        OfflineExtractorTests.gold(
                                FieldKeys.COMPANY_NAME, "Blue Harbor Robotics Co., Ltd.",
                                FieldKeys.REPRESENTATIVE, "Kim Sora",
                                FieldKeys.FOUNDED_ON, "2022-02-03",
                                FieldKeys.REGION, "BUSAN",
                                FieldKeys.INDUSTRY_KSIC, "C",
                                FieldKeys.EMPLOYEES, "21",
                                FieldKeys.REVENUE_KRW, "950000000",
                                FieldKeys.BRN, "124-81-00998",
                                FieldKeys.CONTACT_PHONE, "051-222-3333",
                                FieldKeys.CONTACT_EMAIL, "sora@blueharbor.example",
                                FieldKeys.PROJECT_TITLE, "Autonomous hull-cleaning robot",
                                FieldKeys.TECH_AREA, "ROBOTICS",
                                FieldKeys.DEV_START, "2025-04-01",
                                FieldKeys.DEV_END, "2025-12-31",
                                FieldKeys.TOTAL_BUDGET_KRW, "200000000",
                                FieldKeys.GOV_GRANT_KRW, "140000000",
                                FieldKeys.PRIVATE_CASH_KRW, "20000000",
                                FieldKeys.PRIVATE_IN_KIND_KRW, "40000000")));
    }

    @Test
    void offline_accuracy_on_the_hand_written_plans() {
        int right = 0;
        int total = 0;
        StringBuilder misses = new StringBuilder();
        for (Case c : cases()) {
            Map<String, String> got =
                    OfflineExtractor.extract(c.document(), c.program(), InjectionDetector.scan(c.document())).stream()
                            .collect(Collectors.toMap(ExtractedField::key, ExtractedField::normalized));
            for (Map.Entry<String, String> gold : c.gold().entrySet()) {
                total++;
                if (gold.getValue().equals(got.get(gold.getKey()))) {
                    right++;
                } else {
                    misses.append("%n  %s %s: expected %s, got %s"
                            .formatted(c.name(), gold.getKey(), gold.getValue(), got.get(gold.getKey())));
                }
            }
        }
        double accuracy = right / (double) total;
        System.out.printf("offline extraction accuracy: %d/%d = %.3f%s%n", right, total, accuracy, misses);
        assertThat(accuracy).as("misses:%s", misses).isGreaterThanOrEqualTo(0.9);
    }
}
