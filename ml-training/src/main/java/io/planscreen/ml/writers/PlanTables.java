package io.planscreen.ml.writers;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The form's tables filled for a company, in a writer's column layout (variant 0 is the form's own; a
 * house keeps its variant for every client, which is part of its fingerprint).
 */
final class PlanTables {

    private PlanTables() {}

    static String million(long krw) {
        return String.format(Locale.ROOT, "%,d", krw / 1_000_000L);
    }

    /** 신청 및 일반현황, rows of label and value. */
    static List<List<String>> general(Applicant a, int variant) {
        String founded =
                a.company().foundedOn().format(DateTimeFormatter.ofPattern(variant == 2 ? "yyyy.MM.dd" : "yy.MM.dd"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("기업명", a.company().nameKo()));
        rows.add(List.of("개업연월일", founded));
        rows.add(List.of("사업자 구분", a.corporation() ? "법인사업자" : "개인사업자"));
        rows.add(List.of("대표자 유형", "단독"));
        rows.add(List.of("창업아이템명", a.itemName()));
        rows.add(List.of("지원 분야", a.field().supportArea()));
        rows.add(List.of("전문기술분야", a.field().formName));
        rows.add(List.of("성공환원형 신청 여부", "신청 안함"));
        String unit = variant == 3 ? "원" : "백만원";
        rows.add(List.of("정부지원사업비(A)", money(a.govGrant(), variant) + unit));
        rows.add(List.of("자기부담사업비 현금", money(a.privateCash(), variant) + unit));
        rows.add(List.of("자기부담사업비 현물", money(a.privateInKind(), variant) + unit));
        rows.add(List.of("총 사업비(C=A+B)", money(a.total(), variant) + unit));
        if (variant == 1) {
            return rows.stream()
                    .map(r -> List.of(r.get(0).replace(" ", ""), r.get(1)))
                    .toList();
        }
        return rows;
    }

    private static String money(long krw, int variant) {
        return variant == 3 ? String.format(Locale.ROOT, "%,d", krw) : million(krw);
    }

    /** 기업 기본정보: the identifiers a broker's house table carries (where a former client's can be left). */
    static List<List<String>> contact(Applicant a, String phone) {
        return List.of(
                List.of("기업명", a.company().nameKo(), "사업자등록번호", a.company().brn()),
                List.of("대표자", a.company().representativeKo(), "연락처", phone),
                List.of("소재지", a.company().addressKo(), "", ""));
    }

    private static final String[] BUYER_HEADS = {
        "한솔", "대성", "동원", "세진", "우리", "신화", "미래", "태광", "서진", "영진", "청우", "남해", "한빛", "동양", "금강", "삼일"
    };

    private static final String[] BUYER_TAILS = {"유통", "상사", "산업", "물산", "전자", "엔지니어링", "메디컬", "푸드", "건설", "테크"};

    private static final String[] CHANNELS = {"자사몰", "스마트스토어", "오픈마켓", "조달청 나라장터", "B2B 플랫폼", "해외 온라인몰"};

    private static final String[] STEP_OBJECTS = {
        "시제품", "핵심 모듈", "사용자 화면", "외형 디자인", "품질 기준", "판매 채널", "인증", "양산 공정", "홍보 콘텐츠", "납품 체계"
    };

    private static final String[] STEP_ACTIONS = {"보완", "개선", "고도화", "구축", "검증", "획득", "준비", "확대", "시험 운영", "재설계"};

    private static final String[] STEP_DETAILS = {
        "고객 의견 반영",
        "시험성적서 확보",
        "불량률 점검",
        "협력사 선정",
        "체험단 운영",
        "전시회 참가",
        "KC 인증 신청",
        "원가 절감안 적용",
        "온라인 입점",
        "초도 물량 생산",
        "사용성 평가",
        "데이터 수집"
    };

    static List<List<String>> sales(Applicant a, Random random, int variant) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(
                variant == 0
                        ? List.of("순번", "목표시장(고객)", "제품·서비스", "진입 시기", "판매량", "가격", "발생 매출액")
                        : List.of("구분", "고객", "품목", "시기", "수량", "단가(백만원)", "매출(백만원)"));
        int n = 2 + random.nextInt(3);
        // a company's own model code: sales rows name the model the way its catalogue does
        String model = (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26)) + "-"
                + (10 * (1 + random.nextInt(90)));
        for (int i = 1; i <= n; i++) {
            int quantity = 5 + random.nextInt(300);
            int price = 1 + random.nextInt(20);
            String buyer = random.nextDouble() < 0.3
                    ? CHANNELS[random.nextInt(CHANNELS.length)]
                    : BUYER_HEADS[random.nextInt(BUYER_HEADS.length)] + BUYER_TAILS[random.nextInt(BUYER_TAILS.length)];
            rows.add(List.of(
                    String.valueOf(i),
                    buyer,
                    a.product() + " " + model,
                    (2023 + random.nextInt(2)) + "년 " + (random.nextBoolean() ? "상반기" : "하반기"),
                    quantity + "개",
                    price + "백만원",
                    (quantity * price) + "백만원"));
        }
        return rows;
    }

    static List<List<String>> schedule(Random random, int variant) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(variant == 0 ? List.of("순번", "추진 내용", "추진 기간", "세부 내용") : List.of("No", "추진 내용", "세부 내용", "기간"));
        int steps = 3 + random.nextInt(3);
        int month = 5;
        for (int i = 0; i < steps; i++) {
            String what = STEP_OBJECTS[random.nextInt(STEP_OBJECTS.length)] + " "
                    + STEP_ACTIONS[random.nextInt(STEP_ACTIONS.length)];
            String detail = STEP_DETAILS[random.nextInt(STEP_DETAILS.length)] + ", "
                    + STEP_DETAILS[random.nextInt(STEP_DETAILS.length)];
            int length = 1 + random.nextInt(3);
            String period = month + length - 1 <= 12
                    ? "25.%02d ~ 25.%02d".formatted(month, month + length - 1)
                    : "25.%02d ~ 26.02".formatted(Math.min(month, 12));
            month = Math.min(month + length, 14);
            rows.add(
                    variant == 0
                            ? List.of(String.valueOf(i + 1), what, period, detail)
                            : List.of(String.valueOf(i + 1), what, detail, period));
        }
        return rows;
    }

    static List<List<String>> budget(Applicant a, int variant) {
        double total = a.total();
        String unit = variant == 3 ? "원" : "백만원";
        return List.of(
                List.of("총사업비", "정부지원사업비", "자기부담(현금)", "자기부담(현물)"),
                List.of(
                        money(a.total(), variant) + unit,
                        money(a.govGrant(), variant) + unit,
                        money(a.privateCash(), variant) + unit,
                        money(a.privateInKind(), variant) + unit),
                List.of(
                        "100%",
                        percent(a.govGrant() / total),
                        percent(a.privateCash() / total),
                        percent(a.privateInKind() / total)));
    }

    static List<List<String>> staff(Applicant a, int variant) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(
                variant == 0
                        ? List.of("고용여부", "순번", "직위", "담당 업무", "보유역량(경력 및 학력 등)")
                        : List.of("순번", "직위", "담당 업무", "보유역량", "고용여부"));
        int i = 1;
        for (List<String> s : a.staff()) {
            rows.add(
                    variant == 0
                            ? List.of(s.get(0), String.valueOf(i), s.get(1), s.get(2), s.get(3))
                            : List.of(String.valueOf(i), s.get(1), s.get(2), s.get(3), s.get(0)));
            i++;
        }
        return rows;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
