package io.planscreen.ml.writers;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * This package's own Korean sentence kit for the four PSST sections and the overview: a sentence is a lead
 * (an adverbial or a framing clause) and a core written in the plain register, with slots ({c} company, {i}
 * item, {p} product, {f} function, {k} customer, {r} 대표자, {g} region, {t} 기술분야) and figures (#Y year,
 * #P percent, #B 억원 of a market, #S 억원 of a company, #N count, #E years, #H a handful, #V hundreds) drawn when the sentence is made. Agencies draw their house paragraphs from
 * it once and keep the slots; own-voice writers draw fresh sentences with their own facts filled in.
 */
final class Sentences {

    enum Topic {
        OVERVIEW,
        PROBLEM,
        SOLUTION,
        SCALEUP,
        TEAM
    }

    private static final String[] LEADS = {
        "",
        "",
        "",
        "최근 ",
        "특히 ",
        "이에 따라 ",
        "한편 ",
        "현재 ",
        "무엇보다 ",
        "실제로 ",
        "구체적으로 ",
        "또한 ",
        "아울러 ",
        "당사 조사 결과 ",
        "현장 인터뷰에서 확인한 바와 같이 ",
        "#Y년 이후 ",
        "국내 기준으로 ",
        "중장기적으로 "
    };

    private static final Map<Topic, List<String>> CORES = Map.of(
            Topic.OVERVIEW,
            List.of(
                    "{i|은} {k|을} 위한 {t} 분야의 제품·서비스이다",
                    "{c|은} {p|을} 개선·고도화하여 협약기간 내 정식 출시를 목표로 한다",
                    "{f} 성능을 기존 대비 #P% 향상시키는 것이 핵심 목표이다",
                    "협약기간 내 산출물은 양산 가능한 {p} 최종 버전과 시험성적서이다",
                    "중장기적으로 {k} 시장 점유율 #P% 달성을 목표로 한다",
                    "{c|은} #Y년 설립 이후 {p} 개발에 집중해 왔다",
                    "본 사업을 통해 {p}의 {f} 기능을 완성하고 초도 판매를 시작할 계획이다",
                    "제품 로드맵은 시제품 보완, 인증 획득, 판로 확대의 세 단계로 구성된다"),
            Topic.PROBLEM,
            List.of(
                    "{k}의 #P% 이상이 기존 제품의 {f} 기능에 불만을 가지고 있다",
                    "국내 {t} 시장은 연평균 #P% 성장하여 #B억원 규모에 이르렀다",
                    "기존 제품은 가격이 높고 유지보수가 어려워 {k}의 도입률이 낮다",
                    "해외 제품 의존도가 높아 납기 지연과 비용 부담이 반복되고 있다",
                    "{r} 대표는 관련 업계에서 #N건 이상의 현장 문제를 직접 겪었다",
                    "이러한 문제를 해결하기 위해 {c|은} {p|을} 기획하였다",
                    "정부의 탄소중립 및 디지털 전환 정책으로 관련 수요가 빠르게 늘었다",
                    "현장에서는 수작업 점검에 평균 #N시간이 소요되어 인력 부담이 크다",
                    "{k|은} 데이터가 흩어져 있어 의사결정에 활용하기 어렵다",
                    "대표자의 경험과 가치관에 비추어 볼 때 이 문제는 반드시 풀어야 할 과제이다",
                    "#Y년 시제품 제작 이후 고객 #N곳의 시범 적용을 거쳐 개선점을 도출하였다",
                    "시장 조사 결과 {f} 기능을 갖춘 국산 제품은 거의 없다"),
            Topic.SOLUTION,
            List.of(
                    "목표 고객은 {k}이며 초기 시장 규모는 약 #B억원으로 추산된다",
                    "{p|은} 경쟁 제품 대비 가격을 #P% 낮추면서 {f} 성능을 확보하였다",
                    "경쟁사 제품은 설치가 복잡하지만 {p|은} 하루 안에 설치가 가능하다",
                    "핵심 기술은 자체 개발한 알고리즘과 모듈 설계로 구성된다",
                    "#Y년 출시 이후 누적 판매량 #V개, 매출 #S억원을 기록하였다",
                    "고객 피드백을 반영하여 디자인과 사용 편의성을 개선할 예정이다",
                    "{k} #H곳과 구매의향서를 체결하여 초기 수요를 확인하였다",
                    "온라인 판매 채널의 월 방문자는 #V명 수준이며 재구매율은 #P%이다",
                    "특허 출원과 시험 인증으로 기술 차별성을 입증하였다",
                    "경쟁사와 비교한 결과 유지보수 비용에서 가장 큰 차이가 난다",
                    "시범 운영 기간 동안 {f} 정확도가 #P%까지 높아졌다"),
            Topic.SCALEUP,
            List.of(
                    "협약기간 내 {k|을} 대상으로 #N건의 신규 계약을 확보할 계획이다",
                    "국내 전시회 참가와 SNS 마케팅으로 인지도를 높일 예정이다",
                    "유통은 직접 판매와 온라인 쇼핑몰, 대리점을 병행한다",
                    "2026년에는 동남아시아 시장 진출을 위해 현지 파트너를 발굴할 계획이다",
                    "정부지원사업비는 시제품 고도화와 인증, 마케팅에 주로 사용한다",
                    "자기부담사업비 중 현금은 대표자 출자금으로 조달할 예정이다",
                    "향후 시리즈A 투자 유치를 통해 #S억원을 확보할 계획이다",
                    "중장기적으로 기업공개를 목표로 매출 #B억원 달성을 추진한다",
                    "핵심 기술은 특허 출원과 영업비밀 관리로 보호한다",
                    "추정 매출은 협약기간 내 #S억원, 다음 해 #S억원 이상이다",
                    "고객 체험단을 운영하여 제품 개선점을 조기에 파악한다",
                    "지역 거점 대리점 #H곳을 확보하여 {g} 외 지역으로 판로를 넓힌다"),
            Topic.TEAM,
            List.of(
                    "{r} 대표는 {t} 분야에서 #E년간 근무하며 제품 개발을 총괄하였다",
                    "대표자는 관련 학과를 졸업하고 정부 지원사업을 #H회 수행하였다",
                    "재직 인원은 {e}명이며 협약기간 내 #H명을 추가 채용할 계획이다",
                    "개발 인력은 석사급 연구원을 중심으로 구성되어 있다",
                    "마케팅 담당자는 온라인 판매 경력 #E년을 보유하고 있다",
                    "{g} 소재 사업장에 시제품 제작 장비와 시험 설비를 갖추고 있다",
                    "지역 대학 및 연구기관과 협력하여 기술 자문을 받고 있다",
                    "신규 인력은 지역 인재를 우선 채용하여 고용 창출에 기여한다",
                    "기업부설연구소를 #Y년에 설립하여 연구개발 역량을 강화하였다",
                    "외부 전문가 #H명이 자문위원으로 참여하고 있다"));

    private Sentences() {}

    static int cores(Topic topic) {
        return CORES.get(topic).size();
    }

    /** One sentence in the plain register, slots kept, figures drawn. */
    static String plain(Random random, Topic topic) {
        List<String> cores = CORES.get(topic);
        String core = cores.get(random.nextInt(cores.size()));
        String lead = LEADS[random.nextInt(LEADS.length)];
        // no lead before a core that opens with a time or a framing of its own ("#Y년 ...", "중장기적으로 ...")
        if (core.startsWith("#") || core.startsWith("2") || core.startsWith("중장기") || core.startsWith("현재")) {
            lead = "";
        }
        return figures(random, lead + core) + ".";
    }

    /** A paragraph of {@code sentences} distinct sentences in a register, slots kept. */
    static String paragraph(Random random, Topic topic, int sentences, Korean.Register register) {
        StringBuilder out = new StringBuilder();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < sentences; i++) {
            String s;
            int tries = 0;
            do {
                s = plain(random, topic);
            } while (!used.add(s.replaceAll("^\\S+ ", "")) && ++tries < 10);
            if (!out.isEmpty()) {
                out.append(" ");
            }
            out.append(Korean.inRegister(s, register));
        }
        return out.toString();
    }

    static String figures(Random random, String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '#' && i + 1 < text.length()) {
                char kind = text.charAt(++i);
                out.append(
                        switch (kind) {
                            case 'Y' -> String.valueOf(2019 + random.nextInt(6));
                            case 'P' -> String.valueOf(5 + random.nextInt(56));
                            case 'B' -> String.valueOf(10 + random.nextInt(990));
                            case 'N' -> String.valueOf(3 + random.nextInt(120));
                            case 'E' -> String.valueOf(3 + random.nextInt(18));
                            case 'H' -> String.valueOf(2 + random.nextInt(9));
                            case 'S' -> String.valueOf(1 + random.nextInt(30));
                            case 'V' -> String.format(Locale.ROOT, "%,d", 100 * (10 + random.nextInt(490)));
                            default -> "#" + kind;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
