package io.planscreen.ml.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlanSignatureTests {

    private static final String SYLLABLES = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호";

    @Test
    void estimates_the_jaccard_similarity_of_the_plans_character_5_grams_whitespace_ignored() {
        Random random = new Random(3);
        List<String> plan = paragraphs(random, 8);
        assertThat(PlanSignature.of(plan).similarity(PlanSignature.of(plan))).isEqualTo(1.0);
        // spacing does not count
        List<String> respaced = plan.stream().map(p -> p.replace(" ", "")).toList();
        assertThat(PlanSignature.of(respaced)).isEqualTo(PlanSignature.of(plan));
        // half the plan replaced: about a third of the shingles shared
        List<String> half = new ArrayList<>(plan.subList(0, 4));
        half.addAll(paragraphs(random, 4));
        assertThat(PlanSignature.of(half).similarity(PlanSignature.of(plan))).isBetween(0.2, 0.5);
        assertThat(PlanSignature.of(paragraphs(random, 8)).similarity(PlanSignature.of(plan)))
                .isLessThan(0.05);
        PlanSignature s = PlanSignature.of(plan);
        assertThat(PlanSignature.fromBytes(s.toBytes())).isEqualTo(s);
        assertThat(s.bandKeys()).hasSize(PlanSignature.BANDS).doesNotHaveDuplicates();
        assertThat(PlanSignature.of(List.of()).isEmpty()).isTrue();
        assertThat(PlanSignature.of(List.of()).similarity(PlanSignature.of(List.of())))
                .isZero();
    }

    @Test
    void the_index_finds_other_companies_copies_through_band_keys_and_counts_each_plan_once() {
        Random random = new Random(5);
        List<String> source = paragraphs(random, 8);
        PlanIndex index = new PlanIndex();
        index.add("source", "broker-client-1", PlanSignature.of(source));
        index.add("copy-2", "broker-client-2", PlanSignature.of(edited(source, random)));
        index.add("own", "newcomer", PlanSignature.of(source));
        for (int i = 0; i < 20; i++) {
            index.add("unrelated-" + i, "c" + i, PlanSignature.of(paragraphs(random, 8)));
        }
        List<String> query = edited(source, random);
        PlanReuse found = index.find(PlanSignature.of(query), "newcomer");

        double toSource = PlanSignature.of(query).similarity(PlanSignature.of(source));
        assertThat(found.maxSimilarity()).isGreaterThanOrEqualTo(toSource).isGreaterThan(PlanReuse.SIMILAR_LEVEL);
        assertThat(found.bestPlan()).isIn("source", "copy-2");
        assertThat(found.similarPlans()).isEqualTo(2);
        assertThat(found.top3Mean()).isGreaterThan(0).isLessThanOrEqualTo(found.maxSimilarity());

        // the same candidates passed directly (as the service reads them) give the same answer
        List<PlanReuse.Stored> stored = List.of(
                new PlanReuse.Stored("source", "broker-client-1", PlanSignature.of(source)),
                new PlanReuse.Stored("source", "broker-client-1", PlanSignature.of(source)),
                new PlanReuse.Stored("own", "newcomer", PlanSignature.of(source)));
        PlanReuse direct = PlanReuse.of("newcomer", PlanSignature.of(query), stored);
        assertThat(direct.maxSimilarity()).isEqualTo(toSource);
        assertThat(direct.similarPlans()).isEqualTo(1);
        assertThat(direct.top3Mean()).isEqualTo(toSource / 3);
        assertThat(PlanReuse.of("newcomer", PlanSignature.of(query), List.of())).isEqualTo(PlanReuse.NONE);
    }

    private static List<String> edited(List<String> paragraphs, Random random) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String[] words = p.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (random.nextDouble() < 0.15) {
                    words[i] = word(random);
                }
            }
            out.add(String.join(" ", words));
        }
        return out;
    }

    static List<String> paragraphs(Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            StringBuilder s = new StringBuilder();
            for (int w = 0; w < 20; w++) {
                s.append(word(random)).append(' ');
            }
            out.add(s.toString().strip());
        }
        return out;
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int c = 0; c < 3; c++) {
            w.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
        }
        return w.toString();
    }
}
