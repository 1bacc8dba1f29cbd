package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Hand-written plans (with their gold values) and the shipped programs, for the extraction tests. */
final class Plans {

    private Plans() {}

    static ProgramDefinition program(String id) {
        try (InputStream in = Plans.class.getResourceAsStream("/programs/" + id + ".yml")) {
            return ProgramSchema.fromYaml(in).withVersion(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PSST plan with a general-status table and budget prose, in Korean. */
    static PlanDocuments psstKorean() {
        return PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .table(List.of(
                        List.of("기업명", "주식회사 한빛테크", "대표자", "김민준"),
                        List.of("사업자등록번호", "220-81-62517", "설립일", "2022. 3. 15."),
                        List.of("소재지", "서울특별시 강남구 테헤란로 123", "업종", "응용 소프트웨어 개발 및 공급업(J58221)"),
                        List.of("상시근로자수", "12명", "전년도 매출액", "3억 5천만원"),
                        List.of("이메일", "ceo@hanbit.example", "전화번호", "02-1234-5678")))
                .paragraph("창업아이템명: AI 기반 제조 불량 검출 솔루션")
                .paragraph("기술분야: 인공지능(AI)")
                .section("1. 문제 인식 (Problem)", SectionKind.PSST_PROBLEM)
                .paragraph("중소 제조기업은 불량 검사를 사람이 직접 하고 있어 검사 비용이 매출의 8%에 이릅니다.")
                .page(2)
                .section("3. 성장전략 (Scale-up)", SectionKind.PSST_SCALEUP)
                .paragraph("협약기간: 2025. 4. 1. ~ 2025. 12. 31.")
                .paragraph("총사업비는 1억 4천만원이며 정부지원사업비 9,800만원, 자기부담사업비(현금) 1,400만원, 자기부담사업비(현물) 2,800만원으로 구성됩니다.");
    }

    /** An SMTECH plan in Korean with a budget table in thousands of won. */
    static PlanDocuments smtechKorean() {
        return PlanDocuments.plan()
                .section("1. 기술개발 개요", SectionKind.SMTECH_OVERVIEW)
                .paragraph("과제명: 저전력 엣지 반도체 설계 자동화 플랫폼 개발")
                .paragraph("기업명: (주)누리반도체 / 대표자: 이서연 / 사업자등록번호: 124-81-00998")
                .paragraph("설립일: 2016년 5월, 소재지: 경기도 성남시 분당구 판교로 55")
                .paragraph("업종: 반도체 제조업 (C26), 상시근로자수: 48명, 전년도 매출액: 1,200백만원")
                .paragraph("기술분야: 반도체")
                .paragraph("연구책임자: 박지훈 수석연구원")
                .paragraph("개발기간: 2025-04-01 ~ 2026-12-31")
                .section("6. 사업비", SectionKind.SMTECH_BUDGET)
                .table(List.of(
                        List.of("구분", "정부출연금", "민간부담금(현금)", "민간부담금(현물)", "총사업비"),
                        List.of("금액 (단위: 천원)", "300,000", "40,000", "60,000", "400,000")))
                .paragraph("담당자 이메일: rnd@nuri.example, 연락처: 031-987-6543");
    }

    /** An English SMTECH plan written in prose. */
    static PlanDocuments smtechEnglish() {
        return PlanDocuments.plan()
                .section("1. Technology development overview", SectionKind.SMTECH_OVERVIEW)
                .paragraph("Company name: GreenLoop Materials Co., Ltd.")
                .paragraph("Representative: Park Hana")
                .paragraph("Business registration number: 124-81-00998")
                .paragraph("Founded: March 2019")
                .paragraph("Address: 77 Expo-ro, Yuseong-gu, Daejeon")
                .paragraph("Industry: Manufacture of chemical products (C20)")
                .paragraph("Number of employees: 23")
                .paragraph("Revenue: KRW 1.2 billion")
                .paragraph("Project title: Carbon-neutral cement binder from recycled slag")
                .paragraph("Technology area: Carbon neutral")
                .paragraph("Development period: March 1, 2025 to February 28, 2027")
                .paragraph("Principal investigator: Dr. Choi Minseo")
                .section("6. Budget", SectionKind.SMTECH_BUDGET)
                .paragraph("The total budget is KRW 600 million. Government contribution: KRW 450 million. "
                        + "Private share (cash): KRW 50 million. Private share (in-kind): KRW 100 million.")
                .paragraph("Contact: hana@greenloop.example, Tel: 042-555-0101");
    }

    static ParsedDocument build(PlanDocuments plan) {
        return plan.build();
    }
}
