package io.planscreen.ml.forms;

import io.planscreen.ml.plan.PlanText;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills the 2025 창업도약패키지 business-plan form ([별첨 1], 일반형) the way applicants do: values typed over the
 * placeholders, a V in the chosen choice cells (or the unchosen option deleted where the form lists them in one
 * cell), the date as YY.MM.DD, amounts in the form's 백만원 cells, and the blue ※ guidance left in. The layout
 * follows the official form: its 신청 및 일반현황 tables, the 사업비 집행계획 and 인력 현황 tables, and the PSST
 * sections with their guidance.
 */
public final class LeapFormFiller {

    /** The label cells of the official form's tables this filler writes (checked against the real form). */
    public static final List<String> FORM_LABELS = List.of(
            "기업명",
            "개업연월일",
            "사업자 구분",
            "대표자 유형",
            "창업아이템명",
            "지원 분야(택 1)",
            "전문기술분야 (택 1)",
            "성공환원형 신청 여부",
            "총 사업비 구성 계획",
            "정부지원사업비(A)",
            "자기부담사업비(B)",
            "기본",
            "추가",
            "현금",
            "현물",
            "총사업비 (ⓐ+ⓑ+ⓒ)",
            "정부지원사업비(ⓐ)",
            "현재 재직 인원");

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yy.MM.dd", Locale.ROOT);

    private LeapFormFiller() {}

    /** The filled form; {@code markChoices} false deletes the unchosen options of the 사업자/대표자 cells instead of marking. */
    public static PlanText fill(LeapFormFacts f, boolean markChoices) {
        List<PlanText.Section> sections = new ArrayList<>();
        sections.add(new PlanText.Section(
                "□ 신청 및 일반현황",
                "PSST_GENERAL",
                List.of(
                        "※ 총사업비 = 정부지원사업비 + 자기부담사업비(현금) + 자기부담사업비(현물)",
                        "※ 정부지원사업비는 최대 2억원(성공환원형 신청시 최대 3억원) 한도 이내로 작성",
                        "※ 정부지원사업비는 총사업비의 70% 이하, 현금은 10% 이상, 현물은 20% 이하로 작성")));
        sections.add(new PlanText.Section(
                "□ 창업아이템 개요 및 사업화 계획(요약)",
                "PSST_OVERVIEW",
                List.of("※ 해당 아이템의 제품·서비스 개요(핵심 기능·성능 등)", "◦ " + f.itemTitle() + "의 개선·고도화와 시장 확대를 추진함")));
        sections.add(new PlanText.Section(
                "1. 문제인식 (Problem)",
                "PSST_PROBLEM",
                List.of("※ 창업아이템(제품·서비스) 개선·고도화, 신규 출시 배경과 이를 뒷받침할 근거, 동기 등을 제시", "◦ 기존 제품의 한계로 고객사의 운영 비용이 증가하고 있음")));
        sections.add(new PlanText.Section(
                "2. 실현가능성 (Solution)",
                "PSST_SOLUTION",
                List.of("※ 목표 시장(고객) 요구사항 등 분석을 통해 파악된 문제점 및 개선점에 대해 기재", "◦ 핵심 기능의 성능을 30% 개선하여 경쟁 제품과 차별화함")));
        sections.add(new PlanText.Section(
                "3. 성장전략 (Scale-up)",
                "PSST_SCALEUP",
                List.of(
                        "※ 정부지원사업비는 최대 2억원 한도로 작성",
                        "※ 정부지원사업비는 총사업비의 70% 이하, 현금은 10% 이상, 현물은 20% 이하로 작성",
                        "◦ 협약기간 내 국내 판로를 확대하고 해외 시장에 진출함")));
        sections.add(new PlanText.Section(
                "4. 기업 구성 (Team)",
                "PSST_TEAM",
                List.of(
                        "4-1-1. 대표자 역량",
                        "※ 대표자 보유 역량(경영 능력, 경력·학력, 기술력, 노하우, 인적 네트워크 등) 기재",
                        "◦ 관련 분야 10년 이상 경력의 대표자가 사업을 총괄함")));
        List<List<List<String>>> tables =
                List.of(companyTable(f, markChoices), itemTable(f), budgetTable(f), staffTable(f));
        return new PlanText("ko", "PSST", sections, tables);
    }

    private static List<List<String>> companyTable(LeapFormFacts f, boolean markChoices) {
        return List.of(
                List.of(
                        "기업명",
                        f.companyName() + " (법인등기부등본 및 사업자등록증 상의 ‘본사(점)’ 명칭과 동일하게 기입)",
                        "개업연월일",
                        f.opened().format(SHORT)),
                List.of(
                        "사업자 구분 (모집마감일 기준)",
                        choiceCell(LeapFormFacts.BUSINESS_TYPES, f.businessType(), markChoices),
                        "대표자 유형 (모집마감일 기준)",
                        choiceCell(LeapFormFacts.REPRESENTATIVE_TYPES, f.representativeType(), markChoices)));
    }

    /** "개인사업자 / 법인사업자" with the chosen one marked, or with only the chosen one left. */
    private static String choiceCell(List<String> options, String chosen, boolean mark) {
        if (!mark) {
            return chosen;
        }
        List<String> out = new ArrayList<>();
        for (String option : options) {
            out.add((option.equals(chosen) ? "■ " : "□ ") + option);
        }
        return String.join(" / ", out);
    }

    private static List<List<String>> itemTable(LeapFormFacts f) {
        String success = f.successReturn() ? "성공환원형 신청" : "신청 안함";
        List<String> tech = LeapFormFacts.TECH_FIELDS;
        return List.of(
                List.of("창업아이템명", f.itemTitle()),
                List.of("지원 분야(택 1)", v(f.supportField(), "제조"), "제조", v(f.supportField(), "지식서비스"), "지식서비스", "", ""),
                List.of(
                        "전문기술분야 (택 1)",
                        v(f.techField(), tech.get(0)),
                        tech.get(0),
                        v(f.techField(), tech.get(1)),
                        tech.get(1),
                        v(f.techField(), tech.get(2)),
                        tech.get(2)),
                List.of(
                        "",
                        v(f.techField(), tech.get(3)),
                        tech.get(3),
                        v(f.techField(), tech.get(4)),
                        tech.get(4),
                        v(f.techField(), tech.get(5)),
                        tech.get(5)),
                List.of("", v(f.techField(), tech.get(6)), tech.get(6), "", "", "", ""),
                List.of(
                        "성공환원형 신청 여부",
                        v(success, "신청 안함"),
                        "신청 안함",
                        v(success, "성공환원형 신청"),
                        "성공환원형 신청 (기본 정부지원사업비의 50%로 추가 정부지원사업비 배정)",
                        "",
                        ""),
                List.of("총 사업비 구성 계획", "정부지원사업비(A) 총 사업비의 70% 이상", "", "자기부담사업비(B) 총 사업비의 30% 이하", "", "총 사업비 (C=A+B)"),
                List.of("", "기본", "추가 (성공환원형 신청자만 작성)", "현금", "현물", ""),
                List.of(
                        "",
                        million(f.baseMillion()),
                        f.successReturn() ? million(f.extraMillion()) : "00백만원",
                        million(f.cashMillion()),
                        million(f.inKindMillion()),
                        million(f.totalMillion())));
    }

    private static List<List<String>> budgetTable(LeapFormFacts f) {
        int total = f.totalMillion();
        return List.of(
                List.of("총사업비 (ⓐ+ⓑ+ⓒ)", "정부지원사업비(ⓐ)", "창업기업 자기부담사업비", ""),
                List.of("", "", "현금(ⓑ)", "현물(ⓒ)"),
                List.of(million(total), million(f.govMillion()), million(f.cashMillion()), million(f.inKindMillion())),
                List.of(
                        "100%",
                        percent(f.govMillion(), total),
                        percent(f.cashMillion(), total),
                        percent(f.inKindMillion(), total)));
    }

    private static List<List<String>> staffTable(LeapFormFacts f) {
        return List.of(
                List.of(
                        "현재 재직 인원 (대표자 제외, 공동대표 포함)",
                        String.valueOf(f.employees()),
                        "명",
                        "추가 고용계획 (협약기간 내)",
                        String.valueOf(f.plannedHires()),
                        "명"),
                List.of("고용여부", "순번", "직위", "담당 업무", "보유역량(경력 및 학력 등)", ""),
                List.of("O", "1", "책임연구원", "S/W 개발 총괄", "관련 분야 경력 8년", ""));
    }

    private static String v(String chosen, String option) {
        return chosen.equals(option) ? "V" : "";
    }

    private static String million(int value) {
        return value + "백만원";
    }

    private static String percent(int part, int total) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
    }
}
