package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassageSpansTests {

    @Test
    void marks_the_shared_passage_on_each_side_in_raw_character_positions() {
        String shared = "인공지능 기반 불량 검출 솔루션을 개발하여 품질 관리 비용을 절감";
        String a = "우리 회사 소개입니다. " + shared;
        String b = shared + " 하고 시장을 넓힙니다 끝.";

        PassageSpans.Range[] ranges = PassageSpans.of(a, b);

        assertThat(a.substring(ranges[0].start(), ranges[0].end())).isEqualTo(shared);
        assertThat(b.substring(ranges[1].start(), ranges[1].end())).startsWith(shared);
    }

    @Test
    void one_paragraph_compared_with_many_gives_the_same_ranges_as_pair_by_pair() {
        String own = "당사는 AI 기반 불량 검출 솔루션을 개발하여 2025년까지 점유율 5%를 달성합니다.";
        String[] others = {
            "당사는 AI 기반 불량 검출 솔루션을 개발하여 2026년까지 점유율 7%를 달성한다.",
            "完全に 다른 문장입니다 ＡＢＣ １２３ 그러나 불량 검출 솔루션을 개발하여",
            "no shared text at all in this one, only latin letters"
        };
        PassageSpans.Side side = new PassageSpans.Side(own);
        for (String other : others) {
            PassageSpans.Range[] pairwise = PassageSpans.of(own, other);
            PassageSpans.Range[] reused = PassageSpans.of(side, new PassageSpans.Side(other));
            assertThat(reused).containsExactly(pairwise);
        }
        // nothing in common: the whole paragraph, as before
        assertThat(PassageSpans.of(own, others[2])[0]).isEqualTo(new PassageSpans.Range(0, own.length()));
    }
}
