package io.planscreen.ml.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Comparing each paragraph only with the candidates it shares a band with loses no pair that shares one. */
class ReuseMatcherTests {

    private static final String SYLLABLES = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주";

    private static String sentence(Random random) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < 9; w++) {
            out.append(w == 0 ? "" : " ");
            for (int k = 0; k < 2 + random.nextInt(2); k++) {
                out.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
            }
        }
        return out.append("다.").toString();
    }

    /** Replaces {@code edits} random words: light edits stay similar, heavy ones fall below the threshold. */
    private static String edited(String text, int edits, Random random) {
        String[] words = text.split(" ");
        for (int e = 0; e < edits; e++) {
            words[random.nextInt(words.length)] = sentence(random).split(" ")[0];
        }
        return String.join(" ", words);
    }

    private static String key(ParagraphMatch m) {
        return m.paragraph() + "|" + m.otherPlan() + "#" + m.otherParagraph() + "|" + m.similarity();
    }

    private static boolean shareBand(MinHashSignature a, MinHashSignature b) {
        Set<Long> keys = new HashSet<>();
        for (long k : a.bandKeys()) {
            keys.add(k);
        }
        for (long k : b.bandKeys()) {
            if (keys.contains(k)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void banded_matching_finds_exactly_the_all_pairs_matches_that_share_a_band() {
        Random random = new Random(11);
        List<String> originals = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            originals.add(sentence(random));
        }
        List<StoredParagraph> candidates = new ArrayList<>();
        for (int plan = 0; plan < 30; plan++) {
            for (int p = 0; p < 12; p++) {
                String text = random.nextInt(3) == 0
                        ? edited(originals.get(random.nextInt(originals.size())), random.nextInt(4), random)
                        : sentence(random);
                candidates.add(
                        new StoredParagraph("plan-" + plan, "company-" + (plan % 10), p, MinHashSignature.of(text)));
            }
        }
        List<MinHashSignature> query = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            query.add(MinHashSignature.of(
                    i % 2 == 0
                            ? edited(originals.get(i % originals.size()), random.nextInt(3), random)
                            : sentence(random)));
        }
        boolean[] template = new boolean[query.size()];
        template[4] = true;

        List<ParagraphMatch> all = ReuseMatcher.match(query, template, candidates, "company-3");
        List<ParagraphMatch> banded = ReuseMatcher.matchByBands(query, template, candidates, "company-3");

        Set<String> expected = new HashSet<>();
        for (ParagraphMatch m : all) {
            StoredParagraph other = candidates.stream()
                    .filter(c -> c.plan().equals(m.otherPlan()) && c.ordinal() == m.otherParagraph())
                    .findFirst()
                    .orElseThrow();
            if (shareBand(query.get(m.paragraph()), other.signature())) {
                expected.add(key(m));
            }
        }
        assertThat(all).hasSizeGreaterThan(50);
        assertThat(banded).extracting(ReuseMatcherTests::key).containsExactlyInAnyOrderElementsOf(expected);
        // at the threshold a pair shares a band with probability 0.996: (almost) nothing is lost
        assertThat((double) banded.size() / all.size()).isGreaterThan(0.97);
        assertThat(banded).noneMatch(m -> m.otherCompany().equals("company-3") || m.paragraph() == 4);
    }
}
