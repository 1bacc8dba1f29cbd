package io.planscreen.ml.writers;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Sentences a company writes about its own work, built from frames with several free slots (when, who, what,
 * how, what was done) so that two companies rarely write the same sentence: own-voice text shares wording,
 * not sentences. Plain register, slots as in {@link Sentences}.
 */
final class OwnWords {

    private static final String[] WHEN_PAST = {
        "2023년 하반기에",
        "지난해",
        "창업 초기부터",
        "올해 1분기에",
        "시제품 출시 직후",
        "#Y년 봄",
        "최근 6개월간",
        "법인 설립 이후",
        "전시회 참가 이후",
        "첫 납품 뒤",
        "베타 서비스 기간에"
    };

    private static final String[] WHEN_NEXT = {
        "협약기간 중", "협약 후 3개월 안에", "2025년 하반기에", "내년 상반기까지", "양산 전에", "출시에 앞서", "협약 종료 전까지"
    };

    private static final String[] WHO = {"당사", "{c}", "개발팀", "대표자", "영업 담당자", "우리 팀", "연구소", "현장 엔지니어", "품질 담당자"};

    private static final Map<Sentences.Topic, List<String>> WHAT = Map.of(
            Sentences.Topic.OVERVIEW,
            List.of("제품 사양", "서비스 범위", "출시 일정", "목표 성능", "최종 산출물", "개선 항목", "{p}의 외형", "{f} 사양"),
            Sentences.Topic.PROBLEM,
            List.of("고객 불만 사례", "현장 점검 기록", "경쟁 제품 리뷰", "유지보수 비용 자료", "수입 단가 추이", "사용자 인터뷰 결과", "{k}의 구매 이력", "불량 원인"),
            Sentences.Topic.SOLUTION,
            List.of("핵심 모듈 설계", "시제품 성능", "가격 구조", "설치 절차", "사용자 화면", "품질 관리 기준", "{k} 납품 실적", "{f} 시험 결과"),
            Sentences.Topic.SCALEUP,
            List.of("판매 채널", "마케팅 예산", "해외 바이어 목록", "대리점 계약 조건", "투자 유치 일정", "가격 정책", "생산 일정", "{k} 영업 자료"),
            Sentences.Topic.TEAM,
            List.of("채용 계획", "직무 교육 과정", "외부 자문단 구성", "연구 장비 목록", "협력 대학과의 과제", "개발 인력 구성", "업무 분장", "{g} 사업장 배치"));

    private static final String[] HOW = {
        "꼼꼼히 ", "직접 ", "외부 기관과 함께 ", "#H차례에 걸쳐 ", "데이터를 근거로 ", "고객과 함께 ", "단계적으로 ", "", "", ""
    };

    private static final String[] DONE_PAST = {"분석하였다", "정리하였다", "검토하였다", "점검하였다", "비교하였다", "확인하였다", "수립하였다", "다시 짰다"};

    private static final String[] DONE_NEXT = {"보완할 예정이다", "확정할 계획이다", "마련할 계획이다", "다시 검토할 예정이다", "정리해 공개할 계획이다"};

    private static final String[] QUALIFIERS = {
        "",
        "",
        "이미 ",
        "무엇보다 ",
        "자체 조사로 확인했듯이 ",
        "시범 운영 결과 ",
        "고객 인터뷰에서 드러났듯이 ",
        "현재 기준으로 ",
        "{g} 현장에서 보듯 ",
        "올해 들어 ",
        "작년부터 "
    };

    /** A second frame per section: the company's own claim, made of a subject, a particular and an outcome. */
    private static final Map<Sentences.Topic, String[][]> CLAIMS = Map.of(
            Sentences.Topic.OVERVIEW,
            new String[][] {
                {"{p|은}", "{i|은}", "우리 제품은", "이번 개선 버전은"},
                {"{f} 기능을 앞세워", "설치와 관리가 쉬운 구조로", "기존보다 가벼운 설계로", "국산 부품 위주의 구성으로", "월 구독 방식으로"},
                {"{k}의 업무 시간을 줄인다", "첫 구매 부담을 낮춘다", "현장 교육 없이 바로 쓸 수 있다", "유지비를 절반 가까이 줄인다", "협약기간 안에 판매 가능한 수준에 이른다"}
            },
            Sentences.Topic.PROBLEM,
            new String[][] {
                {"{k|은}", "현장 담당자들은", "우리가 만난 고객 대부분은", "중소 규모 수요처는"},
                {"잦은 고장 때문에", "비싼 수입 장비 탓에", "담당 인력이 부족해서", "관련 데이터가 흩어져 있어", "기존 제품의 복잡한 설정 때문에", "납기가 들쭉날쭉해서"},
                {"매달 추가 비용을 부담하고 있다", "같은 작업을 두세 번 반복한다", "도입을 미루고 있다", "품질 문제를 늦게 발견한다", "대체 제품을 찾고 있다"}
            },
            Sentences.Topic.SOLUTION,
            new String[][] {
                {"{p|은}", "당사 제품은", "시제품은", "개선된 모델은"},
                {"#P% 낮은 가격으로", "하루 만에 끝나는 설치로", "자체 설계한 핵심 모듈 덕분에", "{f} 기능을 기본으로 넣어", "고객사 시스템과 바로 연동되어"},
                {"경쟁 제품과 뚜렷이 구별된다", "시범 고객 #H곳에서 재계약을 얻었다", "구매 담당자의 검토 시간을 줄였다", "유지보수 문의를 크게 줄였다", "시험성적서로 성능을 확인받았다"}
            },
            Sentences.Topic.SCALEUP,
            new String[][] {
                {"협약기간에는", "출시 첫해에는", "2026년부터는", "초기 6개월 동안은"},
                {"온라인 직판으로", "{g} 지역 대리점을 통해", "전문 전시회 참가로", "기존 고객의 소개로", "공공 조달 등록을 거쳐"},
                {"{k} 신규 고객을 모은다", "첫 매출 #S억원을 만든다", "재구매 고객 비중을 #P%까지 높인다", "해외 바이어 상담을 시작한다", "후속 투자 유치의 근거를 만든다"}
            },
            Sentences.Topic.TEAM,
            new String[][] {
                {"개발 책임자는", "대표는", "마케팅 담당 직원은", "공동 창업자는", "생산 담당 팀장은"},
                {"{t} 분야 #E년 경력을 바탕으로", "대기업 연구소 근무 경험을 살려", "관련 학과 석사 과정을 마치고", "창업 전 같은 업계에서 일하며"},
                {"제품 설계를 맡고 있다", "고객 관리와 영업을 이끈다", "품질 체계를 만들었다", "정부 과제 #H건을 수행하였다", "외부 협력망을 관리한다"}
            });

    private static final String[] WHY = {
        "{k}의 요구가 분명해졌기 때문이다", "{p}의 원가를 낮추기 위해서이다", "초기 고객의 재구매를 늘리려는 것이다",
        "납기를 지키기 위한 조치이다", "{f} 성능을 입증하기 위함이다", "경쟁사보다 먼저 시장에 들어가기 위해서이다",
        "작은 팀으로도 운영할 수 있도록 하려는 것이다", "{g} 지역 고객의 의견을 반영한 결과이다"
    };

    private OwnWords() {}

    static String plain(Random random, Sentences.Topic topic) {
        if (random.nextDouble() < 0.3) {
            String[][] claim = CLAIMS.get(topic);
            return Sentences.figures(
                            random,
                            pick(random, claim[0]) + " " + pick(random, QUALIFIERS) + pick(random, claim[1]) + " "
                                    + pick(random, claim[2]))
                    + ".";
        }
        List<String> what = WHAT.get(topic);
        String who = pick(random, WHO);
        boolean past = random.nextDouble() < 0.6;
        String sentence = pick(random, past ? WHEN_PAST : WHEN_NEXT) + " "
                + (who.startsWith("{") ? "{c|은}" : Korean.particle(who, "은")) + " "
                + objectOf(what.get(random.nextInt(what.size()))) + " " + pick(random, HOW)
                + pick(random, past ? DONE_PAST : DONE_NEXT);
        if (random.nextDouble() < 0.3) {
            sentence += ". 이는 " + pick(random, WHY);
        }
        return Sentences.figures(random, sentence) + ".";
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String objectOf(String noun) {
        // a slot at the end takes its particle when filled; a plain noun takes it now
        return noun.endsWith("}") ? noun.substring(0, noun.length() - 1) + "|을}" : Korean.particle(noun, "을");
    }

    /** A paragraph mixing the writer's own sentences with the kit's (share {@code ownShare} own). */
    static String paragraph(
            Random random, Sentences.Topic topic, int sentences, Korean.Register register, double ownShare) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String plain = random.nextDouble() < ownShare ? plain(random, topic) : Sentences.plain(random, topic);
            for (String s : Paraphrase.sentences(plain)) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(Korean.inRegister(s, register));
            }
        }
        return out.toString();
    }
}
