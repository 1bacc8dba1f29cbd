package io.planscreen.ml.training;

import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small labelled set built in the test, not by the corpus generator: own-voice plans in their own
 * words with their own figures; broker plans assembled from the agency's paragraphs with light edits.
 * Brokers 0-2 appear in train/validation, broker 3 only in test.
 */
final class HandMadePlans {

    private static final String[] SYLLABLES =
            "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후기니디리미비시이지치키티피히".split("");

    private HandMadePlans() {}

    static List<LabeledPlan> generate(int plans, long seed) {
        Random random = new Random(seed);
        List<List<String>> agencies = new ArrayList<>();
        for (int b = 0; b < 4; b++) {
            List<String> pool = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                pool.add(sentence(random, 14) + " 시장 규모는 연평균 성장률 " + random.nextInt(30) + "%로 확대될 전망이다.");
            }
            agencies.add(pool);
        }
        Region[] regions = Region.values();
        List<LabeledPlan> out = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            boolean broker = random.nextDouble() < 0.4;
            int agency = broker ? (i % 5 == 4 ? 3 : random.nextInt(3)) : -1;
            String split = agency == 3
                    ? "test"
                    : broker
                            ? (random.nextDouble() < 0.7 ? "train" : "validation")
                            : (random.nextDouble() < 0.6 ? "train" : random.nextDouble() < 0.5 ? "validation" : "test");
            String name = sentence(random, 2).replace(" ", "") + "테크";
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add("※ 본 항목에는 창업 아이템의 개발 동기와 목적, 국내외 시장 현황 및 문제점을 기재합니다.");
            if (broker) {
                for (String p : agencies.get(agency)) {
                    paragraphs.add(edit(p, random));
                }
                paragraphs.add(name + "은(는) " + sentence(random, 6) + ".");
            } else {
                for (int k = 0; k < 3 + random.nextInt(5); k++) {
                    paragraphs.add(name + "의 " + sentence(random, 5 + random.nextInt(20)) + " 작년 매출 "
                            + (1 + random.nextInt(90)) + "억 원, 직원 " + (2 + random.nextInt(60)) + "명.");
                }
            }
            PlanText plan = new PlanText(
                    "ko", "PSST", List.of(new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", paragraphs)), List.of());
            Region region = regions[random.nextInt(regions.length)];
            out.add(new LabeledPlan(
                    "plan-" + i,
                    "company-" + i,
                    broker ? "agency-" + agency : null,
                    split,
                    plan,
                    Map.of(FieldKeys.COMPANY_NAME, name, FieldKeys.REGION, region.name()),
                    region,
                    random.nextBoolean() ? "MICRO" : "SMALL",
                    random.nextBoolean() ? "C" : "J"));
        }
        return out;
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(' ');
            }
            for (int c = 0; c < 2 + random.nextInt(2); c++) {
                s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
        }
        return s.toString();
    }

    private static String edit(String paragraph, Random random) {
        String[] words = paragraph.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextDouble() < 0.12) {
                words[i] = sentence(random, 1);
            }
        }
        return String.join(" ", words);
    }
}
