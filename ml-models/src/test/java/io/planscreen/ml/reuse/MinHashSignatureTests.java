package io.planscreen.ml.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashSignatureTests {

    static final String ORIGINAL = "당사는 인공지능 기반 불량 검출 솔루션을 개발하여 중소 제조기업의 품질 관리 비용을 30% 절감하고, "
            + "2025년까지 국내 스마트공장 시장 점유율 5%를 달성하는 것을 목표로 합니다.";

    /** A broker's copy for another client: spacing, figures, a few words and the ending changed. */
    static final String LIGHT_EDIT =
            "당사는 인공지능기반 불량검출 솔루션을 개발하여 중소 제조기업의 품질관리 비용을 40% 절감하고, " + "2026년까지 국내 스마트 공장 시장 점유율 7%를 달성하는 것을 목표로 한다.";

    /** A paraphrase: some words swapped for synonyms, a clause reordered. */
    static final String PARAPHRASE =
            "당사는 인공지능 기반 불량 검출 솔루션을 개발하여 중소 제조업체의 품질 관리 비용을 25% 줄이고, " + "2025년까지 국내 스마트공장 시장 점유율 5% 달성을 목표로 하고 있습니다.";

    /** Same topic, own words: what an unrelated company writes. */
    static final String UNRELATED =
            "우리 회사는 반도체 후공정 장비의 진동 데이터를 수집해 고장 시점을 예측하는 서비스를 " + "운영하고 있으며, 작년 매출은 12억 원, 직원은 14명입니다.";

    @Test
    void korean_light_edits_and_paraphrases_score_high_and_unrelated_text_low() {
        MinHashSignature original = MinHashSignature.of(ORIGINAL);
        double edit = original.similarity(MinHashSignature.of(LIGHT_EDIT));
        double paraphrase = original.similarity(MinHashSignature.of(PARAPHRASE));
        double unrelated = original.similarity(MinHashSignature.of(UNRELATED));

        System.out.printf("light edit %.3f, paraphrase %.3f, unrelated %.3f%n", edit, paraphrase, unrelated);
        assertThat(edit).isGreaterThanOrEqualTo(0.70);
        assertThat(paraphrase).isGreaterThanOrEqualTo(0.50);
        assertThat(unrelated).isLessThanOrEqualTo(0.10);
        assertThat(Math.min(edit, paraphrase)).isGreaterThan(ReuseMatcher.THRESHOLD);
        assertThat(unrelated).isLessThan(ReuseMatcher.THRESHOLD);
    }

    @Test
    void minhash_estimates_the_exact_jaccard_similarity() {
        double exact = Shingles.jaccard(Shingles.hashes(ORIGINAL), Shingles.hashes(PARAPHRASE));
        double estimate = MinHashSignature.of(ORIGINAL).similarity(MinHashSignature.of(PARAPHRASE));
        assertThat(estimate).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.15));
    }

    @Test
    void spacing_punctuation_and_digits_do_not_change_the_signature() {
        assertThat(MinHashSignature.of("매출 12억 원을 달성한다."))
                .isEqualTo(MinHashSignature.of("매출12억원을   달성한다!!"))
                .isEqualTo(MinHashSignature.of("매출 99억 원을 달성한다"));
    }

    @Test
    void signature_survives_a_round_trip_through_bytes() {
        MinHashSignature s = MinHashSignature.of(ORIGINAL);
        assertThat(MinHashSignature.fromBytes(s.toBytes())).isEqualTo(s);
    }

    @Test
    void hashed_vectors_of_an_edited_copy_are_closer_than_unrelated_plans() {
        float[] a = NgramVector.of(List.of(ORIGINAL, UNRELATED));
        float[] copy = NgramVector.of(List.of(LIGHT_EDIT, UNRELATED));
        float[] other = NgramVector.of(List.of(PARAPHRASE.substring(0, 20), "전혀 다른 회사의 바이오 소재 개발 계획과 임상 일정"));
        assertThat(NgramVector.cosine(a, copy)).isGreaterThan(0.8);
        assertThat(NgramVector.cosine(a, other)).isLessThan(0.5);
    }
}
