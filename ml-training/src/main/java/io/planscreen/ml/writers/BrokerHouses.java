package io.planscreen.ml.writers;

import io.planscreen.ml.render.DocumentProperties;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Draws broker agencies from a seed: every seed gives new houses (names, banks, looks, machines, habits). */
final class BrokerHouses {

    private static final String[] NAME_HEADS = {
        "한국", "대한", "미래", "성공", "K-", "스타트", "더나은", "넥스트", "으뜸", "희망", "바로", "한빛", "정도", "일등"
    };

    private static final String[] NAME_CORES = {"창업", "R&D", "경영", "사업화", "정책자금", "기술", "벤처", "지원사업"};

    private static final String[] NAME_TAILS = {"컨설팅", "파트너스", "연구소", "센터", "그룹", "아카데미", "랩", "솔루션"};

    private static final String[] HOUSE_AUTHORS = {
        "기획팀", "컨설턴트", "user", "Administrator", "PM", "작성자", "사무실PC", "design"
    };

    private static final String[] TOOLS = {
        "Hancom Office Hwp 2022",
        "Hwp 2020",
        "Microsoft Office Word",
        "Hancom Office Hanword 2018",
        "Microsoft Word 2019",
        "Hancom Docs"
    };

    static final String[] FONTS = {"맑은 고딕", "함초롬바탕", "나눔고딕", "HY견고딕", "돋움", "바탕", "나눔명조", "HY헤드라인M"};

    private BrokerHouses() {}

    static List<BrokerHouse> draw(long seed, WriterCorpusOptions options, Random random) {
        List<BrokerHouse> houses = new ArrayList<>();
        for (int k = 0; k < options.agencies(); k++) {
            houses.add(house("s" + seed + "-a" + k, options, random));
        }
        return houses;
    }

    private static BrokerHouse house(String id, WriterCorpusOptions options, Random random) {
        String name = NAME_HEADS[random.nextInt(NAME_HEADS.length)]
                + NAME_CORES[random.nextInt(NAME_CORES.length)]
                + NAME_TAILS[random.nextInt(NAME_TAILS.length)];
        int clients = options.minClients() + random.nextInt(options.maxClients() - options.minClients() + 1);
        HouseLook look = look(random);
        Map<Sentences.Topic, List<String>> bank = new EnumMap<>(Sentences.Topic.class);
        for (Sentences.Topic topic : Sentences.Topic.values()) {
            List<String> paragraphs = new ArrayList<>();
            int n = 3 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                paragraphs.add(OwnWords.paragraph(random, topic, 2 + random.nextInt(3), look.register(), 0.8));
            }
            bank.put(topic, paragraphs);
        }
        List<String> boilerplate = Boilerplate.draw(random, look.register());
        String author = random.nextDouble() < 0.4
                ? NAME_HEADS[random.nextInt(NAME_HEADS.length)] + HOUSE_AUTHORS[random.nextInt(HOUSE_AUTHORS.length)]
                : HOUSE_AUTHORS[random.nextInt(HOUSE_AUTHORS.length)] + (1 + random.nextInt(9));
        String font = FONTS[random.nextInt(FONTS.length)];
        String headingFont = FONTS[random.nextInt(FONTS.length)];
        String tag = name.substring(0, 2).replace("-", "");
        DocumentProperties machine = new DocumentProperties(
                author,
                random.nextBoolean() ? author : HOUSE_AUTHORS[random.nextInt(HOUSE_AUTHORS.length)],
                random.nextDouble() < 0.6 ? name : "",
                "사업계획서",
                random.nextDouble() < 0.5 ? tag + "_사업계획서_표준.dotx" : "",
                TOOLS[random.nextInt(TOOLS.length)],
                List.of(font, headingFont),
                List.of("본문_" + tag, "제목1_" + tag),
                houseFile(new Random(WriterCorpus.mix(id.hashCode(), 17))));
        BrokerHouse.MetadataPolicy policy = BrokerHouse.MetadataPolicy.values()[
                random.nextDouble() < options.scrubShare() ? 1 : random.nextDouble() < 0.35 ? 2 : 0];
        return new BrokerHouse(
                id,
                name,
                clients,
                look,
                bank,
                boilerplate,
                machine,
                policy,
                options.reuseMin() + random.nextDouble() * (1 - options.reuseMin()),
                random.nextDouble() * options.paraphraseMax(),
                random.nextDouble() * options.leftoverMax());
    }

    /**
     * The house file every client's plan is saved from: its created date and revisions carry over. Drawn from its
     * own stream so that the file history does not change what the house writes.
     */
    private static DocumentProperties.History houseFile(Random random) {
        String created = LocalDate.of(2020 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28))
                .atTime(9 + random.nextInt(9), random.nextInt(60))
                .toInstant(ZoneOffset.ofHours(9))
                .toString();
        return new DocumentProperties.History(created, null, 10 + random.nextInt(60), 0);
    }

    static HouseLook look(Random random) {
        List<Sentences.Topic> order = new ArrayList<>(List.of(Sentences.Topic.values()));
        if (random.nextDouble() < 0.25) {
            order.remove(Sentences.Topic.OVERVIEW);
        }
        String[] bullets = {"", "", "◦ ", "- ", "• "};
        return new HouseLook(
                order,
                HouseLook.Numbering.values()[random.nextInt(HouseLook.Numbering.values().length)],
                bullets[random.nextInt(bullets.length)],
                Korean.Register.values()[random.nextInt(3)],
                random.nextDouble() < 0.8,
                random.nextDouble() < 0.6,
                random.nextInt(4),
                random.nextBoolean(),
                order.get(1 + random.nextInt(order.size() - 1)));
    }
}
