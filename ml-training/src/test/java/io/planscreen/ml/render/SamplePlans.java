package io.planscreen.ml.render;

import io.planscreen.ml.plan.PlanText;
import java.util.ArrayList;
import java.util.List;

/** Korean PSST plans for the renderer tests. */
final class SamplePlans {

    static final String PROBLEM = "국내 중소 제조기업의 설비 고장으로 인한 생산 중단 손실은 연간 3조 원에 이르며, 예지 정비 도입률은 12%에 불과하다.";

    static final String SOLUTION = "진동 센서와 경량 인공지능 모델을 결합하여 고장 72시간 전에 알림을 제공하는 구독형 서비스를 개발한다.";

    private SamplePlans() {}

    static PlanText psst() {
        return new PlanText(
                "ko",
                "PSST",
                List.of(
                        new PlanText.Section("□ 일반현황", "PSST_GENERAL", List.of("기업명: 주식회사 한빛센서, 대표자: 김민수")),
                        new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", List.of(PROBLEM)),
                        new PlanText.Section("2. 실현 가능성", "PSST_SOLUTION", List.of(SOLUTION, "시제품은 2026년 6월까지 완성한다.")),
                        new PlanText.Section("3. 성장전략", "PSST_SCALEUP", List.of("1차 시장은 경기·충남 산업단지의 금속가공 업체 300곳이다.")),
                        new PlanText.Section("4. 팀 구성", "PSST_TEAM", List.of("대표자는 설비 정비 분야 경력 11년의 기계공학 박사이다."))),
                List.of(List.of(List.of("구분", "내용"), List.of("사업자등록번호", "220-81-62517"), List.of("소재지", "대전광역시 유성구"))));
    }

    /** Long enough to run over several A4 pages. */
    static PlanText longPsst(int paragraphsPerSection) {
        List<PlanText.Section> sections = new ArrayList<>();
        for (PlanText.Section section : psst().sections()) {
            List<String> paragraphs = new ArrayList<>();
            for (int i = 0; i < paragraphsPerSection; i++) {
                paragraphs.add(i + "번째 문단. " + PROBLEM + " " + SOLUTION);
            }
            sections.add(new PlanText.Section(section.heading(), section.kind(), paragraphs));
        }
        return new PlanText("ko", "PSST", sections, psst().tables());
    }
}
