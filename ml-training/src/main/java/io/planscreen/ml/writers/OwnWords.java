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

    private static final String[] WHEN = {
        "2023년 하반기에",
        "지난해",
        "창업 초기부터",
        "올해 1분기에",
        "시제품 출시 직후",
        "#Y년 봄",
        "협약기간 중",
        "최근 6개월간",
        "법인 설립 이후",
        "전시회 참가 이후",
        "첫 납품 뒤",
        "베타 서비스 기간에"
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
        "꼼꼼히 ", "직접 ", "처음부터 다시 ", "외부 기관과 함께 ", "#H차례에 걸쳐 ", "데이터를 근거로 ", "고객과 함께 ", "단계적으로 ", "", "", ""
    };

    private static final String[] DONE = {
        "분석하였다",
        "정리하였다",
        "검토하였다",
        "점검하였다",
        "비교하였다",
        "개선하였다",
        "재설계하였다",
        "확인하였다",
        "수립하였다",
        "보완할 예정이다",
        "확대할 계획이다",
        "마련할 계획이다",
        "바꾸었다",
        "새로 만들었다"
    };

    private static final String[] WHY = {
        "{k}의 요구가 분명해졌기 때문이다", "{p}의 원가를 낮추기 위해서이다", "초기 고객의 재구매를 늘리려는 것이다",
        "납기를 지키기 위한 조치이다", "{f} 성능을 입증하기 위함이다", "경쟁사보다 먼저 시장에 들어가기 위해서이다",
        "작은 팀으로도 운영할 수 있도록 하려는 것이다", "{g} 지역 고객의 의견을 반영한 결과이다"
    };

    private OwnWords() {}

    static String plain(Random random, Sentences.Topic topic) {
        List<String> what = WHAT.get(topic);
        String who = WHO[random.nextInt(WHO.length)];
        String sentence =
                WHEN[random.nextInt(WHEN.length)] + " " + (who.startsWith("{") ? "{c|은}" : Korean.particle(who, "은"))
                        + " " + objectOf(what.get(random.nextInt(what.size()))) + " " + HOW[random.nextInt(HOW.length)]
                        + DONE[random.nextInt(DONE.length)];
        if (random.nextDouble() < 0.35) {
            sentence += ". 이는 " + WHY[random.nextInt(WHY.length)];
        }
        return Sentences.figures(random, sentence) + ".";
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
