package io.planscreen.selfassessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.selfassessment.SelfAssessmentReport.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class RubricRulesTests {

    static final String SPECIFIC = "국내 반려동물 보험 시장은 2024년 1조 2,000억 원 규모이며 연 18% 성장하고 있다. "
            + "우리는 서울·경기 동물병원 42곳의 수의사 57명을 인터뷰해 진료비 청구에 평균 3.5일이 걸린다는 것을 확인했다. "
            + "청구 자동화로 이를 1일 이내로 줄이는 것이 목표이며, 2025년 3월까지 병원 10곳에서 시범 운영한다. "
            + "보호자 설문(응답 1,204명)에서 61%가 청구 절차 때문에 보험 가입을 포기했다고 답했다. "
            + "시범 병원의 월 청구 건수는 평균 830건이며, 건당 처리 비용은 4,500원으로 추정된다.";

    static final String STOCK = "우리 회사는 혁신적인 기술로 글로벌 시장을 선도하는 세계 최고 수준의 기업이 되고자 한다. "
            + "차별화된 서비스와 경쟁력 있는 가격으로 고객에게 획기적인 가치를 제공할 것이다. "
            + "4차 산업혁명 시대에 맞는 혁신적 솔루션으로 시장의 패러다임을 바꾸고, 고객 만족을 극대화하며, "
            + "지속 가능한 성장을 이루어 사회에 공헌하는 기업이 되겠다. 우리는 최고의 인재와 함께 최고의 제품을 만들고, "
            + "모든 이해관계자에게 신뢰받는 기업으로 자리매김하여 업계를 선도할 것이다. 고객 중심의 가치를 실현하겠다.";

    @Test
    void a_section_with_figures_is_specific_and_stock_phrases_without_figures_are_generic() {
        assertThat(RubricRules.judge(SectionKind.PSST_PROBLEM, SPECIFIC).level())
                .isEqualTo(Level.SPECIFIC);

        RubricRules.Criterion generic = RubricRules.judge(SectionKind.PSST_PROBLEM, STOCK);
        assertThat(generic.level()).isEqualTo(Level.GENERIC);
        assertThat(generic.adviceCodes())
                .contains("selfassessment.advice.figures", "selfassessment.advice.stock_phrases");
    }

    @Test
    void missing_and_short_sections_are_called_out_per_template_criterion() {
        PlanText plan = new PlanText(
                "ko",
                "PSST",
                List.of(
                        new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", List.of(SPECIFIC)),
                        new PlanText.Section("2. 실현 가능성", "PSST_SOLUTION", List.of("앱을 만든다."))),
                List.of());

        List<RubricRules.Criterion> criteria = RubricRules.evaluate(
                plan, List.of(SectionKind.PSST_PROBLEM, SectionKind.PSST_SOLUTION, SectionKind.PSST_TEAM));

        assertThat(criteria)
                .extracting(RubricRules.Criterion::level)
                .containsExactly(Level.SPECIFIC, Level.THIN, Level.MISSING);
        assertThat(criteria.get(2).adviceCodes()).contains("selfassessment.hint.PSST_TEAM");
    }
}
