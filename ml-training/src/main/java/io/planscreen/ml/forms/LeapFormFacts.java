package io.planscreen.ml.forms;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a company types into the 2025 창업도약패키지 form: its 신청 및 일반현황 facts and its 총 사업비 구성 계획 in
 * 백만원, drawn to respect the call's rules (정부지원사업비 ≤ 70 %, 현금 ≥ 10 %, 현물 ≤ 20 %, 2억원 / 3억원).
 */
public record LeapFormFacts(
        String companyName,
        LocalDate opened,
        String businessType,
        String representativeType,
        String itemTitle,
        String supportField,
        String techField,
        boolean successReturn,
        int baseMillion,
        int extraMillion,
        int cashMillion,
        int inKindMillion,
        int employees,
        int plannedHires) {

    static final List<String> BUSINESS_TYPES = List.of("개인사업자", "법인사업자");

    static final List<String> REPRESENTATIVE_TYPES = List.of("단독", "공동", "각자대표");

    static final List<String> SUPPORT_FIELDS = List.of("제조", "지식서비스");

    static final List<String> TECH_FIELDS =
            List.of("기계·소재", "전기·전자", "정보·통신", "화공·섬유", "바이오·의료·생명", "에너지·자원", "공예·디자인");

    static final List<String> SUCCESS_RETURN = List.of("신청 안함", "성공환원형 신청");

    private static final List<String> NAMES = List.of("도약", "한빛", "누리", "바른", "새봄", "온결", "다온", "푸른", "이음", "가람");

    private static final List<String> SUFFIXES = List.of("테크", "랩스", "바이오", "소재", "로보틱스", "에너지", "디자인", "솔루션");

    private static final List<String> ITEMS = List.of(
            "AI 기반 물류 경로 최적화 서비스",
            "저전력 엣지 영상 분석 모듈",
            "친환경 생분해 포장 필름",
            "반려동물 건강 모니터링 웨어러블",
            "스마트팜 양액 자동 제어 시스템",
            "중소 제조 공정 불량 검출 솔루션",
            "수소 연료전지 상태 진단 플랫폼",
            "전통 공예 디지털 디자인 플랫폼");

    public int govMillion() {
        return baseMillion + extraMillion;
    }

    public int totalMillion() {
        return govMillion() + cashMillion + inKindMillion;
    }

    /** Facts drawn from {@code random}: one company, its choices and a budget within the call's rules. */
    public static LeapFormFacts draw(Random random) {
        String name = pick(random, List.of("주식회사 ", "(주)", "")) + pick(random, NAMES) + pick(random, SUFFIXES);
        LocalDate opened = LocalDate.of(2018, 3, 1).plusDays(random.nextInt(1400));
        boolean success = random.nextBoolean();
        int base = 100 + random.nextInt(101);
        int extra = success ? Math.min(100, base / 2) : 0;
        int gov = base + extra;
        int total = (int) Math.ceil(gov / (0.62 + random.nextDouble() * 0.08));
        int cash = (int) Math.ceil(total * (0.10 + random.nextDouble() * 0.05));
        int inKind = total - gov - cash;
        if (inKind > total * 0.2) {
            cash += inKind - (int) Math.floor(total * 0.2);
            inKind = (int) Math.floor(total * 0.2);
        }
        return new LeapFormFacts(
                name,
                opened,
                pick(random, BUSINESS_TYPES),
                pick(random, REPRESENTATIVE_TYPES),
                pick(random, ITEMS),
                pick(random, SUPPORT_FIELDS),
                pick(random, TECH_FIELDS),
                success,
                base,
                extra,
                cash,
                inKind,
                1 + random.nextInt(30),
                random.nextInt(6));
    }

    /** The values planscreen should read, in the program's keys and normalised forms (amounts in KRW). */
    public Map<String, String> gold() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("company_name", companyName);
        out.put("founded_on", opened.toString());
        out.put("business_type", businessType);
        out.put("representative_type", representativeType);
        out.put("project_title", itemTitle);
        out.put("support_field", supportField);
        out.put("tech_field", techField);
        out.put("success_return", successReturn ? SUCCESS_RETURN.get(1) : SUCCESS_RETURN.get(0));
        out.put("gov_grant_base_krw", krw(baseMillion));
        if (successReturn) {
            out.put("gov_grant_extra_krw", krw(extraMillion));
        }
        out.put("gov_grant_krw", krw(govMillion()));
        out.put("private_cash_krw", krw(cashMillion));
        out.put("private_in_kind_krw", krw(inKindMillion));
        out.put("total_budget_krw", krw(totalMillion()));
        out.put("employees", String.valueOf(employees));
        out.put("planned_hires", String.valueOf(plannedHires));
        return out;
    }

    private static String krw(int million) {
        return String.valueOf(million * 1_000_000L);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
