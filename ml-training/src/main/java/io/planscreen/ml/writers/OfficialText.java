package io.planscreen.ml.writers;

import java.util.List;
import java.util.Map;

/**
 * Text every applicant can see, so overlap through it is NOT a broker: the form's blue ※ guidance (in this
 * package's own wording, one line per instruction of the 2025 form) and one "published sample plan" (합격
 * 사례집-style, invented here) that several own-voice writers borrow from, some with their own names swapped in.
 */
final class OfficialText {

    static final Map<Sentences.Topic, List<String>> GUIDANCE = Map.of(
            Sentences.Topic.OVERVIEW,
            List.of("※ 해당 아이템의 제품·서비스 개요(핵심 기능·성능 등)를 간략히 기재", "※ 협약기간 내 개선·고도화를 마칠 최종 제품·서비스의 형태와 수량 등을 기재"),
            Sentences.Topic.PROBLEM,
            List.of(
                    "※ 제품·서비스의 개선·고도화 또는 신규 출시 배경과 이를 뒷받침하는 근거, 동기 등을 제시",
                    "※ 배경에서 찾은 문제점과 해결 방안, 필요성, 개선·고도화하려는 목적을 기재",
                    "※ 본 사업 신청 이전까지 기획하고 추진한 경과(이력)를 기재"),
            Sentences.Topic.SOLUTION,
            List.of(
                    "※ 목표 시장(고객)의 요구사항 분석으로 파악한 문제점과 개선점에 대한 구체적 개선·고도화 방안 기재",
                    "※ 경쟁사 제품·서비스와 비교하여 자사 역량을 바탕으로 한 경쟁력·차별성 확보 방안 기재",
                    "※ 목표시장 진입 현황과 관련 실적(생산·출시, 홍보·마케팅, 유통·판매, 매출 실적 등) 기재"),
            Sentences.Topic.SCALEUP,
            List.of(
                    "※ 목표시장 진출·확대를 위한 구체적 방안과 고객 확보, 수익 확대 전략을 기재",
                    "※ 정부지원사업비는 총사업비의 70% 이하, 현금은 10% 이상, 현물은 20% 이하로 작성",
                    "※ 자기부담사업비(현금), 투자유치 등 정부지원사업비 이외의 구체적 조달 방안 기재"),
            Sentences.Topic.TEAM,
            List.of(
                    "※ 대표자 보유 역량(경영 능력, 경력·학력, 기술력, 노하우, 인적 네트워크 등) 기재",
                    "※ 현재 고용한 전문인력과 협약기간 내 채용 예정인 인력에 대해서만 기재",
                    "※ 자사가 보유한 장비·시설 등 인프라와 그 활용 계획 기재"));

    /** The published sample: slots {c} and {p} are where a borrower may put its own name and product. */
    static final Map<Sentences.Topic, List<String>> SAMPLE = Map.of(
            Sentences.Topic.OVERVIEW,
            List.of("{c|은} 1인 가구와 고령층이 집에서 손쉽게 쓸 수 있는 {p|을} 만든다. 협약기간 동안 현장 의견을 반영해 "
                    + "제품을 다듬고, 협약 종료 시점에는 판매 가능한 완제품과 인증서를 확보하는 것을 목표로 한다."),
            Sentences.Topic.PROBLEM,
            List.of(
                    "코로나19 이후 비대면 소비가 일상이 되면서 소비자는 더 빠르고 간편한 해결책을 찾고 있다. 그러나 시중 "
                            + "제품 대부분은 기능이 복잡하고 가격이 비싸 처음 쓰는 사람이 선뜻 구매하기 어렵다.",
                    "대표자는 현장에서 일하며 고객이 같은 불편을 반복해서 호소하는 것을 보았고, 이 경험이 창업의 직접적인 "
                            + "계기가 되었다. 작은 불편을 기술로 해결해 누구나 누릴 수 있게 하는 것이 우리의 비전이다.",
                    "2023년 시제품을 만든 뒤 지인과 초기 고객 30명에게 써 보게 하여 개선점 12가지를 정리하였다."),
            Sentences.Topic.SOLUTION,
            List.of(
                    "목표 고객은 30~40대 맞벌이 가구이며, 이들은 시간을 아껴 주는 제품에 기꺼이 비용을 지불한다. 설문에 "
                            + "응답한 200명 가운데 68%가 월 1만원 이하라면 구독하겠다고 답하였다.",
                    "경쟁 제품과 비교하면 {p|은} 설치가 간단하고 유지비가 적다는 점이 가장 큰 차별점이다.",
                    "온라인 스토어 개설 6개월 만에 누적 판매 1,200개, 재구매율 27%를 달성하였다."),
            Sentences.Topic.SCALEUP,
            List.of(
                    "초기에는 온라인 직접 판매로 고객 반응을 확인하고, 이후 오프라인 유통과 B2B 납품으로 판로를 넓힌다. "
                            + "SNS 체험단과 크라우드펀딩을 활용해 출시 전부터 잠재 고객을 모은다.",
                    "협약기간 이후에는 시드 투자를 유치하여 생산 설비를 확충하고, 3년 안에 해외 시장에 진출한다."),
            Sentences.Topic.TEAM,
            List.of(
                    "대표자는 관련 분야 실무 경험과 창업 교육 이수 경험을 갖추고 있으며, 팀원은 개발·디자인·마케팅을 " + "나누어 맡고 있다.",
                    "부족한 역량은 외부 전문가 자문과 협약기간 내 신규 채용으로 보완할 계획이다."));

    private OfficialText() {}
}
