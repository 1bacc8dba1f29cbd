package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriterPassagesTests {

    @Test
    void the_forms_guidance_and_table_rows_never_speak_for_a_writer() {
        assertThat(WriterPassages.written("※ 본문 10페이지 내외로 작성하되, 사업 추진에 필요한 내용을 구체적으로 기재하시기 바랍니다"))
                .isFalse();
        assertThat(WriterPassages.written("매출액 | 1,200 | 2,400 | 3,600 | 백만원")).isFalse();
        assertThat(WriterPassages.written("1-1. 창업아이템의 개발 동기")).isFalse();
        assertThat(WriterPassages.written(
                        "당사는 중소 제조기업의 설비 데이터를 실시간으로 수집하여 고장을 미리 알려주는 예지보전 플랫폼을 개발하고 있으며 이미 세 곳의 고객사에서 시범 운영을 마쳤습니다"))
                .isTrue();
    }

    @Test
    void a_few_borrowed_paragraphs_do_not_tie_two_companies_but_a_shared_plan_does() {
        assertThat(WriterPassages.links(2, 10)).as("fewer than three").isFalse();
        assertThat(WriterPassages.links(4, 100))
                .as("4 of 100: a few borrowed sentences")
                .isFalse();
        assertThat(WriterPassages.links(12, 100)).as("12 of 100").isTrue();
        assertThat(WriterPassages.links(14, 20))
                .as("the demo's agency plans: 14 of 20")
                .isTrue();
    }
}
