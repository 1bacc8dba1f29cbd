package io.planscreen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KoreanParticlesTests {

    @Test
    void chooses_the_particle_the_preceding_syllable_takes() {
        assertThat(KoreanParticles.resolve("유사도이(가) 높습니다")).isEqualTo("유사도가 높습니다");
        assertThat(KoreanParticles.resolve("문단을(를) 공유")).isEqualTo("문단을 공유");
        assertThat(KoreanParticles.resolve("회사은(는)")).isEqualTo("회사는");
        assertThat(KoreanParticles.resolve("기업명과(와) 대표자")).isEqualTo("기업명과 대표자");
    }

    @Test
    void rieul_takes_ro_and_other_finals_take_euro() {
        assertThat(KoreanParticles.resolve("서울(으)로")).isEqualTo("서울로");
        assertThat(KoreanParticles.resolve("법인(으)로")).isEqualTo("법인으로");
        assertThat(KoreanParticles.resolve("개인사업자(으)로")).isEqualTo("개인사업자로");
    }

    @Test
    void looks_past_quotes_and_brackets_and_reads_digits_and_letters_aloud() {
        assertThat(KoreanParticles.resolve("지원사업 'smtech-rnd'이(가) 없습니다")).isEqualTo("지원사업 'smtech-rnd'가 없습니다");
        assertThat(KoreanParticles.resolve("기록 3이(가)")).isEqualTo("기록 3이");
        assertThat(KoreanParticles.resolve("기록 2이(가)")).isEqualTo("기록 2가");
        assertThat(KoreanParticles.resolve("모델 v1(으)로")).isEqualTo("모델 v1로");
        assertThat(KoreanParticles.resolve("(주)데모텍(으)로")).isEqualTo("(주)데모텍으로");
        assertThat(KoreanParticles.resolve("URL은(는)")).isEqualTo("URL은");
    }

    @Test
    void leaves_text_without_two_form_particles_alone() {
        assertThat(KoreanParticles.resolve("이가 아프다 (참고)")).isEqualTo("이가 아프다 (참고)");
    }
}
