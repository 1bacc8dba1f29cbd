package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.ml.render.RenderOptions.Format;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HancomPrivateUseTests {

    private static final String SQUARED_ONE = Character.toString(0xF02B1);

    private static final String SQUARED_FOUR = Character.toString(0xF02B4);

    @Test
    void wingdings_bullets_become_the_symbols_hancom_draws() {
        assertThat(HancomPrivateUse.toUnicode("\uF06D 용  역  명 : 제2회 음악축제")).isEqualTo("❍ 용  역  명 : 제2회 음악축제");
        assertThat(HancomPrivateUse.toUnicode("\uF06C 글머리1-1 \uF06E 글머리2-1")).isEqualTo("● 글머리1-1 ■ 글머리2-1");
        assertThat(HancomPrivateUse.toUnicode("\uF09F가\uF0A0나")).isEqualTo("•가▪나");
    }

    @Test
    void hanyang_old_hangul_syllable_becomes_conjoining_jamo() {
        assertThat(HancomPrivateUse.toUnicode("본 문서는 \uF53A글 워드 프로세서의"))
                .isEqualTo("본 문서는 \u1112\u119E\u11AB글 워드 프로세서의");
    }

    @Test
    void plane_15_section_numbers_and_middle_dot_are_read_across_surrogate_pairs() {
        String form =
                SQUARED_ONE + " 문제인식(Problem) " + SQUARED_FOUR + " 팀(Team) 제품" + Character.toString(0xF02EF) + "서비스";

        assertThat(HancomPrivateUse.toUnicode(form)).isEqualTo("① 문제인식(Problem) ④ 팀(Team) 제품·서비스");
    }

    @Test
    void unmapped_private_use_characters_stay_as_they_are() {
        String unknown = "\uE000 \uF0A7 \uF537 " + Character.toString(0xF02C5) + " " + Character.toString(0x10FFFD);

        assertThat(HancomPrivateUse.toUnicode(unknown)).isEqualTo(unknown);
    }

    @Test
    void text_without_private_use_is_returned_as_is() {
        String plain = "사업자등록번호 220-81-62517 😀";

        assertThat(HancomPrivateUse.toUnicode(plain)).isSameAs(plain);
        assertThat(HancomPrivateUse.toUnicode("")).isEmpty();
    }

    @Test
    void a_lone_high_surrogate_is_kept() {
        assertThat(HancomPrivateUse.toUnicode("끝\uDB80")).isEqualTo("끝\uDB80");
    }

    @ParameterizedTest
    @EnumSource(
            value = Format.class,
            names = {"HWP", "HWPX"})
    void hwp_and_hwpx_parsers_write_the_unicode_characters(Format format) {
        String text = parse(format, "\uF06D 용역명 : 제2회 음악축제", "본 문서는 \uF53A글 문서 파일 형식");

        assertThat(text).contains("❍ 용역명", "\u1112\u119E\u11AB글 문서");
        assertThat(text.codePoints()).noneMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE);
    }

    @Test
    void hwpx_parser_reads_plane_15_section_numbers() {
        // the HWP test renderer cannot write characters beyond the BMP, so this runs on HWPX only
        String text = parse(Format.HWPX, SQUARED_ONE + " 문제인식(Problem)");

        assertThat(text).contains("① 문제인식(Problem)");
    }

    private static String parse(Format format, String... paragraphs) {
        PlanText plan =
                new PlanText("ko", "OTHER", List.of(new PlanText.Section("", "OTHER", List.of(paragraphs))), List.of());
        byte[] document = PlanRenderers.render(plan, RenderOptions.plain(format));
        return ParserFuzzing.parser(format.name().toLowerCase(Locale.ROOT))
                .parse(document, ParseLimits.defaults())
                .text();
    }
}
