package io.planscreen.ml.corpus;

import io.planscreen.ml.corpus.Phrasebook.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Draws writing styles: agencies' house styles (with boilerplate) and companies' own. */
final class Styles {

    static final String[] AGENCY_NAMES = {
        "한빛비즈컨설팅", "넥스트그랜트", "코리아R&D파트너스", "미래정책연구소", "에이스창업지원센터", "스마트펀딩랩",
        "더웨이기술경영", "정부과제연구원", "그로스업파트너스", "K-스타트업브릿지", "하이퍼사업계획", "제이앤피컨설팅",
        "온누리경영지원"
    };

    private static final String[] OPENERS_KO = {
        "급변하는 시장 환경 속에서",
        "{buzz} 흐름에 발맞춰",
        "고객 중심의 관점에서",
        "데이터 기반 의사결정을 통해",
        "글로벌 수준의 품질 경쟁력을 바탕으로",
        "현장 중심의 실증을 통해",
        "축적된 기술 노하우를 토대로"
    };

    private static final String[] MIDDLES_KO = {
        "{customer}의 잠재 수요를 선제적으로 발굴하고", "핵심 기술의 완성도를 높이고", "비용 구조를 혁신하고",
        "고객 경험을 극대화하고", "시장 지배력을 강화하고", "협력 네트워크를 확장하고"
    };

    private static final String[] ENDS_KO = {
        "지속 가능한 성장 동력을 확보{할예정}", "차별화된 경쟁 우위를 달성{할예정}", "성공적인 사업화를 실현{할예정}", "시장 선도 기업으로 자리매김{할예정}", "새로운 부가가치를 창출{할예정}"
    };

    private static final String[] OPENERS_EN = {
        "In a rapidly changing market,",
        "In step with {buzz},",
        "From a customer-centric perspective,",
        "Through data-driven decisions,",
        "Building on accumulated know-how,"
    };

    private static final String[] MIDDLES_EN = {
        "we will proactively uncover the latent demand of {customer} and",
                "we will raise the maturity of our core technology and",
        "we will innovate our cost structure and", "we will strengthen our market position and"
    };

    private static final String[] ENDS_EN = {
        "secure a sustainable growth engine.",
        "achieve a differentiated competitive edge.",
        "realise successful commercialisation.",
        "create new added value."
    };

    private Styles() {}

    static List<Agency> agencies(Random random) {
        List<Agency> agencies = new ArrayList<>();
        for (int i = 0; i < AGENCY_NAMES.length; i++) {
            double tailoring = 0.05 + random.nextDouble() * 0.45;
            double paraphrase = 0.1 + random.nextDouble() * 0.5;
            Style ko = agencyStyle(random, "ko");
            Style en = agencyStyle(random, "en");
            agencies.add(
                    new Agency(String.format("agency-%02d", i + 1), AGENCY_NAMES[i], ko, en, tailoring, paraphrase));
        }
        return agencies;
    }

    private static Style agencyStyle(Random random, String language) {
        boolean ko = language.equals("ko");
        List<String> buzz = pick(random, ko ? Phrasebook.BUZZ_KO : Phrasebook.BUZZ_EN, 2 + random.nextInt(3));
        List<String> stats =
                pick(random, ko ? Phrasebook.MACRO_STATS_KO : Phrasebook.MACRO_STATS_EN, 1 + random.nextInt(2));
        // a statistic of one technology area pasted into every client's plan, whatever its area
        TechArea recycled = TechArea.ALL.values().stream().toList().get(random.nextInt(TechArea.ALL.size()));
        stats = new ArrayList<>(stats);
        stats.add((ko ? recycled.statsKo() : recycled.statsEn()).get(random.nextInt(2)));
        Map<Role, List<String>> boilerplate = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            List<String> sentences = new ArrayList<>();
            List<String> trade = (ko ? Phrasebook.TRADE_KO : Phrasebook.TRADE_EN).get(role);
            List<String> common = (ko ? Phrasebook.COMMON_KO : Phrasebook.COMMON_EN).get(role);
            sentences.addAll(pick(random, trade, random.nextInt(Math.min(4, trade.size() + 1))));
            sentences.addAll(pick(random, common, 1 + random.nextInt(3)));
            for (int s = 0, n = random.nextInt(3); s < n; s++) {
                sentences.add(compound(random, ko));
            }
            Collections.shuffle(sentences, random);
            boilerplate.put(role, List.copyOf(sentences));
        }
        return new Style(
                Phrasebook.BULLETS[random.nextInt(Phrasebook.BULLETS.length)],
                pick(
                        random,
                        List.of(ko ? Phrasebook.CONNECTIVES_KO : Phrasebook.CONNECTIVES_EN),
                        2 + random.nextInt(2)),
                0.15 + random.nextDouble() * 0.3,
                random.nextDouble() < 0.75 ? 0 : 1 + random.nextInt(2),
                random.nextDouble() * 0.05,
                random.nextBoolean(),
                random.nextDouble() < 0.5 ? 0 : random.nextInt(4),
                new double[] {0.4, 0.05, 0.55},
                random.nextDouble() * 0.03,
                4 + random.nextInt(4),
                1 + random.nextInt(3),
                buzz,
                List.copyOf(stats),
                0.5 + random.nextDouble() * 0.4,
                random.nextInt(4),
                random.nextInt(3),
                random.nextDouble() < 0.7,
                ko
                        ? new String[] {"당사", "동사", "본 기업", "{name}"}[random.nextInt(4)]
                        : new String[] {"the Company", "{name}", "we"}[random.nextInt(3)],
                random.nextDouble() * 0.1,
                boilerplate);
    }

    /** A company writing its own plan; a hard negative imitates the official template and its trade phrasing. */
    static Style own(Random random, String language, boolean hardNegative) {
        boolean ko = language.equals("ko");
        double trade = hardNegative ? 0.25 + random.nextDouble() * 0.35 : random.nextDouble() * 0.3;
        double specific = hardNegative ? random.nextDouble() * 0.3 : 0.1 + random.nextDouble() * 0.5;
        List<String> stats = new ArrayList<>();
        if (random.nextDouble() < (hardNegative ? 0.6 : 0.2)) {
            stats.add((ko ? Phrasebook.MACRO_STATS_KO : Phrasebook.MACRO_STATS_EN)
                    .get(random.nextInt((ko ? Phrasebook.MACRO_STATS_KO : Phrasebook.MACRO_STATS_EN).size())));
        }
        return new Style(
                Phrasebook.BULLETS[random.nextInt(Phrasebook.BULLETS.length)],
                pick(
                        random,
                        List.of(ko ? Phrasebook.CONNECTIVES_KO : Phrasebook.CONNECTIVES_EN),
                        1 + random.nextInt(4)),
                random.nextDouble() * 0.35,
                random.nextDouble() < 0.55 ? 0 : 1 + random.nextInt(2),
                random.nextDouble() < 0.5 ? 0 : random.nextDouble() * 0.3,
                random.nextBoolean(),
                hardNegative ? (random.nextDouble() < 0.8 ? 0 : random.nextInt(4)) : random.nextInt(5),
                new double[] {1.0 - trade - specific, specific, trade},
                random.nextDouble() < 0.3 ? 0 : random.nextDouble() * (hardNegative ? 0.06 : 0.2),
                2 + random.nextInt(hardNegative ? 7 : 10),
                1 + random.nextInt(4),
                pick(random, ko ? Phrasebook.BUZZ_KO : Phrasebook.BUZZ_EN, 1 + random.nextInt(3)),
                List.copyOf(stats),
                random.nextDouble() * (hardNegative ? 0.8 : 0.5),
                random.nextInt(4),
                random.nextInt(3),
                random.nextDouble() < (hardNegative ? 0.6 : 0.3),
                ko
                        ? new String[] {"당사", "저희 회사", "우리 회사", "{name}", "당사", "저희"}[random.nextInt(6)]
                        : new String[] {"we", "{name}", "our company", "the Company"}[random.nextInt(4)],
                random.nextDouble() * 0.3,
                Map.of());
    }

    /** A sentence in grant-writing register assembled from fragments (agencies keep theirs fixed). */
    static String compound(Random random, boolean ko) {
        if (ko) {
            return OPENERS_KO[random.nextInt(OPENERS_KO.length)] + " " + MIDDLES_KO[random.nextInt(MIDDLES_KO.length)]
                    + " " + ENDS_KO[random.nextInt(ENDS_KO.length)];
        }
        return OPENERS_EN[random.nextInt(OPENERS_EN.length)] + " " + MIDDLES_EN[random.nextInt(MIDDLES_EN.length)] + " "
                + ENDS_EN[random.nextInt(ENDS_EN.length)];
    }

    static <T> List<T> pick(Random random, List<T> from, int n) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())));
    }
}
